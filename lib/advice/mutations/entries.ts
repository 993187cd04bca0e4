import "server-only";
import { db } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import { checkAttachments, storeAttachments, type UploadedFile } from "./attachments";
import { dateOf, lockEntry, refuseIfRemoved, TX_OPTIONS, writeRevision, type AdviceText } from "./entry-rows";
import { raiseFollowUpIssue } from "./follow-up";
import { parseMentions } from "@/lib/notifications/mentions";
import { notify } from "@/lib/notifications/mutations";

type EditAdviceData = AdviceText & { adviceId: string; version: number; attachments: readonly UploadedFile[] };

/** Edits an entry; the earlier state is kept as a revision (advice is evidence). */
export async function editAdvice(actorId: string, input: EditAdviceData) {
  const files = checkAttachments(input.attachments);
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, input.adviceId, input.version);
    refuseIfRemoved(entry);
    const next = {
      givenOn: dateOf(input.givenOn),
      givenByName: input.givenByName,
      givenByRole: input.givenByRole,
      summary: input.summary,
      details: input.details,
      kind: input.kind,
    };
    const diff = changedFields(entry as unknown as Record<string, unknown>, next);
    if (diff.changed.length === 0 && files.length === 0) return { id: entry.id, programmeId: entry.programmeId, changed: false };
    if (diff.changed.length > 0) {
      await writeRevision(tx, entry, actorId, "EDITED");
      await tx.adviceEntry.update({ where: { id: entry.id }, data: { ...next, version: { increment: 1 } } });
    }
    // Only people the edit newly @mentions are told (the revision written above keeps the text before it).
    const before = new Set(parseMentions(entry.details).map((m) => m.userId));
    if (parseMentions(next.details).some((m) => !before.has(m.userId)))
      await notify(tx, { type: "adviceEdited", adviceId: entry.id, revision: entry.version + 1, actorId });
    await storeAttachments(tx, entry.id, actorId, files);
    await writeAudit(tx, {
      actorId,
      programmeId: entry.programmeId,
      action: "editAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: diff.before,
      after: { ...(diff.after as object), ...(files.length ? { attachmentsAdded: files.map((f) => f.fileName) } : {}) },
    });
    return { id: entry.id, programmeId: entry.programmeId, changed: true };
  }, TX_OPTIONS);
}

/** Shares an institution draft with the whole partnership, and raises its follow-up issue if it asked for one. */
export async function shareAdvice(actorId: string, input: { adviceId: string; version: number }, institutionName: string) {
  // The follow-up issue it may raise is written in the sharer's language (read before the transaction holds a connection).
  const say = await getSay();
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, input.adviceId, input.version);
    refuseIfRemoved(entry);
    if (entry.visibility === "SHARED") throw conflict(msg("advice.errors.alreadyShared"));
    await writeRevision(tx, entry, actorId, "SHARED");
    await tx.adviceEntry.update({ where: { id: entry.id }, data: { visibility: "SHARED", version: { increment: 1 } } });
    const raised = await tx.boardIssue.count({ where: { adviceId: entry.id, labels: { has: "follow-up" } } });
    if (entry.followUpNeeded && raised === 0) await raiseFollowUpIssue(tx, say, actorId, entry, institutionName);
    await writeAudit(tx, {
      actorId,
      programmeId: entry.programmeId,
      action: "shareAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: { visibility: entry.visibility },
      after: { visibility: "SHARED" },
    });
    await notify(tx, { type: "adviceShared", adviceId: entry.id, actorId });
    return { id: entry.id, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}

/** Removes an entry (soft delete, with a reason): it stays in the history and the team leader can restore it. */
export async function deleteAdvice(actorId: string, input: { adviceId: string; version: number; reason: string }) {
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, input.adviceId, input.version);
    refuseIfRemoved(entry);
    await writeRevision(tx, entry, actorId, "DELETED", input.reason);
    await tx.adviceEntry.update({
      where: { id: entry.id },
      data: { deletedAt: new Date(), deletedById: actorId, deleteReason: input.reason, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: entry.programmeId,
      action: "deleteAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      after: { reason: input.reason },
    });
    return { id: entry.id, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}

/** Brings a removed entry back (team leader only). */
export async function restoreAdvice(actorId: string, input: { adviceId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, input.adviceId, input.version);
    if (!entry.deletedAt) throw conflict(msg("advice.errors.notRemoved"));
    await writeRevision(tx, entry, actorId, "RESTORED");
    await tx.adviceEntry.update({
      where: { id: entry.id },
      data: { deletedAt: null, deletedById: null, deleteReason: null, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: entry.programmeId,
      action: "restoreAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: { deletedAt: entry.deletedAt?.toISOString() ?? null },
    });
    return { id: entry.id, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}
