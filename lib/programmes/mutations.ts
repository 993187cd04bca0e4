import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import type { MemberRole, PartnerRole, Service } from "@/lib/generated/prisma/enums";
import { conflict } from "@/lib/errors";
import type { CreateProgrammeInput } from "./schema";

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
  await writeAudit(tx, { actorId, programmeId, action: "addPartner", entityType: "ProgrammePartner", entityId: partner.id, after: { institutionId, role } });
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
    await writeAudit(tx, { actorId, programmeId: programme.id, action: "createProgramme", entityType: "Programme", entityId: programme.id, after: { ...input, plannedStart: input.plannedStart?.toISOString() ?? null } });
    await insertPartner(tx, actorId, programme.id, input.leadInstitutionId, "LEAD");
    const leaderMembership = await tx.membership.create({
      data: { programmeId: programme.id, userId: leaderId, role: "TEAM_LEADER", institutionId: input.leadInstitutionId },
      select: { id: true },
    });
    await writeAudit(tx, { actorId, programmeId: programme.id, action: "addMember", entityType: "Membership", entityId: leaderMembership.id, after: { userId: leaderId, role: "TEAM_LEADER" } });
    return programme;
  });
}

export async function addPartner(actorId: string, programmeId: string, institutionId: string) {
  return db.$transaction(async (tx) => {
    const existing = await tx.programmePartner.findUnique({ where: { programmeId_institutionId: { programmeId, institutionId } }, select: { archivedAt: true } });
    if (existing) throw conflict(existing.archivedAt ? "This institution was removed from the programme. Restore it instead of adding it again." : "This institution is already a partner in the programme.");
    return insertPartner(tx, actorId, programmeId, institutionId, "PARTNER");
  });
}

/** Adds (or extends) a membership; task-force members get the services they represent. */
export async function addMember(actorId: string, input: { programmeId: string; userId: string; role: MemberRole; institutionId: string; services?: readonly Service[] }) {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.upsert({
      where: { programmeId_userId_role: { programmeId: input.programmeId, userId: input.userId, role: input.role } },
      create: { programmeId: input.programmeId, userId: input.userId, role: input.role, institutionId: input.institutionId },
      update: {},
      select: { id: true },
    });
    if (input.services?.length) {
      await tx.taskForceRepresentation.createMany({ data: input.services.map((service) => ({ membershipId: membership.id, service })), skipDuplicates: true });
    }
    await writeAudit(tx, { actorId, programmeId: input.programmeId, action: "addMember", entityType: "Membership", entityId: membership.id, after: { userId: input.userId, role: input.role, institutionId: input.institutionId, services: [...(input.services ?? [])] } });
    return membership;
  });
}
