import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import type { AdviceKind, Service } from "@/lib/generated/prisma/enums";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { createIssueInTx } from "@/lib/board/mutations";
import { checkAttachment, checkFileSelection, type CheckedFile } from "./file-types";
import type { EngagementForAdvice } from "./targets";

// Every write here runs after its action authorized the person on the target row (lib/advice/actions.ts).
// Inside one transaction it locks the row, re-checks its state and version, and writes the change
// with its revision snapshot and audit row. Nothing here asks the pool for a second connection.

export type UploadedFile = { name: string; bytes: Uint8Array };

type AdviceText = { givenOn: string; givenByName: string; givenByRole: string; summary: string; details: string; kind: AdviceKind };

const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** All files are checked before anything is stored: one bad file refuses the whole submission. */
function checkAttachments(files: readonly UploadedFile[]): CheckedFile[] {
  const selectionProblem = checkFileSelection(files.map((f) => ({ name: f.name, size: f.bytes.length })));
  if (selectionProblem) throw invalid(`${selectionProblem} Nothing was saved.`);
  return files.map((f) => {
    const checked = checkAttachment(f.name, f.bytes);
    if (!checked.ok) throw invalid(`${checked.message} Nothing was saved.`);
    return checked.file;
  });
}

async function storeAttachments(tx: Tx, adviceId: string, uploadedById: string, files: readonly CheckedFile[]) {
  for (const file of files) {
    await tx.attachment.create({
      data: {
        adviceId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: file.size,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: new Uint8Array(file.bytes),
        uploadedById,
      },
    });
  }
}

export type LogAdviceData = AdviceText & {
  engagementId: string;
  share: boolean;
  followUpNeeded: boolean;
  followUpNote: string;
  attachments: readonly UploadedFile[];
};

/**
 * The board issue that follows advice up. Raised when the advice is visible to the partnership:
 * at logging time for shared advice, when it is shared for a draft (a draft's words stay inside
 * its institution until then).
 */
function raiseFollowUpIssue(
  tx: Tx,
  actorId: string,
  entry: {
    id: string;
    programmeId: string;
    engagementId: string;
    institutionId: string;
    service: Service;
    summary: string;
    followUpNote: string | null;
  },
  institutionName: string,
) {
  const note = entry.followUpNote ?? "";
  return createIssueInTx(tx, {
    programmeId: entry.programmeId,
    authorId: actorId,
    title: (note.split("\n")[0] || `Follow up the ${SERVICE_LABELS[entry.service]} advice`).slice(0, 200).padEnd(3, "."),
    description: `Follow-up of the ${SERVICE_LABELS[entry.service]} advice from ${institutionName}: "${entry.summary}".\n\n${note}`,
    services: [entry.service],
    institutionId: entry.institutionId,
    priority: "NORMAL",
    dueDate: null,
    labels: ["follow-up"],
    escalation: null,
    engagementId: entry.engagementId,
    adviceId: entry.id,
  });
}

/** Logs advice on an engagement; the first entry on an engagement is reported so the UI can offer "Advice received". */
export async function logAdvice(actorId: string, engagement: EngagementForAdvice, input: LogAdviceData, asTeamLeader: boolean) {
  const files = checkAttachments(input.attachments);
  return db.$transaction(async (tx) => {
    // The partner's row, locked: a removal of the institution in parallel waits for this or wins before it.
    const [partner] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
      SELECT p."archivedAt" FROM "ProgrammePartner" p
      JOIN "Engagement" e ON e."programmeId" = p."programmeId" AND e."institutionId" = p."institutionId"
      WHERE e."id" = ${engagement.id} FOR SHARE OF p`;
    if (!partner) throw notFound("That engagement does not exist. Open the Services page and choose it again.");
    if (partner.archivedAt)
      throw conflict(`${engagement.institutionName} has been removed from this programme; its engagements take no new advice.`);
    const earlier = await tx.adviceEntry.count({ where: { engagementId: engagement.id, deletedAt: null } });
    const entry = await tx.adviceEntry.create({
      data: {
        programmeId: engagement.programmeId,
        engagementId: engagement.id,
        institutionId: engagement.institutionId,
        service: engagement.service,
        givenOn: dateOf(input.givenOn),
        givenByName: input.givenByName,
        givenByRole: input.givenByRole,
        summary: input.summary,
        details: input.details,
        kind: input.kind,
        visibility: input.share ? "SHARED" : "INSTITUTION_DRAFT",
        followUpNeeded: input.followUpNeeded,
        followUpNote: input.followUpNeeded ? input.followUpNote : null,
        authorId: actorId,
        loggedAsTeamLeader: asTeamLeader,
      },
      select: {
        id: true,
        programmeId: true,
        engagementId: true,
        institutionId: true,
        service: true,
        summary: true,
        followUpNote: true,
        visibility: true,
      },
    });
    await storeAttachments(tx, entry.id, actorId, files);
    const followUpIssue =
      input.followUpNeeded && entry.visibility === "SHARED"
        ? await raiseFollowUpIssue(tx, actorId, entry, engagement.institutionName)
        : null;
    await tx.engagement.update({ where: { id: engagement.id }, data: { lastActivityAt: new Date() } });
    await writeAudit(tx, {
      actorId,
      programmeId: engagement.programmeId,
      action: "logAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      after: {
        engagementId: engagement.id,
        institutionId: engagement.institutionId,
        service: engagement.service,
        summary: input.summary,
        kind: input.kind,
        visibility: entry.visibility,
        loggedAsTeamLeader: asTeamLeader,
        attachments: files.map((f) => f.fileName),
        followUpIssue: followUpIssue?.number ?? null,
      },
    });
    return { id: entry.id, programmeId: entry.programmeId, engagementId: engagement.id, firstOnEngagement: earlier === 0, followUpIssue };
  }, TX_OPTIONS);
}

const snapshotFields = {
  id: true,
  programmeId: true,
  institutionId: true,
  service: true,
  givenOn: true,
  givenByName: true,
  givenByRole: true,
  summary: true,
  details: true,
  kind: true,
  visibility: true,
  version: true,
  deletedAt: true,
  engagementId: true,
  followUpNeeded: true,
  followUpNote: true,
} as const;

/**
 * The entry, locked for this transaction, if it is still at the version the person saw. Its
 * action has authorized the person on it already (lib/advice/actions.ts).
 */
async function lockEntry(tx: Tx, adviceId: string, version: number) {
  await tx.$queryRaw`SELECT 1 FROM "AdviceEntry" WHERE "id" = ${adviceId} FOR UPDATE`;
  const entry = await tx.adviceEntry.findUnique({ where: { id: adviceId }, select: snapshotFields });
  if (!entry) throw notFound("That advice entry does not exist.");
  if (entry.version !== version)
    throw conflict(
      "Someone else changed this advice entry while you had it open. Reload the page to see their version, then make your change again.",
    );
  return entry;
}
type EntrySnapshot = Awaited<ReturnType<typeof lockEntry>>;

/** Removed entries are read-only until the team leader restores them. */
function refuseIfRemoved(entry: EntrySnapshot) {
  if (entry.deletedAt) throw forbidden("This entry has been removed, so it cannot be changed. Ask the team leader to restore it first.");
}

async function writeRevision(
  tx: Tx,
  entry: EntrySnapshot,
  editedById: string,
  action: "EDITED" | "SHARED" | "DELETED" | "RESTORED",
  reason?: string,
) {
  await tx.adviceRevision.create({
    data: {
      adviceId: entry.id,
      revision: entry.version + 1,
      givenOn: entry.givenOn,
      givenByName: entry.givenByName,
      givenByRole: entry.givenByRole,
      summary: entry.summary,
      details: entry.details,
      kind: entry.kind,
      visibility: entry.visibility,
      action,
      reason: reason ?? null,
      editedById,
    },
  });
}

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
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, input.adviceId, input.version);
    refuseIfRemoved(entry);
    if (entry.visibility === "SHARED") throw conflict("This entry is already shared with the partnership.");
    await writeRevision(tx, entry, actorId, "SHARED");
    await tx.adviceEntry.update({ where: { id: entry.id }, data: { visibility: "SHARED", version: { increment: 1 } } });
    const raised = await tx.boardIssue.count({ where: { adviceId: entry.id, labels: { has: "follow-up" } } });
    if (entry.followUpNeeded && raised === 0) await raiseFollowUpIssue(tx, actorId, entry, institutionName);
    await writeAudit(tx, {
      actorId,
      programmeId: entry.programmeId,
      action: "shareAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: { visibility: entry.visibility },
      after: { visibility: "SHARED" },
    });
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
    if (!entry.deletedAt) throw conflict("This entry has not been removed, so there is nothing to restore.");
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

/** Takes an attachment off an entry (kept in the database, hidden; the audit trail says who and when). Parallel removals: one wins. */
export async function removeAttachment(actorId: string, input: { attachmentId: string }) {
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findUnique({
      where: { id: input.attachmentId },
      select: { id: true, fileName: true, adviceId: true },
    });
    if (!attachment) throw notFound("That attachment does not exist or was already removed.");
    // The entry, locked: a removal of the whole entry in parallel waits for this or wins before it.
    await tx.$queryRaw`SELECT 1 FROM "AdviceEntry" WHERE "id" = ${attachment.adviceId} FOR UPDATE`;
    const entry = await tx.adviceEntry.findUniqueOrThrow({ where: { id: attachment.adviceId }, select: snapshotFields });
    refuseIfRemoved(entry);
    const { count } = await tx.attachment.updateMany({ where: { id: attachment.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw conflict("That attachment was removed a moment ago, by you in another window or by someone else.");
    await writeAudit(tx, {
      actorId,
      programmeId: entry.programmeId,
      action: "removeAttachment",
      entityType: "Attachment",
      entityId: attachment.id,
      before: { fileName: attachment.fileName, adviceId: attachment.adviceId },
    });
    return { id: attachment.adviceId, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}
