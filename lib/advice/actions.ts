"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import type { ActionState } from "@/lib/actions/state";
import { SERVICE_LABELS } from "@/lib/domain/services";
import type { Service } from "@/lib/generated/prisma/enums";
import { checkAttachment, checkFileSelection } from "./file-types";
import { deleteAdvice, editAdvice, logAdvice, removeAttachment, restoreAdvice, shareAdvice, type UploadedFile } from "./mutations";
import { canReadAdvice, logsAsTeamLeader } from "./policy";
import {
  deleteAdviceSchema,
  editAdviceSchema,
  logAdviceSchema,
  removeAttachmentSchema,
  restoreAdviceSchema,
  shareAdviceSchema,
} from "./schema";
import { findAdviceTarget, findAttachmentTarget, findEngagementForAdvice } from "./targets";

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

const MISSING_ENTRY = "That advice entry does not exist, or it is another institution's draft.";
const NOT_YOURS = (row: { institutionName: string; service: Service }) =>
  `You can log and edit advice only for your own institution's services (task-force members: only the services they represent). ` +
  `This is the ${SERVICE_LABELS[row.service]} engagement of ${row.institutionName}, so nothing was saved.`;

/** The parts every action on an existing entry shares: its row, and that another institution's draft is invisible. */
const onEntry = {
  load: (input: { adviceId: string }) => findAdviceTarget(input.adviceId),
  missing: MISSING_ENTRY,
  visible: canReadAdvice,
};

export const logAdviceAction = defineProgrammeAction({
  schema: logAdviceSchema,
  load: (input: { engagementId: string }) => findEngagementForAdvice(input.engagementId),
  missing: "That engagement does not exist. Open the Services page and choose it again.",
  permission: "advice.log",
  refusal: NOT_YOURS,
  handler: async ({ user, actor, row, input }) => {
    const uploads = await readAttachments(input.attachments);
    if ("refusal" in uploads) return uploads.refusal;
    const result = await logAdvice(user.id, row, { ...input, attachments: uploads.files }, logsAsTeamLeader(actor, row));
    revalidateAdvice(result.programmeId, result.id);
    redirect(`/programmes/${result.programmeId}/advice/${result.id}?logged=1`);
  },
});

export const editAdviceAction = defineProgrammeAction({
  schema: editAdviceSchema,
  ...onEntry,
  permission: "advice.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, input }) => {
    const uploads = await readAttachments(input.attachments);
    if ("refusal" in uploads) return uploads.refusal;
    const result = await editAdvice(user.id, { ...input, attachments: uploads.files });
    revalidateAdvice(result.programmeId, result.id);
    redirect(`/programmes/${result.programmeId}/advice/${result.id}?${result.changed ? "saved=1" : "unchanged=1"}`);
  },
});

export const shareAdviceAction = defineProgrammeAction({
  schema: shareAdviceSchema,
  ...onEntry,
  permission: "advice.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, row, input }) => {
    const result = await shareAdvice(user.id, input, row.institutionName);
    revalidateAdvice(result.programmeId, result.id);
    revalidatePath(`/programmes/${result.programmeId}/board`, "layout");
    return { status: "success", message: "Shared: everyone in the partnership can now read this advice." };
  },
});

export const deleteAdviceAction = defineProgrammeAction({
  schema: deleteAdviceSchema,
  ...onEntry,
  permission: "advice.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, input }) => {
    const result = await deleteAdvice(user.id, input);
    revalidateAdvice(result.programmeId, result.id);
    return { status: "success", message: "Removed. The entry and its history stay on record; the team leader can restore it." };
  },
});

export const restoreAdviceAction = defineProgrammeAction({
  schema: restoreAdviceSchema,
  ...onEntry,
  permission: "advice.restore",
  refusal: "Only the team leader can restore removed advice.",
  handler: async ({ user, input }) => {
    const result = await restoreAdvice(user.id, input);
    revalidateAdvice(result.programmeId, result.id);
    return { status: "success", message: "Restored: the entry is back in the advice log." };
  },
});

export const removeAttachmentAction = defineProgrammeAction({
  schema: removeAttachmentSchema,
  load: (input: { attachmentId: string }) => findAttachmentTarget(input.attachmentId),
  missing: "That attachment does not exist or was already removed.",
  visible: canReadAdvice,
  permission: "advice.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, input }) => {
    const result = await removeAttachment(user.id, input);
    revalidateAdvice(result.programmeId, result.id);
    return { status: "success", message: "Attachment removed." };
  },
});
