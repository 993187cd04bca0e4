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
 * The reason a refusal page shows. Auth.js names its errors by type: a callback whose state, PKCE
 * verifier or nonce does not match (replayed, or from another browser) is "InvalidCheck"; the
 * provider answering with an error (consent declined, login cancelled) is "OAuthCallbackError" or
 * "CallbackRouteError"; a deactivated account trips the signIn callback as "AccessDenied".
 */
export function refusalReason(params: { reason?: string | string[]; error?: string | string[] }): RefusalReason {
  const reason = typeof params.reason === "string" ? params.reason : undefined;
  if (reason && OWN_REASONS.includes(reason as RefusalReason)) return reason as RefusalReason;
  switch (typeof params.error === "string" ? params.error : undefined) {
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
