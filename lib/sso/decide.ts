// Whom an SSO sign-in is, decided from the provider's claims and what the database holds: the rules
// of README "Sign in with your institution", as a pure function (lib/sso/sign-in.ts loads and writes).
import { domainOf, type SsoProvider } from "./providers";

export type SsoClaims = {
  /** The ID token's `iss` (already verified by Auth.js against the provider's discovery). */
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
};

type Account = { id: string; deactivatedAt: Date | null };

export type KnownAccounts = {
  /** The account bound to (issuer, subject), if any. */
  bySubject: Account | null;
  /** The account with the claimed e-mail address, if any, and the subject it is bound to at this issuer. */
  byEmail: (Account & { subjectAtIssuer: string | null }) | null;
};

export type SsoRefusal =
  "issuerMismatch" | "noEmail" | "unverifiedEmail" | "domainNotServed" | "boundToAnotherIdentity" | "deactivated" | "noAccount";

export type SsoDecision =
  | { outcome: "signIn"; userId: string }
  | { outcome: "bind"; userId: string }
  | { outcome: "create"; email: string; name: string; institutionId: string | null }
  | { outcome: "refuse"; reason: SsoRefusal };

export function decideSsoSignIn(provider: SsoProvider, claims: SsoClaims, known: KnownAccounts): SsoDecision {
  if (claims.issuer !== provider.issuer) return { outcome: "refuse", reason: "issuerMismatch" };
  // Bound before: the (issuer, subject) pair decides, whatever the address says today.
  if (known.bySubject) {
    return known.bySubject.deactivatedAt ? { outcome: "refuse", reason: "deactivated" } : { outcome: "signIn", userId: known.bySubject.id };
  }
  if (!claims.email) return { outcome: "refuse", reason: "noEmail" };
  if (!claims.emailVerified) return { outcome: "refuse", reason: "unverifiedEmail" };
  const domain = domainOf(claims.email);
  if (!domain || !provider.domains.includes(domain)) return { outcome: "refuse", reason: "domainNotServed" };
  const account = known.byEmail;
  if (account) {
    if (account.deactivatedAt) return { outcome: "refuse", reason: "deactivated" };
    // The account already signs in as someone else at this provider: an address passed on to another person.
    if (account.subjectAtIssuer !== null) return { outcome: "refuse", reason: "boundToAnotherIdentity" };
    return { outcome: "bind", userId: account.id };
  }
  if (!provider.allowJustInTime) return { outcome: "refuse", reason: "noAccount" };
  const name = claims.name?.trim() || claims.email.slice(0, claims.email.lastIndexOf("@"));
  return { outcome: "create", email: claims.email.toLowerCase(), name, institutionId: provider.newAccountInstitutionId };
}
