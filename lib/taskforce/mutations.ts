import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { conflict, invalid, notFound } from "@/lib/errors";
import { addMember } from "@/lib/programmes/mutations";
import { msg } from "@/lib/i18n/message";
import type { AddRepresentativeInput } from "./schema";

const ALREADY_FREED = msg("programmes.taskForce.errors.seatAlreadyFreed");

/** Seats a person on the task force for one service at one institution (one person may hold several). */
export async function addRepresentative(actorId: string, input: AddRepresentativeInput) {
  // Whether the institution takes part is checked by addMember, under a lock.
  const [user, existing] = await Promise.all([
    db.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, deactivatedAt: true } }),
    db.membership.findUnique({
      where: { programmeId_userId_role: { programmeId: input.programmeId, userId: input.userId, role: "TASK_FORCE" } },
      select: { institutionId: true, institution: { select: { name: true } }, representations: { select: { service: true } } },
    }),
  ]);
  if (!user || user.deactivatedAt) throw invalid(msg("programmes.taskForce.errors.activePerson"));
  if (existing && existing.institutionId !== input.institutionId) {
    throw conflict(msg("programmes.taskForce.errors.otherInstitution", { name: user.name, institution: existing.institution.name }));
  }
  if (existing?.representations.some((r) => r.service === input.service)) {
    throw conflict(msg("programmes.taskForce.errors.alreadyRepresents", { name: user.name, service: input.service }));
  }
  return addMember(actorId, {
    programmeId: input.programmeId,
    userId: input.userId,
    role: "TASK_FORCE",
    institutionId: input.institutionId,
    services: [input.service],
  });
}

/** Frees one seat; a task-force membership left without any service is removed with it. */
export async function removeRepresentative(actorId: string, representationId: string) {
  return db.$transaction(async (tx) => {
    const seat = await tx.taskForceRepresentation.findUnique({
      where: { id: representationId },
      select: {
        id: true,
        service: true,
        membership: {
          select: { id: true, programmeId: true, userId: true, institutionId: true },
        },
      },
    });
    if (!seat) throw notFound(ALREADY_FREED);
    // Guarded by the row it removes: of parallel requests to free the seat, one does.
    const { count } = await tx.taskForceRepresentation.deleteMany({ where: { id: seat.id } });
    if (count === 0) throw notFound(ALREADY_FREED);
    const lastSeat = (await tx.taskForceRepresentation.count({ where: { membershipId: seat.membership.id } })) === 0;
    if (lastSeat) await tx.membership.deleteMany({ where: { id: seat.membership.id } });
    await writeAudit(tx, {
      actorId,
      programmeId: seat.membership.programmeId,
      action: "removeRepresentative",
      entityType: "Membership",
      entityId: seat.membership.id,
      before: { userId: seat.membership.userId, institutionId: seat.membership.institutionId, service: seat.service },
      after: { membershipRemoved: lastSeat },
    });
    return { programmeId: seat.membership.programmeId, membershipRemoved: lastSeat };
  });
}
