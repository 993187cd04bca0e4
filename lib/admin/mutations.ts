import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { revokeTokens } from "@/lib/accounts/mutations/tokens";
import { sendAccountInvitation } from "@/lib/accounts/mutations/welcome";
import { isUniqueViolation } from "@/lib/actions/database-errors";
import { conflict, ExpectedError, forbidden, invalid, notFound } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/message";
import type { CreateUserInput, InstitutionInput, PlatformSettingsInput, UpdateUserInput } from "./schema";

/** Unique values already taken: the form shows each message beside its field. */
export class FieldConflict extends ExpectedError {
  constructor(message: Message, field: string, more: Record<string, Message> = {}) {
    const fields = { [field]: message, ...more };
    const count = Object.keys(fields).length;
    super(count > 1 ? msg("admin.errors.valuesTaken", { count }) : message, "conflict", fields);
  }
}

const ADMIN_ONLY = msg("admin.errors.adminOnly");

/**
 * Re-reads the actor inside the transaction: an admin whose flag was removed (or who was
 * deactivated) a moment ago can no longer change anything, whatever their session says.
 */
export async function assertActiveAdmin(tx: Tx, actorId: string) {
  const actor = await tx.user.findUnique({ where: { id: actorId }, select: { isPlatformAdmin: true, deactivatedAt: true } });
  if (!actor?.isPlatformAdmin || actor.deactivatedAt) throw forbidden(ADMIN_ONLY);
}

/**
 * Runs `work`; when the database reports a unique violation (two admins saving at once, past the
 * friendly pre-check) it asks `explain` which field clashed so the user still gets a clear message.
 */
async function withUniqueMessages<T>(work: () => Promise<T>, explain: () => Promise<FieldConflict | null>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw (await explain()) ?? conflict(msg("admin.errors.uniqueClash"));
  }
}

// ——— Institutions ———

async function findInstitutionConflict(client: Tx | typeof db, input: InstitutionInput, exceptId?: string): Promise<FieldConflict | null> {
  const others = { id: exceptId ? { not: exceptId } : undefined };
  const clash = (where: object) => client.institution.findFirst({ where: { ...others, ...where }, select: { name: true } });
  const [byShortName, byErasmus, bySchac] = await Promise.all([
    clash({ shortName: { equals: input.shortName, mode: "insensitive" } }),
    input.erasmusCode ? clash({ erasmusCode: input.erasmusCode }) : null,
    input.schacCode ? clash({ schacCode: input.schacCode }) : null,
  ]);
  const messages: Record<string, Message> = {};
  if (byShortName) messages.shortName = msg("admin.errors.shortNameTaken", { shortName: input.shortName, institution: byShortName.name });
  if (byErasmus && input.erasmusCode)
    messages.erasmusCode = msg("admin.errors.erasmusCodeTaken", { code: input.erasmusCode, institution: byErasmus.name });
  if (bySchac && input.schacCode)
    messages.schacCode = msg("admin.errors.schacCodeTaken", { code: input.schacCode, institution: bySchac.name });
  const [first, ...rest] = Object.entries(messages);
  return first ? new FieldConflict(first[1], first[0], Object.fromEntries(rest)) : null;
}

export async function createInstitution(actorId: string, input: InstitutionInput) {
  return withUniqueMessages(
    () =>
      db.$transaction(async (tx) => {
        await assertActiveAdmin(tx, actorId);
        const clash = await findInstitutionConflict(tx, input);
        if (clash) throw clash;
        const institution = await tx.institution.create({ data: input, select: { id: true } });
        await writeAudit(tx, { actorId, action: "createInstitution", entityType: "Institution", entityId: institution.id, after: input });
        return institution;
      }),
    () => findInstitutionConflict(db, input),
  );
}

export async function updateInstitution(actorId: string, institutionId: string, input: InstitutionInput) {
  return withUniqueMessages(
    () =>
      db.$transaction(async (tx) => {
        await assertActiveAdmin(tx, actorId);
        const before = await tx.institution.findUnique({
          where: { id: institutionId },
          select: { name: true, shortName: true, country: true, city: true, erasmusCode: true, schacCode: true },
        });
        if (!before) throw notFound(msg("admin.errors.institutionGone"));
        const clash = await findInstitutionConflict(tx, input, institutionId);
        if (clash) throw clash;
        const diff = changedFields(before, input);
        if (diff.changed.length === 0) return { changed: [] as string[] };
        await tx.institution.update({ where: { id: institutionId }, data: input });
        await writeAudit(tx, {
          actorId,
          action: "updateInstitution",
          entityType: "Institution",
          entityId: institutionId,
          before: diff.before,
          after: diff.after,
        });
        return { changed: diff.changed };
      }),
    () => findInstitutionConflict(db, input, institutionId),
  );
}

// ——— Users ———

async function findEmailConflict(client: Tx | typeof db, email: string, exceptId?: string): Promise<FieldConflict | null> {
  const other = await client.user.findFirst({ where: { email, id: exceptId ? { not: exceptId } : undefined }, select: { name: true } });
  return other ? new FieldConflict(msg("admin.errors.emailTaken", { name: other.name, email }), "email") : null;
}

async function assertInstitutionExists(tx: Tx, institutionId: string | null) {
  if (!institutionId) return;
  const found = await tx.institution.findUnique({ where: { id: institutionId }, select: { id: true } });
  if (!found) throw new FieldConflict(msg("admin.errors.chosenInstitutionGone"), "institutionId");
}

/**
 * Creates an account. Without an initial password the person is invited instead: an e-mail with a
 * seven-day link to choose one (written in the admin's language, `locale`, until they choose theirs).
 */
export async function createUser(actorId: string, input: CreateUserInput, locale: string | null = null) {
  // Hash outside the transaction: it is slow on purpose and needs no database.
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const data = {
    name: input.name,
    email: input.email,
    institutionId: input.institutionId,
    isPlatformAdmin: input.isPlatformAdmin,
    isProgrammeCreator: input.isProgrammeCreator,
  };
  return withUniqueMessages(
    () =>
      db.$transaction(async (tx) => {
        await assertActiveAdmin(tx, actorId);
        const clash = await findEmailConflict(tx, input.email);
        if (clash) throw clash;
        await assertInstitutionExists(tx, input.institutionId);
        const user = await tx.user.create({
          data: { ...data, passwordHash, ...(passwordHash ? {} : { locale }) },
          select: { id: true },
        });
        if (!passwordHash) await sendAccountInvitation(tx, user.id, actorId);
        // Never the hash: the audit row records only that an initial password was set (or an invitation sent).
        await writeAudit(tx, {
          actorId,
          action: "createUser",
          entityType: "User",
          entityId: user.id,
          after: { ...data, passwordSet: Boolean(passwordHash), invitationSent: !passwordHash },
        });
        return { id: user.id, invited: !passwordHash };
      }),
    () => findEmailConflict(db, input.email),
  );
}

export async function updateUser(actorId: string, input: UpdateUserInput) {
  const { userId, ...fields } = input;
  return withUniqueMessages(
    () =>
      db.$transaction(async (tx) => {
        await assertActiveAdmin(tx, actorId);
        const before = await tx.user.findUnique({
          where: { id: userId },
          select: { name: true, email: true, institutionId: true, isPlatformAdmin: true, isProgrammeCreator: true },
        });
        if (!before) throw notFound(msg("admin.errors.userGone"));
        if (userId === actorId && before.isPlatformAdmin && !fields.isPlatformAdmin) {
          throw new FieldConflict(msg("admin.errors.ownAdminRights"), "isPlatformAdmin");
        }
        const clash = await findEmailConflict(tx, fields.email, userId);
        if (clash) throw clash;
        await assertInstitutionExists(tx, fields.institutionId);
        const diff = changedFields(before, fields);
        if (diff.changed.length === 0) return { changed: [] as string[] };
        await tx.user.update({ where: { id: userId }, data: fields });
        await writeAudit(tx, {
          actorId,
          action: "updateUser",
          entityType: "User",
          entityId: userId,
          before: diff.before,
          after: diff.after,
        });
        return { changed: diff.changed };
      }),
    () => findEmailConflict(db, fields.email, userId),
  );
}

/** Sets a new password; other people's existing sessions end, so an old password holder is signed out. */
export async function resetUserPassword(actorId: string, userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!target) throw notFound(msg("admin.errors.userGone"));
    const revokeSessions = userId !== actorId;
    await tx.user.update({ where: { id: userId }, data: { passwordHash, ...(revokeSessions ? { sessionsRevokedAt: new Date() } : {}) } });
    // A link still out there (an invitation's, a reset's) must not replace the password set here.
    await revokeTokens(tx, userId, ["SET_PASSWORD", "RESET_PASSWORD"]);
    await writeAudit(tx, {
      actorId,
      action: "resetUserPassword",
      entityType: "User",
      entityId: userId,
      after: { passwordReset: true, sessionsRevoked: revokeSessions },
    });
  });
}

export async function deactivateUser(actorId: string, userId: string, reason: string) {
  if (userId === actorId) throw invalid(msg("admin.errors.ownDeactivation"));
  await db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
    if (!target) throw notFound(msg("admin.errors.userGone"));
    if (target.deactivatedAt) throw conflict(msg("admin.errors.alreadyDeactivated"));
    const deactivatedAt = new Date();
    // Also revokes their sessions, so a later reactivation does not revive a browser left signed in.
    // Guarded by the state it changes: of parallel deactivations, one wins and writes the audit row.
    const { count } = await tx.user.updateMany({
      where: { id: userId, deactivatedAt: null },
      data: { deactivatedAt, sessionsRevokedAt: deactivatedAt },
    });
    if (count === 0) throw conflict(msg("admin.errors.alreadyDeactivated"));
    await writeAudit(tx, {
      actorId,
      action: "deactivateUser",
      entityType: "User",
      entityId: userId,
      before: { deactivatedAt: null },
      after: { deactivatedAt: deactivatedAt.toISOString(), reason },
    });
  });
}

export async function reactivateUser(actorId: string, userId: string) {
  await db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    const target = await tx.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
    if (!target) throw notFound(msg("admin.errors.userGone"));
    if (!target.deactivatedAt) throw conflict(msg("admin.errors.alreadyActive"));
    const { count } = await tx.user.updateMany({ where: { id: userId, deactivatedAt: { not: null } }, data: { deactivatedAt: null } });
    if (count === 0) throw conflict(msg("admin.errors.alreadyActive"));
    await writeAudit(tx, {
      actorId,
      action: "reactivateUser",
      entityType: "User",
      entityId: userId,
      before: { deactivatedAt: target.deactivatedAt.toISOString() },
      after: { deactivatedAt: null },
    });
  });
}

// ——— Platform settings ———

/** Saves the platform's settings (one row, created on first save) with an audit row of what changed. */
export async function updatePlatformSettings(actorId: string, input: PlatformSettingsInput) {
  return db.$transaction(async (tx) => {
    await assertActiveAdmin(tx, actorId);
    // Locked so that two admins saving at once each see the other's value as "before".
    const [stored] = await tx.$queryRaw<{ programmeStarters: PlatformSettingsInput["programmeStarters"] }[]>`
      SELECT "programmeStarters" FROM "PlatformSettings" WHERE id = 1 FOR UPDATE`;
    const before = { programmeStarters: stored?.programmeStarters ?? "CREATORS" };
    const diff = changedFields(before, input);
    if (diff.changed.length === 0) return { changed: [] as string[] };
    await tx.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    await writeAudit(tx, {
      actorId,
      action: "updatePlatformSettings",
      entityType: "PlatformSettings",
      entityId: "1",
      before: diff.before,
      after: diff.after,
    });
    return { changed: diff.changed };
  });
}
