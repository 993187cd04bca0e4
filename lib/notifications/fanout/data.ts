import "server-only";
import { db } from "@/lib/db";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { toReaders } from "../audience";

// What the fan-out reads about an event, each in one statement whatever the number of people
// concerned (the people themselves come along as ids in the same rows).

const READER_SELECT = { userId: true, role: true, institutionId: true, representations: { select: { service: true } } } as const;

/** How these people stand in the programme (active accounts only): who may read what. One query. */
export async function loadReaders(programmeId: string, userIds: readonly string[]): Promise<Map<string, ProgrammeActor>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.membership.findMany({
    where: { programmeId, userId: { in: ids }, user: { deactivatedAt: null } },
    select: READER_SELECT,
  });
  return toReaders(rows);
}

/**
 * The people an engagement concerns besides its owner and watchers: the programme's team leaders, and
 * the task-force members who represent its service for its institution. One query.
 */
export async function loadEngagementAudience(programmeId: string, institutionId: string, service: Service) {
  const rows = await db.membership.findMany({
    where: {
      programmeId,
      OR: [{ role: "TEAM_LEADER" }, { role: "TASK_FORCE", institutionId, representations: { some: { service } } }],
    },
    select: { userId: true, role: true },
  });
  return {
    teamLeaders: rows.filter((r) => r.role === "TEAM_LEADER").map((r) => r.userId),
    representatives: rows.filter((r) => r.role === "TASK_FORCE").map((r) => r.userId),
  };
}

const ASSIGNMENT_SELECT = {
  id: true,
  programmeId: true,
  number: true,
  title: true,
  assigneeId: true,
  // The latest (re)assignment: who made it, and whether routing chose the person.
  events: {
    where: { kind: { in: ["CREATED", "ASSIGNED"] } },
    orderBy: { at: "desc" },
    take: 1,
    select: { id: true, kind: true, changes: true, actorId: true, actor: { select: { name: true } } },
  },
} as const satisfies Prisma.BoardIssueSelect;

export type IssueAssignment = Prisma.BoardIssueGetPayload<{ select: typeof ASSIGNMENT_SELECT }>;

export function loadIssueAssignment(issueId: string): Promise<IssueAssignment | null> {
  return db.boardIssue.findUnique({ where: { id: issueId }, select: ASSIGNMENT_SELECT });
}

/** The follow-up issues raised for an advice entry (when it is logged shared, or shared). */
export function loadFollowUpAssignments(adviceId: string): Promise<IssueAssignment[]> {
  return db.boardIssue.findMany({ where: { adviceId, labels: { has: "follow-up" } }, select: ASSIGNMENT_SELECT });
}

export function loadComment(commentId: string) {
  return db.boardComment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      body: true,
      authorId: true,
      author: { select: { name: true } },
      issue: {
        select: {
          id: true,
          programmeId: true,
          number: true,
          title: true,
          authorId: true,
          assigneeId: true,
          watches: { select: { userId: true } },
        },
      },
    },
  });
}

export function loadStageChange(eventId: string) {
  return db.engagementEvent.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      kind: true,
      fromStage: true,
      toStage: true,
      note: true,
      at: true,
      actorId: true,
      actor: { select: { name: true } },
      engagement: {
        select: {
          id: true,
          programmeId: true,
          institutionId: true,
          service: true,
          ownerId: true,
          watches: { select: { userId: true } },
          partner: { select: { archivedAt: true, institution: { select: { name: true } } } },
        },
      },
    },
  });
}
export type StageChange = NonNullable<Awaited<ReturnType<typeof loadStageChange>>>;

/**
 * Where an engagement stood just before a change that began with `firstEventId`: its stage, and the
 * stage it had been blocked in when that was Blocked (the latest move into Blocked before then).
 */
export async function loadStageBefore(
  firstEventId: string,
): Promise<{ stage: EngagementStage; blockedFromStage: EngagementStage | null } | null> {
  const first = await db.engagementEvent.findUnique({
    where: { id: firstEventId },
    select: { engagementId: true, fromStage: true, at: true },
  });
  if (!first?.fromStage) return null;
  if (first.fromStage !== "BLOCKED") return { stage: first.fromStage, blockedFromStage: null };
  const blocking = await db.engagementEvent.findFirst({
    where: { engagementId: first.engagementId, kind: "STAGE_CHANGED", toStage: "BLOCKED", at: { lt: first.at } },
    orderBy: { at: "desc" },
    select: { fromStage: true },
  });
  return { stage: "BLOCKED", blockedFromStage: blocking?.fromStage ?? null };
}

/** Every engagement of one service in the programme, with its institution: the lead compared with the partners. */
export async function loadServiceEngagements(programmeId: string, service: Service) {
  const rows = await db.engagement.findMany({
    where: { programmeId, service },
    select: {
      id: true,
      institutionId: true,
      service: true,
      stage: true,
      blockedFromStage: true,
      stageReason: true,
      contactName: true,
      lastActivityAt: true,
      dueDate: true,
      partner: { select: { role: true, archivedAt: true, institution: { select: { name: true } } } },
    },
  });
  return rows.map(({ partner, ...e }) => ({
    ...e,
    institutionName: partner.institution.name,
    isLead: partner.role === "LEAD",
    archived: partner.archivedAt !== null,
  }));
}
export type ServiceEngagement = Awaited<ReturnType<typeof loadServiceEngagements>>[number];

export function loadAdvice(adviceId: string) {
  return db.adviceEntry.findUnique({
    where: { id: adviceId },
    select: {
      id: true,
      programmeId: true,
      institutionId: true,
      service: true,
      summary: true,
      details: true,
      visibility: true,
      deletedAt: true,
      engagement: {
        select: {
          id: true,
          ownerId: true,
          watches: { select: { userId: true } },
          partner: { select: { institution: { select: { name: true } } } },
        },
      },
    },
  });
}
export type AdviceForFanOut = NonNullable<Awaited<ReturnType<typeof loadAdvice>>>;

/** The details before an edit (revision `revision`) and right after it (the next revision, else the entry as it is now). */
export async function loadEditedDetails(adviceId: string, revision: number): Promise<{ before: string; after: string | null } | null> {
  const rows = await db.adviceRevision.findMany({
    where: { adviceId, revision: { in: [revision, revision + 1] } },
    select: { revision: true, details: true },
  });
  const before = rows.find((r) => r.revision === revision);
  if (!before) return null;
  return { before: before.details, after: rows.find((r) => r.revision === revision + 1)?.details ?? null };
}

export function loadPersonName(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { name: true } });
}

export function loadInvitation(invitationId: string) {
  return db.invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      userId: true,
      programmeId: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      declinedAt: true,
      revokedAt: true,
      invitedById: true,
      invitedBy: { select: { name: true } },
      programme: { select: { title: true } },
      user: { select: { deactivatedAt: true } },
    },
  });
}
