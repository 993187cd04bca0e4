import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict, forbidden, invalid, invalidFields, notFound } from "@/lib/errors";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { msg, type Message } from "@/lib/i18n/message";
import { findLatestEngagementEvent, readEngagementForChange, type EngagementForChange } from "./data";
import {
  isSubstantialReason,
  NO_ADVICE_CONFIRMATION_MESSAGE,
  REASON_MESSAGE,
  type MoveEngagementInput,
  type UpdateEngagementDetailsInput,
} from "./schema";
import { ADVICE_LOGGED_NOTE, findMove, MAIN_STAGES, refusalFor } from "./transitions";
import { notify } from "@/lib/notifications/mutations";

const ARCHIVED_REFUSAL = msg("engagements.errors.archived");

/** How long ago, as the conflict messages say it: "just now", minutes, hours, then days. */
function ago(at: Date, now = new Date()): { unit: "now" | "minutes" | "hours" | "days"; count: number } {
  const minutes = Math.max(0, Math.round((now.getTime() - at.getTime()) / 60000));
  if (minutes < 1) return { unit: "now", count: 0 };
  if (minutes < 60) return { unit: "minutes", count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.round(hours / 24) };
}

/** "Bo Staff moved it to In consultation 2 minutes ago": what the person whose change lost the race needs to hear. */
async function conflictMessage(engagementId: string): Promise<Message> {
  const latest = await findLatestEngagementEvent(engagementId);
  if (!latest) return msg("engagements.conflict.unknown");
  if (latest.kind === "STAGE_CHANGED" && latest.toStage)
    return msg("engagements.conflict.moved", { actor: latest.actor.name, stage: latest.toStage, ...ago(latest.at) });
  return msg("engagements.conflict.changed", { actor: latest.actor.name, ...ago(latest.at) });
}

/** Returned from a change's transaction when the engagement moved on: the message is read after it ends. */
const LOST_RACE = Symbol("lost race");

/**
 * Every change reads the engagement inside its own transaction, under locks: its partner's row for
 * share (a parallel "remove this partner" waits for the change, or the change sees the partner
 * removed), then the engagement's row for update (parallel changes queue behind it). So "archived"
 * and the version are never checked on a stale row. Partner before engagement, as archivePartner
 * takes them, so the two never wait for each other.
 */
async function lockForChange(tx: Tx, engagementId: string): Promise<EngagementForChange> {
  // Which partner an engagement belongs to never changes: read without a lock.
  const owner = await tx.engagement.findUnique({ where: { id: engagementId }, select: { programmeId: true, institutionId: true } });
  if (!owner) throw notFound(msg("engagements.errors.gone"));
  await tx.$queryRaw`
    SELECT 1 FROM "ProgrammePartner" WHERE "programmeId" = ${owner.programmeId} AND "institutionId" = ${owner.institutionId} FOR SHARE`;
  // NO KEY: rows that only refer to the engagement (advice, issues) may still be added meanwhile.
  await tx.$queryRaw`SELECT 1 FROM "Engagement" WHERE id = ${engagementId} FOR NO KEY UPDATE`;
  const row = await readEngagementForChange(tx, engagementId);
  if (!row) throw notFound(msg("engagements.errors.gone"));
  if (row.archived) throw forbidden(ARCHIVED_REFUSAL);
  return row;
}

/** Runs a change in one transaction; a lost race becomes a conflict that says who changed what. */
async function changeOrExplain<T>(engagementId: string, change: (tx: Tx) => Promise<T | typeof LOST_RACE>): Promise<T> {
  const outcome = await db.$transaction(change);
  if (outcome === LOST_RACE) throw conflict(await conflictMessage(engagementId));
  return outcome;
}

/**
 * Moves an engagement along the transition table. The caller has already authorized the person
 * for this engagement (`roles` are the roles whose scope reaches it). Applies only if the
 * engagement is still at the version the person saw; history and audit rows in the same transaction.
 */
export async function changeEngagementStage(
  actorId: string,
  roles: readonly MemberRole[],
  target: { id: string },
  input: MoveEngagementInput,
) {
  return changeOrExplain(target.id, async (tx) => {
    const row = await lockForChange(tx, target.id);
    if (row.version !== input.version) return LOST_RACE;
    const move = findMove(row.stage, row.blockedFromStage, input.to, roles);
    if (!move) throw forbidden(refusalFor(row.stage, row.blockedFromStage, input.to, roles));
    const note = input.note.trim();
    // Settling with nothing in the advice log is allowed (some services only confirm by phone), but it
    // must be a conscious decision with its reason on record, not the end of a run of clicks.
    const settlingWithoutAdvice =
      input.to === "SETTLED" && (await tx.adviceEntry.count({ where: { engagementId: row.id, deletedAt: null } })) === 0;
    if (settlingWithoutAdvice && !input.confirmNoAdvice) throw invalidFields({ confirmNoAdvice: NO_ADVICE_CONFIRMATION_MESSAGE });
    if ((move.needsReason || settlingWithoutAdvice) && !isSubstantialReason(note)) throw invalidFields({ note: REASON_MESSAGE });

    const now = new Date();
    const data = {
      stage: input.to,
      blockedFromStage: input.to === "BLOCKED" ? row.stage : null,
      // The reason stays visible while the engagement is blocked or not applicable.
      stageReason: input.to === "BLOCKED" || input.to === "NOT_APPLICABLE" ? note : null,
      version: { increment: 1 },
      lastActivityAt: now,
    };
    await tx.engagement.update({ where: { id: row.id }, data });
    const event = await tx.engagementEvent.create({
      data: { engagementId: row.id, actorId, kind: "STAGE_CHANGED", fromStage: row.stage, toStage: input.to, note: note || null, at: now },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: row.programmeId,
      action: "moveEngagement",
      entityType: "Engagement",
      entityId: row.id,
      before: { stage: row.stage, blockedFromStage: row.blockedFromStage, version: row.version },
      after: { stage: input.to, blockedFromStage: data.blockedFromStage, version: row.version + 1, note: note || null },
    });
    await notify(tx, { type: "engagementStageChanged", eventId: event.id, actorId });
    return { stage: input.to, version: row.version + 1, message: msg("engagements.moved.to", { stage: input.to }) };
  });
}

/** Contact, owner, due date and note; each edit is a DETAILS_CHANGED history entry with the changed fields. */
export async function saveEngagementDetails(actorId: string, target: { id: string }, input: UpdateEngagementDetailsInput) {
  return changeOrExplain(target.id, async (tx) => {
    const row = await lockForChange(tx, target.id);
    if (row.version !== input.version) return LOST_RACE;
    if (input.ownerId && (await tx.membership.count({ where: { programmeId: row.programmeId, userId: input.ownerId } })) === 0) {
      throw invalid(msg("engagements.errors.ownerNotMember"));
    }
    const next = {
      contactName: input.contactName,
      contactRole: input.contactRole,
      contactEmail: input.contactEmail,
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      note: input.note,
    };
    const diff = changedFields(row as unknown as Record<string, unknown>, next);
    if (diff.changed.length === 0) return { version: row.version, message: msg("engagements.details.unchanged") };
    const now = new Date();
    const changes = Object.fromEntries(
      diff.changed.map((k) => [
        k,
        { from: (diff.before as Record<string, unknown>)[k] ?? null, to: (diff.after as Record<string, unknown>)[k] ?? null },
      ]),
    );
    await tx.engagement.update({ where: { id: row.id }, data: { ...next, version: { increment: 1 }, lastActivityAt: now } });
    await tx.engagementEvent.create({ data: { engagementId: row.id, actorId, kind: "DETAILS_CHANGED", changes, at: now } });
    await writeAudit(tx, {
      actorId,
      programmeId: row.programmeId,
      action: "updateEngagementDetails",
      entityType: "Engagement",
      entityId: row.id,
      before: diff.before,
      after: diff.after,
    });
    return { version: row.version + 1, message: msg("engagements.details.saved", { service: row.service }) };
  });
}

/**
 * "Advice received" after logging advice: from wherever the engagement is up to Advice received,
 * each step by the transition table and with its own history entry, in ONE transaction — all of
 * it or nothing (a parallel change makes the whole move a conflict, never a partial one).
 */
export async function markAdviceReceived(actorId: string, roles: readonly MemberRole[], target: { id: string; version: number }) {
  return changeOrExplain(target.id, async (tx) => {
    const row = await lockForChange(tx, target.id);
    if (row.version !== target.version) return LOST_RACE;
    const start = MAIN_STAGES.indexOf(row.stage as (typeof MAIN_STAGES)[number]);
    const end = MAIN_STAGES.indexOf("ADVICE_RECEIVED");
    if (start < 0 || start >= end) throw conflict(msg("engagements.errors.notMovedNow", { stage: row.stage }));
    const steps = MAIN_STAGES.slice(start, end).map((from, i) => ({ from, to: MAIN_STAGES[start + i + 1]! }));
    for (const step of steps) {
      if (!findMove(step.from, null, step.to, roles)) throw forbidden(refusalFor(step.from, null, step.to, roles));
    }
    const now = new Date();
    await tx.engagement.update({
      where: { id: row.id },
      data: { stage: "ADVICE_RECEIVED", blockedFromStage: null, stageReason: null, version: { increment: 1 }, lastActivityAt: now },
    });
    const events = await tx.engagementEvent.createManyAndReturn({
      select: { id: true, at: true },
      data: steps.map((step, i) => ({
        engagementId: row.id,
        actorId,
        kind: "STAGE_CHANGED" as const,
        fromStage: step.from,
        toStage: step.to,
        note: step.to === "ADVICE_RECEIVED" ? ADVICE_LOGGED_NOTE : null,
        // One millisecond apart, so the history lists the steps in the order they were taken.
        at: new Date(now.getTime() - (steps.length - 1 - i)),
      })),
    });
    await writeAudit(tx, {
      actorId,
      programmeId: row.programmeId,
      action: "moveEngagement",
      entityType: "Engagement",
      entityId: row.id,
      before: { stage: row.stage, version: row.version },
      after: { stage: "ADVICE_RECEIVED", version: row.version + 1, note: ADVICE_LOGGED_NOTE },
    });
    // One notification for the whole move: from where it started (the first step) to Advice received (the last).
    const inOrder = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
    await notify(tx, { type: "engagementStageChanged", eventId: inOrder.at(-1)!.id, firstEventId: inOrder[0]!.id, actorId });
  });
}
