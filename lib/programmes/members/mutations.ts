import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { DONE_STATUSES } from "@/lib/board/labels";
import { BOARD_CHANNEL, type BoardEvent } from "@/lib/board/realtime";
import { inGuideOrder } from "@/lib/domain/services";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { msg, storedMessage } from "@/lib/i18n/message";
import type { ChangeMemberRoleInput, RemoveMemberInput } from "./schema";
import { ASSIGNABLE_ROLES } from "./consequences";

// Changing who is in a programme, by the team leader (or a platform administrator). Every change
// runs under one lock per programme, re-checks that the person making it may still make it, and
// refuses to leave the programme without a team leader: two leaders demoting each other at the same
// moment are decided one after the other, and the second is refused.

type MembershipActor = { id: string; isPlatformAdmin: boolean };

const GONE = msg("programmes.members.errors.gone");

async function lockMemberships(tx: Tx, programmeId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7302, hashtext(${programmeId}))`;
}

const membershipState = {
  id: true,
  programmeId: true,
  userId: true,
  role: true,
  institutionId: true,
  version: true,
  user: { select: { name: true } },
  representations: { select: { service: true } },
} as const;

/**
 * Loads the membership under the programme's lock and checks, now that earlier changes have
 * committed, that the actor still configures the programme and saw the latest version.
 */
async function loadForChange(tx: Tx, actor: MembershipActor, membershipId: string, expectedVersion: number) {
  const target = await tx.membership.findUnique({ where: { id: membershipId }, select: { programmeId: true } });
  if (!target) throw notFound(GONE);
  await lockMemberships(tx, target.programmeId);
  const membership = await tx.membership.findUnique({ where: { id: membershipId }, select: membershipState });
  if (!membership) throw notFound(GONE);
  if (!actor.isPlatformAdmin) {
    const stillLeader = await tx.membership.count({
      where: { programmeId: membership.programmeId, userId: actor.id, role: "TEAM_LEADER" },
    });
    if (stillLeader === 0) throw forbidden(msg("programmes.members.errors.noLongerLeader"));
  }
  if (membership.version !== expectedVersion) throw conflict(await staleMessage(tx, membership.id, membership.user.name));
  return { ...membership, services: inGuideOrder(membership.representations.map((r) => r.service)) };
}

async function staleMessage(tx: Tx, membershipId: string, name: string) {
  const latest = await tx.auditLog.findFirst({
    where: { entityType: "Membership", entityId: membershipId },
    orderBy: { id: "desc" },
    select: { actor: { select: { name: true } } },
  });
  const who = latest?.actor?.name;
  return who
    ? msg("programmes.members.errors.changedMeanwhile", { who, name })
    : msg("programmes.members.errors.changedMeanwhileBySomeone", { name });
}

/**
 * Refuses when taking `membership` away (removing it, or making it `role`) would leave no team
 * leader who can sign in.
 */
async function assertAnotherLeader(
  tx: Tx,
  membership: { id: string; programmeId: string; user: { name: string } },
  doing: { remove: true } | { makeThem: MemberRole },
) {
  const others = await tx.membership.count({
    where: { programmeId: membership.programmeId, role: "TEAM_LEADER", id: { not: membership.id }, user: { deactivatedAt: null } },
  });
  if (others === 0) {
    throw conflict(
      msg("programmes.members.errors.onlyLeaderLeft", {
        name: membership.user.name,
        doing: "makeThem" in doing ? "make" : "remove",
        role: "makeThem" in doing ? doing.makeThem : "TEAM_LEADER",
      }),
    );
  }
}

/**
 * After a change, hands back what the person may no longer hold: open board issues when they keep
 * no role that may be assigned issues, engagements when they left the programme. History stays.
 */
async function releaseHoldings(tx: Tx, actorId: string, programmeId: string, user: { id: string; name: string }) {
  const remaining = await tx.membership.findMany({ where: { programmeId, userId: user.id }, select: { role: true } });
  let unassignedIssues = 0;
  let unownedEngagements = 0;
  if (!remaining.some((m) => ASSIGNABLE_ROLES.includes(m.role))) {
    const issues = await tx.boardIssue.findMany({
      where: { programmeId, assigneeId: user.id, status: { notIn: [...DONE_STATUSES] } },
      select: { id: true },
    });
    for (const issue of issues) {
      await tx.boardIssue.update({ where: { id: issue.id }, data: { assigneeId: null, version: { increment: 1 } } });
      await tx.boardIssueEvent.create({
        data: { issueId: issue.id, actorId, kind: "ASSIGNED", changes: { assigneeId: { from: user.id, to: null } } },
      });
      const event: BoardEvent = { programmeId, issueId: issue.id, kind: "assigned" };
      await tx.$executeRaw`SELECT pg_notify(${BOARD_CHANNEL}, ${JSON.stringify(event)})`;
    }
    unassignedIssues = issues.length;
  }
  if (remaining.length === 0) {
    const engagements = await tx.engagement.findMany({ where: { programmeId, ownerId: user.id }, select: { id: true } });
    if (engagements.length > 0) {
      const ids = engagements.map((e) => e.id);
      await tx.engagement.updateMany({ where: { id: { in: ids } }, data: { ownerId: null, version: { increment: 1 } } });
      await tx.engagementEvent.createMany({
        data: ids.map((engagementId) => ({
          engagementId,
          actorId,
          kind: "DETAILS_CHANGED" as const,
          changes: { ownerId: { from: user.id, to: null } },
          note: storedMessage("programmes.historyNote.memberLeft", { name: user.name }),
        })),
      });
    }
    unownedEngagements = engagements.length;
  }
  return { unassignedIssues, unownedEngagements, leftProgramme: remaining.length === 0 };
}

function sameServices(a: readonly Service[], b: readonly Service[]) {
  return a.length === b.length && a.every((s) => b.includes(s));
}

/** Changes a member's role and, for the task force, the services they represent. */
export async function changeMemberRole(actor: MembershipActor, input: ChangeMemberRoleInput) {
  return db.$transaction(async (tx) => {
    const m = await loadForChange(tx, actor, input.membershipId, input.version);
    const services = inGuideOrder(input.services);
    if (m.role === input.role && sameServices(m.services, services)) {
      return { programmeId: m.programmeId, name: m.user.name, changed: false, unassignedIssues: 0 };
    }
    if (m.role !== input.role) {
      if (m.role === "TEAM_LEADER") await assertAnotherLeader(tx, m, { makeThem: input.role });
      const clash = await tx.membership.count({ where: { programmeId: m.programmeId, userId: m.userId, role: input.role } });
      if (clash > 0) {
        throw conflict(msg("programmes.members.errors.alreadyInRole", { name: m.user.name, role: input.role }));
      }
    }
    await tx.membership.update({ where: { id: m.id }, data: { role: input.role, version: { increment: 1 } } });
    await tx.taskForceRepresentation.deleteMany({ where: { membershipId: m.id, service: { notIn: services } } });
    if (services.length > 0) {
      await tx.taskForceRepresentation.createMany({
        data: services.map((service) => ({ membershipId: m.id, service })),
        skipDuplicates: true,
      });
    }
    const released = await releaseHoldings(tx, actor.id, m.programmeId, { id: m.userId, name: m.user.name });
    await writeAudit(tx, {
      actorId: actor.id,
      programmeId: m.programmeId,
      action: "changeMemberRole",
      entityType: "Membership",
      entityId: m.id,
      before: { userId: m.userId, role: m.role, services: m.services },
      after: { userId: m.userId, role: input.role, services, unassignedIssues: released.unassignedIssues },
    });
    return { programmeId: m.programmeId, name: m.user.name, changed: true, unassignedIssues: released.unassignedIssues };
  });
}

/**
 * Removes one role of a person in the programme (with its task-force seats). What they authored —
 * advice, comments, history — stays under their name; what they held is handed back (see above).
 */
export async function removeMember(actor: MembershipActor, input: RemoveMemberInput) {
  return db.$transaction(async (tx) => {
    const m = await loadForChange(tx, actor, input.membershipId, input.version);
    if (m.role === "TEAM_LEADER") await assertAnotherLeader(tx, m, { remove: true });
    await tx.membership.delete({ where: { id: m.id } });
    const released = await releaseHoldings(tx, actor.id, m.programmeId, { id: m.userId, name: m.user.name });
    await writeAudit(tx, {
      actorId: actor.id,
      programmeId: m.programmeId,
      action: "removeMember",
      entityType: "Membership",
      entityId: m.id,
      before: { userId: m.userId, role: m.role, institutionId: m.institutionId, services: m.services },
      after: {
        leftProgramme: released.leftProgramme,
        unassignedIssues: released.unassignedIssues,
        unownedEngagements: released.unownedEngagements,
      },
    });
    return { programmeId: m.programmeId, userId: m.userId, name: m.user.name, role: m.role, ...released };
  });
}
