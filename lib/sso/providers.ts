// What Consort knows of an identity provider when someone signs in through it, wherever it was
// configured (Admin → Sign-in, stored in IdentityProvider, or CONSORT_OIDC_PROVIDERS). Client-safe.

export type SsoProviderSource = "admin" | "environment";

export type SsoProvider = {
  /** The Auth.js provider id, also in the callback URL: "sso-<slug>". */
  authId: string;
  slug: string;
  displayName: string;
  issuer: string;
  /** Lower-case e-mail domains it vouches for. */
  domains: string[];
  /** The institutions it serves (their ids). */
  institutionIds: string[];
  allowJustInTime: boolean;
  newAccountInstitutionId: string | null;
  endSessionEndpoint: string | null;
  source: SsoProviderSource;
};

export const SSO_ID_PREFIX = "sso-";

export const authIdOf = (slug: string) => `${SSO_ID_PREFIX}${slug}`;

/** The slug in an Auth.js provider id, or null when the id is not one of ours ("credentials"). */
export function slugOfAuthId(authId: string): string | null {
  return authId.startsWith(SSO_ID_PREFIX) ? authId.slice(SSO_ID_PREFIX.length) : null;
}

/** The domain of an address, lower case; null when it has none. */
export function domainOf(email: string): string | null {
  const at = email.lastIndexOf("@");
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : null;
}

/** The provider that serves an address's domain (the first by name when several do), or null. */
export function providerForEmail(providers: readonly SsoProvider[], email: string): SsoProvider | null {
  const domain = domainOf(email.trim());
  if (!domain) return null;
  return providers.find((provider) => provider.domains.includes(domain)) ?? null;
}
