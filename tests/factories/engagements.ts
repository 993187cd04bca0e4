// Builds an engagement's state the way the workflow would have left it: a history of stage changes
// (EngagementEvent rows, oldest first), the matching audit rows, and an engagement row whose stage,
// blockedFromStage, stageReason, version and lastActivityAt agree with that history.
// Direct inserts on purpose: tests and the seed need arbitrary states without replaying the UI.
import { db } from "@/lib/db";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment `days` days before `now` (fractions allowed: 0.5 is twelve hours ago). */
export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** A calendar date (UTC midnight, for @db.Date columns) `days` days after `now`; negative is past. */
export function dateInDays(now: Date, days: number): Date {
  const d = new Date(now.getTime() + days * DAY_MS);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export type StageStep = {
  to: EngagementStage;
  daysAgo: number;
  actorId: string;
  note?: string;
  /** Required by the workflow for BLOCKED and NOT_APPLICABLE. */
  reason?: string;
};

export type EngagementStory = {
  /** When the engagement appeared on the tracker (its CREATED event). */
  createdDaysAgo: number;
  steps?: StageStep[];
  contact?: { name: string; role?: string; email?: string };
  ownerId?: string;
  /** Due date relative to `now` in days (negative: overdue). */
  dueInDays?: number;
  note?: string;
};

export async function findEngagement(programmeId: string, institutionId: string, service: Service) {
  return db.engagement.findUniqueOrThrow({
    where: { programmeId_institutionId_service: { programmeId, institutionId, service } },
    select: { id: true, programmeId: true, institutionId: true, service: true, stage: true },
  });
}

/**
 * Rewrites one engagement (fresh from addPartner: NOT_CONTACTED with one CREATED event) into the
 * state its story describes. Steps must be in chronological order (decreasing daysAgo).
 */
export async function tellEngagementStory(engagementId: string, story: EngagementStory, now: Date = new Date()) {
  const steps = story.steps ?? [];
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.daysAgo > steps[i - 1]!.daysAgo) throw new Error("Engagement steps must be in chronological order.");
  }
  return db.$transaction(async (tx) => {
    const engagement = await tx.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      select: { id: true, programmeId: true, stage: true },
    });
    const createdAt = daysAgo(now, story.createdDaysAgo);
    await tx.engagementEvent.updateMany({ where: { engagementId, kind: "CREATED" }, data: { at: createdAt } });

    let stage: EngagementStage = engagement.stage;
    let blockedFromStage: EngagementStage | null = null;
    let stageReason: string | null = null;
    let lastActivityAt = createdAt;
    for (const step of steps) {
      const at = daysAgo(now, step.daysAgo);
      if (step.to === "BLOCKED") blockedFromStage = stage;
      else blockedFromStage = null;
      stageReason = step.to === "BLOCKED" || step.to === "NOT_APPLICABLE" ? (step.reason ?? step.note ?? null) : null;
      await tx.engagementEvent.create({
        data: {
          engagementId,
          actorId: step.actorId,
          kind: "STAGE_CHANGED",
          fromStage: stage,
          toStage: step.to,
          note: step.reason ?? step.note ?? null,
          at,
        },
      });
      await tx.auditLog.create({
        data: {
          at,
          actorId: step.actorId,
          programmeId: engagement.programmeId,
          action: "moveEngagement",
          entityType: "Engagement",
          entityId: engagementId,
          before: { stage },
          after: { stage: step.to, note: step.reason ?? step.note ?? null },
        },
      });
      stage = step.to;
      lastActivityAt = at;
    }

    const details = story.contact || story.ownerId || story.dueInDays !== undefined || story.note;
    if (details) {
      // Details were filled in alongside the first move (or at creation when there is none).
      const at = steps[0] ? daysAgo(now, steps[0].daysAgo) : createdAt;
      const actorId = steps[0]?.actorId ?? story.ownerId;
      const changes: Record<string, { from: null; to: string }> = {};
      if (story.contact) changes.contactName = { from: null, to: story.contact.name };
      if (story.contact?.role) changes.contactRole = { from: null, to: story.contact.role };
      if (story.contact?.email) changes.contactEmail = { from: null, to: story.contact.email };
      if (story.ownerId) changes.ownerId = { from: null, to: story.ownerId };
      if (story.dueInDays !== undefined) changes.dueDate = { from: null, to: dateInDays(now, story.dueInDays).toISOString().slice(0, 10) };
      if (story.note) changes.note = { from: null, to: story.note };
      if (actorId) {
        await tx.engagementEvent.create({
          data: { engagementId, actorId, kind: "DETAILS_CHANGED", changes, at: new Date(at.getTime() + 60_000) },
        });
        if (at.getTime() + 60_000 > lastActivityAt.getTime()) lastActivityAt = new Date(at.getTime() + 60_000);
      }
    }

    return tx.engagement.update({
      where: { id: engagementId },
      data: {
        stage,
        blockedFromStage,
        stageReason,
        contactName: story.contact?.name ?? null,
        contactRole: story.contact?.role ?? null,
        contactEmail: story.contact?.email ?? null,
        ownerId: story.ownerId ?? null,
        dueDate: story.dueInDays === undefined ? null : dateInDays(now, story.dueInDays),
        note: story.note ?? null,
        version: steps.length + (details ? 1 : 0),
        createdAt,
        lastActivityAt,
      },
    });
  });
}

/** The straight path through the workflow from NOT_CONTACTED up to `target` (excluded: start). */
export const FORWARD_STAGES: readonly EngagementStage[] = ["CONTACTED", "IN_CONSULTATION", "ADVICE_RECEIVED", "SETTLED"];

/**
 * Steps walking forward to `target`, spread evenly between `fromDaysAgo` and `toDaysAgo`.
 * Notes are taken from `notes` by stage where given.
 */
export function forwardSteps(
  target: EngagementStage,
  actorId: string,
  fromDaysAgo: number,
  toDaysAgo: number,
  notes: Partial<Record<EngagementStage, string>> = {},
): StageStep[] {
  const end = FORWARD_STAGES.indexOf(target);
  if (end < 0) throw new Error(`${target} is not on the forward path.`);
  const path = FORWARD_STAGES.slice(0, end + 1);
  const span = path.length > 1 ? (fromDaysAgo - toDaysAgo) / (path.length - 1) : 0;
  return path.map((to, i) => ({ to, actorId, daysAgo: path.length > 1 ? fromDaysAgo - span * i : toDaysAgo, note: notes[to] }));
}
