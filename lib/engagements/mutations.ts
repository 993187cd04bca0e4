import "server-only";
import { db } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict, forbidden, invalid, invalidFields } from "@/lib/errors";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { countLoggedAdvice, findLatestEngagementEvent, type EngagementForChange } from "./data";
import {
  isSubstantialReason,
  NO_ADVICE_CONFIRMATION_MESSAGE,
  REASON_MESSAGE,
  type MoveEngagementInput,
  type UpdateEngagementDetailsInput,
} from "./schema";
import { findMove, MAIN_STAGES, refusalFor, STAGE_LABELS } from "./transitions";

export const ARCHIVED_REFUSAL =
  "This institution has been removed from the programme, so its engagements are read-only. The team leader can restore it in Settings.";

function minutesAgo(at: Date, now = new Date()) {
  const minutes = Math.max(0, Math.round((now.getTime() - at.getTime()) / 60000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** "Bo Staff moved it to In consultation 2 minutes ago": what the person whose change lost the race needs to hear. */
async function conflictMessage(engagementId: string): Promise<string> {
  const latest = await findLatestEngagementEvent(engagementId);
  const what = !latest
    ? "Someone changed this engagement"
    : latest.kind === "STAGE_CHANGED" && latest.toStage
      ? `${latest.actor.name} moved this engagement to ${STAGE_LABELS[latest.toStage]} ${minutesAgo(latest.at)}`
      : `${latest.actor.name} changed this engagement ${minutesAgo(latest.at)}`;
  return `${what}, after you opened it. Your change was not saved and nothing was overwritten: look at the current state and try again if it still applies.`;
}

/**
 * Moves an engagement along the transition table. The caller has already authorized the person
 * for this engagement (`roles` are the roles whose scope reaches it). Applies only if the
 * engagement is still at the version the person saw; history and audit rows in the same transaction.
 */
export async function changeEngagementStage(
  actorId: string,
  roles: readonly MemberRole[],
  row: EngagementForChange,
  input: MoveEngagementInput,
) {
  if (row.archived) throw forbidden(ARCHIVED_REFUSAL);
  if (row.version !== input.version) throw conflict(await conflictMessage(row.id));
  const move = findMove(row.stage, row.blockedFromStage, input.to, roles);
  if (!move) throw forbidden(refusalFor(row.stage, row.blockedFromStage, input.to, roles));
  const note = input.note.trim();
  // Settling with nothing in the advice log is allowed (some services only confirm by phone), but it
  // must be a conscious decision with its reason on record, not the end of a run of clicks.
  const settlingWithoutAdvice = input.to === "SETTLED" && (await countLoggedAdvice(row.id)) === 0;
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
  const applied = await db.$transaction(async (tx) => {
    const { count } = await tx.engagement.updateMany({ where: { id: row.id, version: input.version }, data });
    if (count === 0) return false;
    await tx.engagementEvent.create({
      data: { engagementId: row.id, actorId, kind: "STAGE_CHANGED", fromStage: row.stage, toStage: input.to, note: note || null, at: now },
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
    return true;
  });
  if (!applied) throw conflict(await conflictMessage(row.id));
  return { stage: input.to, version: row.version + 1, message: `Moved to ${STAGE_LABELS[input.to]}.` };
}

/** Contact, owner, due date and note; each edit is a DETAILS_CHANGED history entry with the changed fields. */
export async function saveEngagementDetails(actorId: string, row: EngagementForChange, input: UpdateEngagementDetailsInput) {
  if (row.archived) throw forbidden(ARCHIVED_REFUSAL);
  if (row.version !== input.version) throw conflict(await conflictMessage(row.id));
  if (input.ownerId && (await db.membership.count({ where: { programmeId: row.programmeId, userId: input.ownerId } })) === 0) {
    throw invalid("The owner must be a member of this programme. Choose someone from the list.");
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
  if (diff.changed.length === 0) return { version: row.version, message: "Nothing to save: the details are unchanged." };
  const now = new Date();
  const changes = Object.fromEntries(
    diff.changed.map((k) => [
      k,
      { from: (diff.before as Record<string, unknown>)[k] ?? null, to: (diff.after as Record<string, unknown>)[k] ?? null },
    ]),
  );
  const applied = await db.$transaction(async (tx) => {
    const { count } = await tx.engagement.updateMany({
      where: { id: row.id, version: input.version },
      data: { ...next, version: { increment: 1 }, lastActivityAt: now },
    });
    if (count === 0) return false;
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
    return true;
  });
  if (!applied) throw conflict(await conflictMessage(row.id));
  return { version: row.version + 1, message: `Saved the details of the ${SERVICE_LABELS[row.service]} engagement.` };
}

/**
 * "Advice received" after logging advice: from wherever the engagement is up to Advice received,
 * each step by the transition table and with its own history entry, in ONE transaction — all of
 * it or nothing (a parallel change makes the whole move a conflict, never a partial one).
 */
export async function markAdviceReceived(actorId: string, roles: readonly MemberRole[], row: EngagementForChange) {
  if (row.archived) throw forbidden(ARCHIVED_REFUSAL);
  const start = MAIN_STAGES.indexOf(row.stage as (typeof MAIN_STAGES)[number]);
  const end = MAIN_STAGES.indexOf("ADVICE_RECEIVED");
  if (start < 0 || start >= end) throw conflict(`This engagement is "${STAGE_LABELS[row.stage]}" now, so it was not moved.`);
  const steps = MAIN_STAGES.slice(start, end).map((from, i) => ({ from, to: MAIN_STAGES[start + i + 1]! }));
  for (const step of steps) {
    if (!findMove(step.from, null, step.to, roles)) throw forbidden(refusalFor(step.from, null, step.to, roles));
  }
  const now = new Date();
  const applied = await db.$transaction(async (tx) => {
    const { count } = await tx.engagement.updateMany({
      where: { id: row.id, version: row.version },
      data: { stage: "ADVICE_RECEIVED", blockedFromStage: null, stageReason: null, version: { increment: 1 }, lastActivityAt: now },
    });
    if (count === 0) return false;
    await tx.engagementEvent.createMany({
      data: steps.map((step, i) => ({
        engagementId: row.id,
        actorId,
        kind: "STAGE_CHANGED" as const,
        fromStage: step.from,
        toStage: step.to,
        note: step.to === "ADVICE_RECEIVED" ? "Advice logged in the advice log." : null,
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
      after: { stage: "ADVICE_RECEIVED", version: row.version + 1, note: "Advice logged in the advice log." },
    });
    return true;
  });
  if (!applied) throw conflict(await conflictMessage(row.id));
}
