"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { notFound } from "@/lib/errors";
import { findEngagementForChange } from "@/lib/engagements/data";
import { changeEngagementStage } from "@/lib/engagements/mutations";
import { MAIN_STAGES, rolesForEngagement, STAGE_LABELS } from "@/lib/engagements/transitions";
import { MAX_ATTACHMENT_BYTES } from "./file-types";
import { deleteAdvice, editAdvice, logAdvice, removeAttachment, restoreAdvice, shareAdvice, type UploadedFile } from "./mutations";
import {
  deleteAdviceSchema,
  editAdviceSchema,
  logAdviceSchema,
  removeAttachmentSchema,
  restoreAdviceSchema,
  shareAdviceSchema,
} from "./schema";

/** The uploaded files as bytes for the mutation, which checks size and type before storing anything. */
async function readFiles(files: readonly File[]): Promise<UploadedFile[]> {
  return Promise.all(
    files.map(async (file) =>
      // Past the limit the content does not matter: refuse on size without buffering more than needed.
      file.size > MAX_ATTACHMENT_BYTES
        ? { name: file.name, bytes: new Uint8Array(file.size) }
        : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
    ),
  );
}

function revalidateAdvice(programmeId: string, adviceId?: string) {
  revalidatePath(`/programmes/${programmeId}/advice`);
  if (adviceId) revalidatePath(`/programmes/${programmeId}/advice/${adviceId}`);
  revalidatePath(`/programmes/${programmeId}/services`, "layout");
}

export const logAdviceAction = defineAction(logAdviceSchema, async (user, input) => {
  const result = await logAdvice(user, { ...input, attachments: await readFiles(input.attachments) });
  revalidateAdvice(result.programmeId, result.id);
  redirect(`/programmes/${result.programmeId}/advice/${result.id}?logged=1`);
});

export const editAdviceAction = defineAction(editAdviceSchema, async (user, input) => {
  const result = await editAdvice(user, { ...input, attachments: await readFiles(input.attachments) });
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
