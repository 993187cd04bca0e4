import "server-only";
import { db } from "@/lib/db";
import { readEnvironmentProviders } from "./environment";
import { authIdOf, type SsoProvider } from "./providers";
import { openSecret } from "./secret";

/** An identity provider with what Auth.js needs to talk to it. Server-only: it holds the client secret. */
export type SsoClient = SsoProvider & { clientId: string; clientSecret: string };

const PROVIDER_FIELDS = {
  id: true,
  slug: true,
  displayName: true,
  issuer: true,
  clientId: true,
  clientSecretSealed: true,
  domains: true,
  allowJustInTime: true,
  newAccountInstitutionId: true,
  endSessionEndpoint: true,
  institutions: { select: { institutionId: true } },
} as const;

/**
 * Every identity provider people can sign in with, environment ones first (they win a clash of slug
 * or issuer), then the admin's by name. A stored provider whose secret cannot be opened (AUTH_SECRET
 * changed since it was saved) is left out until an admin enters the secret again. Two queries.
 */
export async function loadSsoClients(): Promise<SsoClient[]> {
  const environment = readEnvironmentProviders();
  const shortNames = [
    ...new Set(environment.flatMap((p) => [...p.institutions, ...(p.newAccountInstitution ? [p.newAccountInstitution] : [])])),
  ];
  const [rows, institutions] = await Promise.all([
    db.identityProvider.findMany({ orderBy: [{ displayName: "asc" }, { id: "asc" }], select: PROVIDER_FIELDS }),
    shortNames.length ? db.institution.findMany({ where: { shortName: { in: shortNames } }, select: { id: true, shortName: true } }) : [],
  ]);
  const idOf = new Map(institutions.map((i) => [i.shortName, i.id]));
  const fromEnvironment: SsoClient[] = environment.map((p) => ({
    authId: authIdOf(p.slug),
    slug: p.slug,
    displayName: p.displayName,
    issuer: p.issuer,
    domains: p.domains,
    institutionIds: p.institutions.flatMap((shortName) => idOf.get(shortName) ?? []),
    allowJustInTime: p.allowJustInTime,
    newAccountInstitutionId: (p.newAccountInstitution && idOf.get(p.newAccountInstitution)) || null,
    endSessionEndpoint: p.endSessionEndpoint ?? null,
    source: "environment",
    clientId: p.clientId,
    clientSecret: p.clientSecret,
  }));
  const taken = new Set(environment.flatMap((p) => [`slug:${p.slug}`, `issuer:${p.issuer}`]));
  const fromAdmin = rows.flatMap((row): SsoClient[] => {
    const clientSecret = openSecret(row.clientSecretSealed);
    if (clientSecret === null || taken.has(`slug:${row.slug}`) || taken.has(`issuer:${row.issuer}`)) return [];
    return [
      {
        authId: authIdOf(row.slug),
        slug: row.slug,
        displayName: row.displayName,
        issuer: row.issuer,
        domains: row.domains,
        institutionIds: row.institutions.map((i) => i.institutionId),
        allowJustInTime: row.allowJustInTime,
        newAccountInstitutionId: row.newAccountInstitutionId,
        endSessionEndpoint: row.endSessionEndpoint,
        source: "admin",
        clientId: row.clientId,
        clientSecret,
      },
    ];
  });
  return [...fromEnvironment, ...fromAdmin];
}

/** The providers without their secrets (for pages). */
export async function loadSsoProviders(): Promise<SsoProvider[]> {
  return (await loadSsoClients()).map(({ clientId: _id, clientSecret: _secret, ...provider }) => provider);
}

/** What the database knows of the person signing in: who (issuer, subject) is bound to, and who has the address. */
export async function findKnownAccounts(issuer: string, subject: string, email: string | null) {
  const [bound, byEmail] = await Promise.all([
    db.ssoIdentity.findUnique({
      where: { issuer_subject: { issuer, subject } },
      select: { user: { select: { id: true, deactivatedAt: true } } },
    }),
    email
      ? db.user.findUnique({
          where: { email: email.toLowerCase() },
          select: { id: true, deactivatedAt: true, ssoIdentities: { where: { issuer }, select: { subject: true }, take: 1 } },
        })
      : null,
  ]);
  return {
    bySubject: bound?.user ?? null,
    byEmail: byEmail
      ? { id: byEmail.id, deactivatedAt: byEmail.deactivatedAt, subjectAtIssuer: byEmail.ssoIdentities[0]?.subject ?? null }
      : null,
  };
}

export type SsoChoice = { institutionId: string; institutionName: string; providerSlug: string };

/** "Pick your institution": each institution an identity provider serves, by name, with its provider. */
export async function listSsoChoices(providers: readonly SsoProvider[]): Promise<SsoChoice[]> {
  const providerOf = new Map<string, string>();
  for (const provider of providers) for (const id of provider.institutionIds) if (!providerOf.has(id)) providerOf.set(id, provider.slug);
  if (providerOf.size === 0) return [];
  const institutions = await db.institution.findMany({
    where: { id: { in: [...providerOf.keys()] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return institutions.map((i) => ({ institutionId: i.id, institutionName: i.name, providerSlug: providerOf.get(i.id)! }));
}

// ——— Admin → Sign-in ———

export type AdminProviderRow = {
  /** null for a provider from CONSORT_OIDC_PROVIDERS (it is edited there). */
  id: string | null;
  displayName: string;
  slug: string;
  issuer: string;
  domains: string[];
  institutions: string[];
  allowJustInTime: boolean;
  source: "admin" | "environment";
  /** The stored secret cannot be opened (AUTH_SECRET changed): nobody can sign in through it until it is entered again. */
  secretUnreadable: boolean;
  /** A stored provider whose slug or issuer CONSORT_OIDC_PROVIDERS also defines: the environment's wins. */
  overridden: boolean;
};

/** Every provider for the admin list: environment ones, then stored ones by name. Two queries. */
export async function listProvidersForAdmin(): Promise<AdminProviderRow[]> {
  const environment = readEnvironmentProviders();
  const shortNames = [...new Set(environment.flatMap((p) => p.institutions))];
  const [rows, institutions] = await Promise.all([
    db.identityProvider.findMany({
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      select: { ...PROVIDER_FIELDS, institutions: { select: { institution: { select: { name: true } } } } },
    }),
    shortNames.length ? db.institution.findMany({ where: { shortName: { in: shortNames } }, select: { shortName: true, name: true } }) : [],
  ]);
  const nameOf = new Map(institutions.map((i) => [i.shortName, i.name]));
  const taken = new Set(environment.flatMap((p) => [`slug:${p.slug}`, `issuer:${p.issuer}`]));
  return [
    ...environment.map((p) => ({
      id: null,
      displayName: p.displayName,
      slug: p.slug,
      issuer: p.issuer,
      domains: p.domains,
      institutions: p.institutions.map((shortName) => nameOf.get(shortName) ?? shortName),
      allowJustInTime: p.allowJustInTime,
      source: "environment" as const,
      secretUnreadable: false,
      overridden: false,
    })),
    ...rows.map((row) => ({
      id: row.id,
      displayName: row.displayName,
      slug: row.slug,
      issuer: row.issuer,
      domains: row.domains,
      institutions: row.institutions.map((i) => i.institution.name).sort((a, b) => a.localeCompare(b)),
      allowJustInTime: row.allowJustInTime,
      source: "admin" as const,
      secretUnreadable: openSecret(row.clientSecretSealed) === null,
      overridden: taken.has(`slug:${row.slug}`) || taken.has(`issuer:${row.issuer}`),
    })),
  ];
}

/** A stored provider for its edit form (never its secret), or null. */
export async function getProviderForAdmin(providerId: string) {
  const row = await db.identityProvider.findUnique({ where: { id: providerId }, select: PROVIDER_FIELDS });
  if (!row) return null;
  const { clientSecretSealed, institutions, ...fields } = row;
  return { ...fields, institutionIds: institutions.map((i) => i.institutionId), secretUnreadable: openSecret(clientSecretSealed) === null };
}

export type SsoInstitutionRow = { id: string; name: string; shortName: string; requireSso: boolean; served: boolean };

/** Every institution, by name, with whether it requires single sign-on and whether some provider serves it. */
export async function listInstitutionsForSso(): Promise<SsoInstitutionRow[]> {
  const environmentShortNames = new Set(readEnvironmentProviders().flatMap((p) => p.institutions));
  const rows = await db.institution.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true, requireSso: true, _count: { select: { identityProviders: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    requireSso: row.requireSso,
    served: row._count.identityProviders > 0 || environmentShortNames.has(row.shortName),
  }));
}

/**
 * Where signing out of a session that began with single sign-on goes: the provider's end-session
 * endpoint (OpenID Connect RP-Initiated Logout, back to the sign-in page), or null when the session
 * did not use a provider. `endSession` null: the provider offers no logout, so its own session may
 * stay open (the sign-in page then says so).
 */
export async function ssoSignOutFor(sessionId: string, returnTo: string): Promise<{ endSession: string | null } | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, select: { ssoProvider: true } });
  if (!session?.ssoProvider) return null;
  const client = (await loadSsoClients()).find((c) => c.slug === session.ssoProvider);
  if (!client?.endSessionEndpoint) return { endSession: null };
  const url = new URL(client.endSessionEndpoint);
  url.searchParams.set("client_id", client.clientId);
  url.searchParams.set("post_logout_redirect_uri", returnTo);
  return { endSession: url.toString() };
}

/** Whether anyone can sign in with an institution's login here (the sign-in page then offers it). One cheap query at most. */
export async function hasSsoProviders(): Promise<boolean> {
  if (readEnvironmentProviders().length > 0) return true;
  return (await db.identityProvider.count()) > 0;
}
