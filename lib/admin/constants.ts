// Admin constants without zod, so client components can import them without pulling the validation
// library into the browser bundle. lib/admin/schema.ts re-exports them for server code.
export const ADMIN_PAGE_SIZE = 20;
export const MIN_PASSWORD_LENGTH = 12;
