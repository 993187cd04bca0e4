// Stands in for the "next-auth" package where tests import server actions directly: its real entry
// imports next/server in a way Vitest's resolver rejects. Only the error classes the actions check.
export class AuthError extends Error {
  type = "AuthError";
}
export class CredentialsSignin extends AuthError {
  code = "credentials";
}
export default function NextAuth(): never {
  throw new Error("Auth.js is not available in integration tests; tests/support/auth-mock.ts replaces it.");
}
