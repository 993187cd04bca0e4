// The claims Consort reads from an SSO sign-in: the subject and issuer from the ID token (already
// verified by Auth.js: signature, issuer, audience, nonce), the address and name from the profile
// (userinfo, whose subject Auth.js checked against the ID token's).
import type { SsoClaims } from "./decide";

function idTokenPayload(idToken: unknown): Record<string, unknown> | null {
  if (typeof idToken !== "string") return null;
  const payload = idToken.split(".")[1];
  if (!payload) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** The claims, or null when the ID token is missing or has no issuer or subject. */
export function readSsoClaims(idToken: unknown, profile: Record<string, unknown> | undefined): SsoClaims | null {
  const token = idTokenPayload(idToken);
  const issuer = text(token?.iss);
  const subject = text(token?.sub);
  if (!token || !issuer || !subject) return null;
  const claims = { ...token, ...profile };
  const emailVerified = claims.email_verified;
  return {
    issuer,
    subject,
    email: text(claims.email)?.toLowerCase() ?? null,
    // Some providers send the boolean as a string.
    emailVerified: emailVerified === true || emailVerified === "true",
    name: text(claims.name) ?? ([text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ") || null),
  };
}
