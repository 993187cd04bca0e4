// Why a sign-in through an identity provider was refused, as the refusal page (/login/refused) says
// it. Consort's own reasons (lib/sso/decide.ts) travel as ?reason=; Auth.js's errors as ?error=.
import type { SsoRefusal } from "./decide";

export type RefusalReason = SsoRefusal | "noClaims" | "callbackRejected" | "providerError" | "unknown";

const OWN_REASONS: readonly RefusalReason[] = [
  "issuerMismatch",
  "noEmail",
  "unverifiedEmail",
  "domainNotServed",
  "boundToAnotherIdentity",
  "deactivated",
  "noAccount",
  "noClaims",
];

export function ssoRefusedPath(reason: RefusalReason): string {
  return `/login/refused?reason=${reason}`;
}

/**
 * The reason a refusal page shows. Auth.js puts only some error types in the address: the provider
 * answering with an error (consent declined, login cancelled) is "OAuthCallbackError"; a callback
 * whose state, PKCE verifier or nonce does not match (replayed, or from another browser) arrives as
 * "Configuration", like a provider that does not answer as configured — the page names both, and
 * the audit row (lib/auth/auth.ts, logger) keeps the real type.
 */
export function refusalReason(params: { reason?: string | string[]; error?: string | string[] }): RefusalReason {
  const reason = typeof params.reason === "string" ? params.reason : undefined;
  if (reason && OWN_REASONS.includes(reason as RefusalReason)) return reason as RefusalReason;
  switch (typeof params.error === "string" ? params.error : undefined) {
    case "Configuration":
    case "InvalidCheck":
    case "Verification":
      return "callbackRejected";
    case "OAuthCallbackError":
    case "CallbackRouteError":
    case "OAuthSignInError":
    case "AccessDenied":
      return "providerError";
    default:
      return "unknown";
  }
}
