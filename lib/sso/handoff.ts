import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret } from "@/lib/auth/app-secret";

// Leaving Consort for an identity provider (its login, or its logout) goes through /continue: a page
// of Consort's that moves on by itself. A form may only submit to Consort itself (CSP form-action
// 'self'), and browsers apply that to redirects after a form too, so a form without JavaScript could
// not be redirected to the provider directly. The address is signed, so /continue leads nowhere else.

function signature(url: string): string {
  return createHmac("sha256", appSecret()).update(`continue:${url}`).digest("base64url");
}

/** The /continue address that moves on to `url`. */
export function handoffPath(url: string): string {
  return `/continue?${new URLSearchParams({ to: url, sig: signature(url) })}`;
}

/** The address /continue moves on to, or null when it was not made by handoffPath (or is not http(s)). */
export function readHandoff(to: unknown, sig: unknown): string | null {
  if (typeof to !== "string" || typeof sig !== "string" || !URL.canParse(to) || !/^https?:$/.test(new URL(to).protocol)) return null;
  const expected = Buffer.from(signature(to));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? to : null;
}
