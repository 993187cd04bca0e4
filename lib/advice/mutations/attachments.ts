import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { conflict, invalid, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { checkAttachment, checkFileSelection, type CheckedFile } from "../file-types";
import { refuseIfRemoved, snapshotFields, TX_OPTIONS } from "./entry-rows";

export type UploadedFile = { name: string; bytes: Uint8Array };

/** All files are checked before anything is stored: one bad file refuses the whole submission. */
export function checkAttachments(files: readonly UploadedFile[]): CheckedFile[] {
  const selectionProblem = checkFileSelection(
    files.map((f) => ({ name: f.name, size: f.bytes.length })),
    "nothingSaved",
  );
  if (selectionProblem) throw invalid(selectionProblem);
  return files.map((f) => {
    const checked = checkAttachment(f.name, f.bytes, "nothingSaved");
    if (!checked.ok) throw invalid(checked.message);
    return checked.file;
  });
}

/** The columns a stored file has, wherever it is attached (advice entries, decisions). */
export function storedFileColumns(file: CheckedFile, uploadedById: string) {
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    size: file.size,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    content: new Uint8Array(file.bytes),
    uploadedById,
  };
}

export async function storeAttachments(tx: Tx, adviceId: string, uploadedById: string, files: readonly CheckedFile[]) {
  for (const file of files) await tx.attachment.create({ data: { adviceId, ...storedFileColumns(file, uploadedById) } });
}

/** Takes an attachment off an entry (kept in the database, hidden; the audit trail says who and when). Parallel removals: one wins. */
export async function removeAttachment(actorId: string, input: { attachmentId: string }) {
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findUnique({
      where: { id: input.attachmentId },
      select: { id: true, fileName: true, adviceId: true },
    });
    if (!attachment) throw notFound(msg("advice.errors.missingAttachment"));
    // The entry, locked: a removal of the whole entry in parallel waits for this or wins before it.
    await tx.$queryRaw`SELECT 1 FROM "AdviceEntry" WHERE "id" = ${attachment.adviceId} FOR UPDATE`;
    const entry = await tx.adviceEntry.findUniqueOrThrow({ where: { id: attachment.adviceId }, select: snapshotFields });
    refuseIfRemoved(entry);
    const { count } = await tx.attachment.updateMany({ where: { id: attachment.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw conflict(msg("advice.errors.attachmentRemovedMeanwhile"));
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
