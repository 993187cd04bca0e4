// Stands in for `@/lib/auth/auth` (Auth.js) in tests that call server actions directly: Auth.js needs
// a request (cookies) that a test does not have. signIn checks the password with the real
// credential rules' building blocks and redirects like Auth.js does; signOut redirects to its target.
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { findUserForSignIn } from "@/lib/auth/data";
import { verifyPassword } from "@/lib/auth/password";

export async function auth() {
  return null;
}

export async function signIn(_provider: string, options: { email: string; password: string; redirectTo: string }) {
  const user = await findUserForSignIn(options.email);
  if (!user || user.deactivatedAt || !user.passwordHash || !(await verifyPassword(user.passwordHash, options.password)))
    throw new CredentialsSignin();
  redirect(options.redirectTo);
}

export async function signOut(options: { redirectTo: string }) {
  redirect(options.redirectTo);
}

export const handlers = {};
