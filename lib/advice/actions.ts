"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizeInProgramme, defineAction, type ActionState } from "@/lib/actions/action";
import { notFound } from "@/lib/errors";
import { findEngagementForChange } from "@/lib/engagements/data";
import { changeEngagementStage } from "@/lib/engagements/mutations";
import { MAIN_STAGES, rolesForEngagement, STAGE_LABELS } from "@/lib/engagements/transitions";
import { checkAttachment, checkFileSelection } from "./file-types";
import { deleteAdvice, editAdvice, logAdvice, removeAttachment, restoreAdvice, shareAdvice, type UploadedFile } from "./mutations";
import {
  deleteAdviceSchema,
  editAdviceSchema,
  logAdviceSchema,
  removeAttachmentSchema,
  restoreAdviceSchema,
  shareAdviceSchema,
} from "./schema";

/** A refused attachment: the message goes under the file field, where the person chooses files again. */
const attachmentRefusal = (message: string): ActionState => ({
  status: "error",
  kind: "invalid",
  message: "Nothing was saved: one of the attachments cannot be accepted (see Attachments).",
  fieldErrors: { attachments: [message] },
});

/**
 * The uploaded files as bytes for the mutation (which checks them again before storing). Count and
 * sizes are checked before any file is read, then each file's content.
 */
async function readAttachments(files: readonly File[]): Promise<{ files: UploadedFile[] } | { refusal: ActionState }> {
  const selectionProblem = checkFileSelection(files);
  if (selectionProblem) return { refusal: attachmentRefusal(selectionProblem) };
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  for (const file of read) {
    const checked = checkAttachment(file.name, file.bytes);
    if (!checked.ok) return { refusal: attachmentRefusal(checked.message) };
  }
  return { files: read };
}

function revalidateAdvice(programmeId: string, adviceId?: string) {
  revalidatePath(`/programmes/${programmeId}/advice`);
  if (adviceId) revalidatePath(`/programmes/${programmeId}/advice/${adviceId}`);
  revalidatePath(`/programmes/${programmeId}/services`, "layout");
}

export const logAdviceAction = defineAction(logAdviceSchema, async (user, input) => {
  const uploads = await readAttachments(input.attachments);
  if ("refusal" in uploads) return uploads.refusal;
  const result = await logAdvice(user, { ...input, attachments: uploads.files });
  revalidateAdvice(result.programmeId, result.id);
  redirect(`/programmes/${result.programmeId}/advice/${result.id}?logged=1`);
});

export const editAdviceAction = defineAction(editAdviceSchema, async (user, input) => {
  const uploads = await readAttachments(input.attachments);
  if ("refusal" in uploads) return uploads.refusal;
  const result = await editAdvice(user, { ...input, attachments: uploads.files });
  revalidateAdvice(result.programmeId, result.id);
  redirect(`/programmes/${result.programmeId}/advice/${result.id}?${result.changed ? "saved=1" : "unchanged=1"}`);
});

export const shareAdviceAction = defineAction(shareAdviceSchema, async (user, input) => {
  const result = await shareAdvice(user, input);
  revalidateAdvice(result.programmeId, result.id);
  return { status: "success", message: "Shared: everyone in the partnership can now read this advice." };
});

export const deleteAdviceAction = defineAction(deleteAdviceSchema, async (user, input) => {
  const result = await deleteAdvice(user, input);
  revalidateAdvice(result.programmeId, result.id);
  return { status: "success", message: "Removed. The entry and its history stay on record; the team leader can restore it." };
});

export const restoreAdviceAction = defineAction(restoreAdviceSchema, async (user, input) => {
  const result = await restoreAdvice(user, input);
  revalidateAdvice(result.programmeId, result.id);
  return { status: "success", message: "Restored: the entry is back in the advice log." };
});

export const removeAttachmentAction = defineAction(removeAttachmentSchema, async (user, input) => {
  const result = await removeAttachment(user, input);
  revalidateAdvice(result.programmeId, result.id);
  return { status: "success", message: "Attachment removed." };
});

/**
 * "Advice received" after logging advice: the engagement moves forward one stage at a time (the
 * engagements' own rules and history), from wherever it is up to "Advice received".
 */
export const markAdviceReceivedAction = defineAction(z.object({ engagementId: z.string().trim().min(1).max(64) }), async (user, input) => {
  let row = await findEngagementForChange(input.engagementId);
  if (!row) throw notFound("This engagement does not exist or you cannot see it.");
  const actor = await authorizeInProgramme(
    user,
    row.programmeId,
    "engagement.move",
    { institutionId: row.institutionId, service: row.service },
    "You can only move engagements of your own institution (task-force members: the services you represent there).",
  );
  const target = MAIN_STAGES.indexOf("ADVICE_RECEIVED");
  const start = MAIN_STAGES.indexOf(row.stage as (typeof MAIN_STAGES)[number]);
  if (start < 0 || start >= target)
    return { status: "error", kind: "conflict", message: `This engagement is "${STAGE_LABELS[row.stage]}" now, so it was not moved.` };
  for (const to of MAIN_STAGES.slice(start + 1, target + 1)) {
    await changeEngagementStage(user.id, rolesForEngagement(actor, row), row, {
      engagementId: row.id,
      to,
      version: row.version,
      note: to === "ADVICE_RECEIVED" ? "Advice logged in the advice log." : "",
    });
    row = (await findEngagementForChange(row.id))!;
  }
  revalidateAdvice(row.programmeId);
  revalidatePath(`/programmes/${row.programmeId}/services/${row.id}`);
  return { status: "success", message: "Moved to “Advice received”." };
});
