import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import type { MemberRole, PartnerRole, Service } from "@/lib/generated/prisma/enums";
import { conflict, invalid, invalidFields, notFound } from "@/lib/errors";
import { msg, storedMessage, type Message } from "@/lib/i18n/message";
import type { CreateProgrammeInput, ProgrammeDetailsInput } from "./schema";
import { PROGRAMME_DETAILS_SELECT } from "./data";
import { createPlanSteps } from "@/lib/plan/mutations";

/**
 * Adds an institution to a programme with its six engagements, all "Not contacted": the guide asks
 * for every service to be contacted from the start, so each one is on the tracker from day one.
 */
async function insertPartner(tx: Tx, actorId: string, programmeId: string, institutionId: string, role: PartnerRole) {
  const partner = await tx.programmePartner.create({ data: { programmeId, institutionId, role }, select: { id: true } });
  await tx.engagement.createMany({
    data: SERVICES_IN_GUIDE_ORDER.map((service) => ({ programmeId, institutionId, service })),
  });
  const engagements = await tx.engagement.findMany({ where: { programmeId, institutionId }, select: { id: true, stage: true } });
  await tx.engagementEvent.createMany({
    data: engagements.map((e) => ({ engagementId: e.id, actorId, kind: "CREATED" as const, toStage: e.stage })),
  });
  await writeAudit(tx, {
    actorId,
    programmeId,
    action: "addPartner",
    entityType: "ProgrammePartner",
    entityId: partner.id,
    after: { institutionId, role },
  });
  return partner;
}

/** Creates a programme led by `leadInstitutionId`, with `leaderId` as its team leader. */
export async function createProgramme(actorId: string, leaderId: string, input: CreateProgrammeInput) {
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.create({
      data: {
        title: input.title,
        summary: input.summary,
        ects: input.ects,
        eqfLevel: input.eqfLevel,
        deliveryMode: input.deliveryMode,
        plannedStart: input.plannedStart,
        leadInstitutionId: input.leadInstitutionId,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: programme.id,
      action: "createProgramme",
      entityType: "Programme",
      entityId: programme.id,
      after: { ...input, plannedStart: input.plannedStart?.toISOString() ?? null },
    });
    await insertPartner(tx, actorId, programme.id, input.leadInstitutionId, "LEAD");
    await createPlanSteps(tx, programme.id);
    const leaderMembership = await tx.membership.create({
      data: { programmeId: programme.id, userId: leaderId, role: "TEAM_LEADER", institutionId: input.leadInstitutionId },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: programme.id,
      action: "addMember",
      entityType: "Membership",
      entityId: leaderMembership.id,
      after: { userId: leaderId, role: "TEAM_LEADER" },
    });
    return programme;
  });
}

export async function addPartner(actorId: string, programmeId: string, institutionId: string) {
  return db.$transaction(async (tx) => {
    const existing = await tx.programmePartner.findUnique({
      where: { programmeId_institutionId: { programmeId, institutionId } },
      select: { archivedAt: true },
    });
    // An id that names no institution would otherwise fail on the foreign key as a generic error.
    if (!existing && !(await tx.institution.findUnique({ where: { id: institutionId }, select: { id: true } }))) {
      throw invalid(msg("programmes.errors.institutionMissing"));
    }
    if (existing) throw conflict(msg(existing.archivedAt ? "programmes.errors.partnerWasRemoved" : "programmes.errors.alreadyPartner"));
    return insertPartner(tx, actorId, programmeId, institutionId, "PARTNER");
  });
}

const NOT_TAKING_PART = msg("programmes.members.errors.notTakingPart");

type NewMembership = { programmeId: string; userId: string; role: MemberRole; institutionId: string; services?: readonly Service[] };

/** Adds (or extends) a membership; task-force members get the services they represent. */
export async function addMember(actorId: string, input: NewMembership) {
  return db.$transaction((tx) => insertMembership(tx, actorId, input));
}

/**
 * addMember inside the caller's transaction (accepting an invitation makes the membership with the
 * same checks, in the transaction that marks the invitation accepted).
 */
export async function insertMembership(tx: Tx, actorId: string, input: NewMembership) {
  // The institution acted for must take part in the programme: its partner row, locked for share,
  // so that a parallel removal of the partner waits for this addition or is seen by it.
  const [partner] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
    SELECT "archivedAt" FROM "ProgrammePartner"
    WHERE "programmeId" = ${input.programmeId} AND "institutionId" = ${input.institutionId} FOR SHARE`;
  if (!partner || partner.archivedAt) throw invalidFields({ institutionId: NOT_TAKING_PART }, NOT_TAKING_PART);
  // Insert-or-nothing, so that of parallel additions of the same person exactly one adds them.
  const key = { programmeId: input.programmeId, userId: input.userId, role: input.role };
  const added = await tx.membership.createMany({ data: [{ ...key, institutionId: input.institutionId }], skipDuplicates: true });
  const membership = await tx.membership.findUniqueOrThrow({
    where: { programmeId_userId_role: key },
    select: { id: true, institutionId: true, user: { select: { name: true } }, institution: { select: { name: true } } },
  });
  // One membership per person and role: someone who already acts for another institution in this
  // role is not silently kept there — the person adding them is told what to do instead.
  if (membership.institutionId !== input.institutionId) {
    throw conflict(
      msg("programmes.members.errors.alreadyInRoleElsewhere", {
        name: membership.user.name,
        role: input.role,
        institution: membership.institution.name,
      }),
    );
  }
  const seated = input.services?.length
    ? (
        await tx.taskForceRepresentation.createMany({
          data: input.services.map((service) => ({ membershipId: membership.id, service })),
          skipDuplicates: true,
        })
      ).count
    : 0;
  if (added.count === 0 && seated === 0) {
    throw conflict(
      msg("programmes.members.errors.alreadyAdded", {
        name: membership.user.name,
        role: input.role,
        forServices: input.services?.length ? "yes" : "no",
      }),
    );
  }
  await writeAudit(tx, {
    actorId,
    programmeId: input.programmeId,
    action: "addMember",
    entityType: "Membership",
    entityId: membership.id,
    after: { userId: input.userId, role: input.role, institutionId: input.institutionId, services: [...(input.services ?? [])] },
  });
  return membership;
}

/**
 * Removes a partner from the programme without deleting anything: the partner and its engagements
 * become read-only (history kept) until restored. The lead institution cannot be removed.
 */
export async function archivePartner(actorId: string, programmeId: string, institutionId: string) {
  return db.$transaction(async (tx) => {
    const partner = await tx.programmePartner.findUnique({
      where: { programmeId_institutionId: { programmeId, institutionId } },
      select: { id: true, role: true, archivedAt: true },
    });
    if (!partner) throw conflict(msg("programmes.errors.notPartner"));
    if (partner.role === "LEAD") throw conflict(msg("programmes.errors.leadCannotBeRemoved"));
    if (partner.archivedAt) throw conflict(msg("programmes.errors.partnerAlreadyRemoved"));
    const now = new Date();
    // Guarded by the state it changes: of parallel removals, one wins and writes the history.
    const { count } = await tx.programmePartner.updateMany({
      where: { id: partner.id, archivedAt: null },
      data: { archivedAt: now, archivedById: actorId },
    });
    if (count === 0) throw conflict(msg("programmes.errors.partnerAlreadyRemoved"));
    const engagements = await tx.engagement.findMany({ where: { programmeId, institutionId }, select: { id: true } });
    await tx.engagementEvent.createMany({
      data: engagements.map((e) => ({
        engagementId: e.id,
        actorId,
        kind: "ARCHIVED" as const,
        note: storedMessage("programmes.historyNote.partnerRemoved"),
        at: now,
      })),
    });
    await writeAudit(tx, {
      actorId,
      programmeId,
      action: "archivePartner",
      entityType: "ProgrammePartner",
      entityId: partner.id,
      before: { archivedAt: null },
      after: { archivedAt: now.toISOString() },
    });
    return partner;
  });
}

export async function restorePartner(actorId: string, programmeId: string, institutionId: string) {
  return db.$transaction(async (tx) => {
    const partner = await tx.programmePartner.findUnique({
      where: { programmeId_institutionId: { programmeId, institutionId } },
      select: { id: true, archivedAt: true },
    });
    if (!partner) throw conflict(msg("programmes.errors.notPartner"));
    if (!partner.archivedAt) throw conflict(msg("programmes.errors.partnerAlreadyActive"));
    const { count } = await tx.programmePartner.updateMany({
      where: { id: partner.id, archivedAt: { not: null } },
      data: { archivedAt: null, archivedById: null },
    });
    if (count === 0) throw conflict(msg("programmes.errors.partnerAlreadyActive"));
    const engagements = await tx.engagement.findMany({ where: { programmeId, institutionId }, select: { id: true } });
    await tx.engagementEvent.createMany({
      data: engagements.map((e) => ({
        engagementId: e.id,
        actorId,
        kind: "RESTORED" as const,
        note: storedMessage("programmes.historyNote.partnerRestored"),
      })),
    });
    await writeAudit(tx, {
      actorId,
      programmeId,
      action: "restorePartner",
      entityType: "ProgrammePartner",
      entityId: partner.id,
      before: { archivedAt: partner.archivedAt.toISOString() },
      after: { archivedAt: null },
    });
    return partner;
  });
}

export async function updateProgrammeSettings(actorId: string, programmeId: string, settings: { staleAfterDays: number }) {
  return db.$transaction(async (tx) => {
    const before = await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { staleAfterDays: true } });
    await tx.programme.update({ where: { id: programmeId }, data: { staleAfterDays: settings.staleAfterDays } });
    await writeAudit(tx, {
      actorId,
      programmeId,
      action: "updateProgrammeSettings",
      entityType: "Programme",
      entityId: programmeId,
      before,
      after: settings,
    });
  });
}

/** "Lea Leader changed the title and phase after you opened this page": what the slower editor needs to hear. */
async function detailsConflictMessage(tx: Tx, programmeId: string, nameFields: NameFields): Promise<Message> {
  const latest = await tx.auditLog.findFirst({
    where: { programmeId, entityType: "Programme", entityId: programmeId, action: "updateProgrammeDetails" },
    orderBy: { id: "desc" },
    select: { after: true, actor: { select: { name: true } } },
  });
  const fields = latest?.after && typeof latest.after === "object" && !Array.isArray(latest.after) ? Object.keys(latest.after) : [];
  const who = latest?.actor?.name;
  return who
    ? msg("programmes.errors.detailsChanged", { who, fields: nameFields(fields) })
    : msg("programmes.errors.detailsChangedBySomeone", { fields: nameFields(fields) });
}

/** Names details that changed ("title and phase") in the reader's language (nameDetailFields, lib/programmes/schema.ts). */
type NameFields = (fields: readonly string[]) => string;

/**
 * The team leader's edit of the programme's details and phase. Applies only over the version the
 * editor saw (the row is locked first, so two saves at once are decided one after the other); the
 * audit row holds only the fields that changed, before → after.
 */
export async function updateProgrammeDetails(actorId: string, input: ProgrammeDetailsInput, nameFields: NameFields) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Programme" WHERE id = ${input.programmeId} FOR UPDATE`;
    const row = await tx.programme.findUnique({
      where: { id: input.programmeId },
      select: PROGRAMME_DETAILS_SELECT,
    });
    if (!row) throw notFound(msg("programmes.errors.programmeGone"));
    if (row.version !== input.version) throw conflict(await detailsConflictMessage(tx, input.programmeId, nameFields));
    if (row.status === "ARCHIVED") throw conflict(msg("programmes.errors.archived"));
    const next = {
      title: input.title,
      summary: input.summary,
      ects: input.ects,
      eqfLevel: input.eqfLevel,
      deliveryMode: input.deliveryMode,
      plannedStart: input.plannedStart,
      status: input.status,
    };
    const diff = changedFields({ ...row, ects: row.ects.toNumber() }, next);
    if (diff.changed.length === 0) return { changed: [] as string[], version: row.version };
    await tx.programme.update({ where: { id: input.programmeId }, data: { ...next, version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId,
      programmeId: input.programmeId,
      action: "updateProgrammeDetails",
      entityType: "Programme",
      entityId: input.programmeId,
      before: diff.before,
      after: diff.after,
    });
    return { changed: diff.changed, version: row.version + 1 };
  });
}
