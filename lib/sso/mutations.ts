import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/actions/database-errors";
import { assertActiveAdmin, FieldConflict } from "@/lib/admin/mutations";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict, invalidFields, notFound } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/message";
import { findKnownAccounts } from "./data";
import { decideSsoSignIn, type SsoClaims, type SsoRefusal } from "./decide";
import { readEnvironmentProviders } from "./environment";
import type { SsoProvider } from "./providers";
import { sealSecret } from "./secret";

export type SsoSignInResult = { userId: string } | { refused: SsoRefusal };

/**
 * The account an SSO sign-in is for: an identity bound before, else an account bound now by its
 * verified address, else one created just in time (when the provider allows it). A refusal changes no
 * account and leaves an audit row saying why. Binding and creating are audited with the account.
 */
export async function completeSsoSignIn(provider: SsoProvider, claims: SsoClaims): Promise<SsoSignInResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await applyDecision(provider, claims);
    } catch (error) {
      // The same person's first sign-in in two tabs at once: the second finds the first's binding.
      if (attempt === 0 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function applyDecision(provider: SsoProvider, claims: SsoClaims): Promise<SsoSignInResult> {
  const known = await findKnownAccounts(claims.issuer, claims.subject, claims.email);
  const decision = decideSsoSignIn(provider, claims, known);
  const identity = { issuer: claims.issuer, subject: claims.subject };
  return db.$transaction(async (tx): Promise<SsoSignInResult> => {
    switch (decision.outcome) {
      case "signIn":
        await tx.ssoIdentity.update({ where: { issuer_subject: identity }, data: { lastSignInAt: new Date() } });
        return { userId: decision.userId };
      case "bind":
        await tx.ssoIdentity.create({ data: { ...identity, userId: decision.userId } });
        await writeAudit(tx, {
          actorId: decision.userId,
          action: "bindSsoIdentity",
          entityType: "User",
          entityId: decision.userId,
          after: { provider: provider.slug, ...identity, email: claims.email },
        });
        return { userId: decision.userId };
      case "create": {
        const user = await tx.user.create({
          data: { email: decision.email, name: decision.name, institutionId: decision.institutionId, passwordHash: null },
          select: { id: true },
        });
        await tx.ssoIdentity.create({ data: { ...identity, userId: user.id } });
        await writeAudit(tx, {
          actorId: user.id,
          action: "createUserJustInTime",
          entityType: "User",
          entityId: user.id,
          after: {
            provider: provider.slug,
            ...identity,
            email: decision.email,
            name: decision.name,
            institutionId: decision.institutionId,
          },
        });
        return { userId: user.id };
      }
      case "refuse":
        await writeAudit(tx, refusalAudit(provider.slug, decision.reason, { ...identity, email: claims.email }));
        return { refused: decision.reason };
    }
  });
}

/** Auth.js refused the callback before Consort saw any claims (a replayed or forged callback, the provider's error). */
export async function recordRefusedCallback(providerSlug: string, reason: string): Promise<void> {
  await db.$transaction((tx) => writeAudit(tx, refusalAudit(providerSlug, reason, {})));
}

function refusalAudit(providerSlug: string, reason: string, detail: Record<string, string | null>) {
  return { actorId: null, action: "refuseSsoSignIn", entityType: "IdentityProvider", entityId: providerSlug, after: { reason, ...detail } };
}

// ——— Admin → Sign-in ———

type ProviderRecord = {
  displayName: string;
  slug: string;
  issuer: string;
  clientId: string;
  domains: string[];
  institutionIds: string[];
  allowJustInTime: boolean;
  newAccountInstitutionId: string | null;
  endSessionEndpoint: string | null;
};

/** A provider's slug or issuer already in use (by another stored provider, or by CONSORT_OIDC_PROVIDERS). */
async function findProviderClash(tx: Tx, input: { slug: string; issuer: string }, exceptId?: string): Promise<FieldConflict | null> {
  const environment = readEnvironmentProviders();
  const others = { id: exceptId ? { not: exceptId } : undefined };
  const [bySlug, byIssuer] = await Promise.all([
    tx.identityProvider.findFirst({ where: { ...others, slug: input.slug }, select: { displayName: true } }),
    tx.identityProvider.findFirst({ where: { ...others, issuer: input.issuer }, select: { displayName: true } }),
  ]);
  const slugOwner = bySlug?.displayName ?? environment.find((p) => p.slug === input.slug)?.displayName;
  const issuerOwner = byIssuer?.displayName ?? environment.find((p) => p.issuer === input.issuer)?.displayName;
  const fields: Record<string, Message> = {};
  if (slugOwner) fields.slug = msg("sso.errors.slugTaken", { slug: input.slug, provider: slugOwner });
  if (issuerOwner) fields.issuer = msg("sso.errors.issuerTaken", { provider: issuerOwner });
  const [first, ...rest] = Object.entries(fields);
  return first ? new FieldConflict(first[1], first[0], Object.fromEntries(rest)) : null;
}

async function assertInstitutionsExist(tx: Tx, institutionIds: string[]) {
  const found = await tx.institution.count({ where: { id: { in: institutionIds } } });
  if (found !== institutionIds.length) throw invalidFields({ institutionIds: msg("sso.errors.institutionGone") });
}

function auditedFields(record: ProviderRecord) {
  const { institutionIds, ...fields } = record;
  return { ...fields, institutionIds: [...institutionIds].sort() };
}

/** Adds a provider (its discovery already checked by the action); the secret is stored sealed. */
export async function createIdentityProvider(actorId: string, record: ProviderRecord, clientSecret: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const clash = await findProviderClash(tx, record);
    if (clash) throw clash;
    await assertInstitutionsExist(tx, record.institutionIds);
    const { institutionIds, ...fields } = record;
    const provider = await tx.identityProvider.create({
      data: {
        ...fields,
        clientSecretSealed: sealSecret(clientSecret),
        institutions: { create: institutionIds.map((institutionId) => ({ institutionId })) },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId,
      action: "createIdentityProvider",
      entityType: "IdentityProvider",
      entityId: provider.id,
      after: auditedFields(record),
    });
    return provider;
  });
}

/** Changes a provider; `clientSecret` null keeps the stored one. What changed, for the message. */
export async function updateIdentityProvider(actorId: string, providerId: string, record: ProviderRecord, clientSecret: string | null) {
  return db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const stored = await tx.identityProvider.findUnique({
      where: { id: providerId },
      select: {
        displayName: true,
        slug: true,
        issuer: true,
        clientId: true,
        domains: true,
        allowJustInTime: true,
        newAccountInstitutionId: true,
        endSessionEndpoint: true,
        institutions: { select: { institutionId: true } },
      },
    });
    if (!stored) throw notFound(msg("sso.errors.providerGone"));
    const clash = await findProviderClash(tx, record, providerId);
    if (clash) throw clash;
    await assertInstitutionsExist(tx, record.institutionIds);
    const before = auditedFields({ ...stored, institutionIds: stored.institutions.map((i) => i.institutionId) });
    const diff = changedFields(before, auditedFields(record));
    const changed = clientSecret === null ? diff.changed : [...diff.changed, "clientSecret"];
    if (changed.length === 0) return { changed };
    const { institutionIds, ...fields } = record;
    await tx.identityProviderInstitution.deleteMany({ where: { providerId } });
    await tx.identityProvider.update({
      where: { id: providerId },
      data: {
        ...fields,
        ...(clientSecret === null ? {} : { clientSecretSealed: sealSecret(clientSecret) }),
        institutions: { create: institutionIds.map((institutionId) => ({ institutionId })) },
      },
    });
    await writeAudit(tx, {
      actorId,
      action: "updateIdentityProvider",
      entityType: "IdentityProvider",
      entityId: providerId,
      // The secret itself is never written anywhere but its sealed column.
      before: diff.before,
      after: clientSecret === null ? diff.after : { ...(diff.after as Record<string, Prisma.InputJsonValue>), clientSecret: "(replaced)" },
    });
    return { changed };
  });
}

/**
 * Removes a provider. People it signed in keep their accounts and their bound identities (matched
 * again if it is added back with the same issuer); an institution that required it no longer can.
 */
export async function deleteIdentityProvider(actorId: string, providerId: string): Promise<{ displayName: string }> {
  return db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const provider = await tx.identityProvider.findUnique({
      where: { id: providerId },
      select: { displayName: true, slug: true, issuer: true, institutions: { select: { institutionId: true } } },
    });
    if (!provider) throw notFound(msg("sso.errors.providerGone"));
    await tx.identityProvider.delete({ where: { id: providerId } });
    const servedElsewhere = await tx.identityProviderInstitution.findMany({ select: { institutionId: true }, distinct: ["institutionId"] });
    const stillServed = new Set([...servedElsewhere.map((s) => s.institutionId), ...(await environmentInstitutionIds(tx))]);
    const orphaned = provider.institutions.map((i) => i.institutionId).filter((id) => !stillServed.has(id));
    const released = orphaned.length
      ? await tx.institution.updateMany({ where: { id: { in: orphaned }, requireSso: true }, data: { requireSso: false } })
      : { count: 0 };
    await writeAudit(tx, {
      actorId,
      action: "deleteIdentityProvider",
      entityType: "IdentityProvider",
      entityId: providerId,
      before: { displayName: provider.displayName, slug: provider.slug, issuer: provider.issuer },
      after: { institutionsNoLongerRequiringSso: released.count },
    });
    return { displayName: provider.displayName };
  });
}

async function environmentInstitutionIds(tx: Tx): Promise<string[]> {
  const shortNames = readEnvironmentProviders().flatMap((p) => p.institutions);
  if (shortNames.length === 0) return [];
  const rows = await tx.institution.findMany({ where: { shortName: { in: shortNames } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/**
 * Requires (or stops requiring) single sign-on for an institution's people. Only for an institution
 * some provider serves: otherwise its people could not sign in at all.
 */
export async function setInstitutionRequiresSso(
  actorId: string,
  institutionId: string,
  requireSso: boolean,
): Promise<{ changed: boolean; name: string }> {
  return db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const institution = await tx.institution.findUnique({ where: { id: institutionId }, select: { name: true, requireSso: true } });
    if (!institution) throw notFound(msg("admin.errors.institutionGone"));
    if (institution.requireSso === requireSso) return { changed: false, name: institution.name };
    if (requireSso) {
      const served =
        (await tx.identityProviderInstitution.count({ where: { institutionId } })) > 0 ||
        (await environmentInstitutionIds(tx)).includes(institutionId);
      if (!served) throw conflict(msg("sso.errors.requireWithoutProvider", { institution: institution.name }));
    }
    await tx.institution.update({ where: { id: institutionId }, data: { requireSso } });
    await writeAudit(tx, {
      actorId,
      action: "setInstitutionRequiresSso",
      entityType: "Institution",
      entityId: institutionId,
      before: { requireSso: institution.requireSso },
      after: { requireSso },
    });
    return { changed: true, name: institution.name };
  });
}
