// Stands in for `@/lib/auth/auth` (Auth.js) in tests that call server actions directly: Auth.js needs
// a request (cookies) that a test does not have. signIn checks the password with the real
// credential rules' building blocks and redirects like Auth.js does (to the provider's sign-in route
// for an identity provider); signOut redirects to its target unless told not to.
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { findUserForSignIn } from "@/lib/auth/data";
import { verifyPassword } from "@/lib/auth/password";

export async function auth() {
  return null;
}

export async function signIn(provider: string, options: { email?: string; password?: string; redirect?: boolean; redirectTo: string }) {
  // An identity provider: Auth.js would answer with the provider's login address (tests/e2e/sso.spec.ts walks it).
  if (provider.startsWith("sso-")) {
    const url = `http://localhost/provider-login/${provider}`;
    if (options.redirect === false) return url;
    redirect(url);
  }
  const user = await findUserForSignIn(options.email ?? "");
  if (!user || user.deactivatedAt || !user.passwordHash || !(await verifyPassword(user.passwordHash, options.password ?? "")))
    throw new CredentialsSignin();
  redirect(options.redirectTo);
}

export async function signOut(options: { redirectTo?: string; redirect?: boolean }) {
  if (options.redirect !== false) redirect(options.redirectTo ?? "/login");
}

export function withIdentityProviders<T>(work: () => Promise<T>): Promise<T> {
  return work();
}

export const handlers = {};
