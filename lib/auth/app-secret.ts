import "server-only";

/** AUTH_SECRET: the key everything Consort signs or seals is derived from (sessions, links, stored secrets). */
export function appSecret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set");
  return value;
}
