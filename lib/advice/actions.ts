"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import type { Service } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import { readAttachments } from "./uploads";
import { deleteAdvice, editAdvice, logAdvice, removeAttachment, restoreAdvice, shareAdvice } from "./mutations";
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
import { findUnreachableMentions } from "@/lib/notifications/reach/data";

/** "&unnotified=<ids>": the people the details @mention who are not members and were not notified (the entry page names them). */
async function unnotifiedQuery(programmeId: string, details: string): Promise<string> {
  const unreachable = await findUnreachableMentions(programmeId, details);
  return unreachable.length ? `&unnotified=${unreachable.map((m) => m.userId).join(",")}` : "";
}

function revalidateAdvice(programmeId: string, adviceId?: string) {
  revalidatePath(`/programmes/${programmeId}/advice`);
  if (adviceId) revalidatePath(`/programmes/${programmeId}/advice/${adviceId}`);
  revalidatePath(`/programmes/${programmeId}/services`, "layout");
}

const MISSING_ENTRY = msg("advice.errors.missingEntry");
const NOT_YOURS = (row: { institutionName: string; service: Service }) =>
  msg("advice.errors.notYours", { service: row.service, institution: row.institutionName });

/** The parts every action on an existing entry shares: its row, and that another institution's draft is invisible. */
const onEntry = {
  load: (input: { adviceId: string }) => findAdviceTarget(input.adviceId),
  missing: MISSING_ENTRY,
  visible: canReadAdvice,
};

export const logAdviceAction = defineProgrammeAction({
  schema: logAdviceSchema,
  load: (input: { engagementId: string }) => findEngagementForAdvice(input.engagementId),
  missing: msg("advice.errors.missingEngagement"),
  permission: "advice.log",
  refusal: NOT_YOURS,
  handler: async ({ user, actor, row, input }) => {
    const uploads = await readAttachments(input.attachments);
    if ("refusal" in uploads) return uploads.refusal;
    const unnotified = await unnotifiedQuery(row.programmeId, input.details);
    const result = await logAdvice(user.id, row, { ...input, attachments: uploads.files }, logsAsTeamLeader(actor, row));
    revalidateAdvice(result.programmeId, result.id);
    redirect(`/programmes/${result.programmeId}/advice/${result.id}?logged=1${unnotified}`);
  },
});

export const editAdviceAction = defineProgrammeAction({
  schema: editAdviceSchema,
  ...onEntry,
  permission: "advice.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, row, input }) => {
    const uploads = await readAttachments(input.attachments);
    if ("refusal" in uploads) return uploads.refusal;
    const unnotified = await unnotifiedQuery(row.programmeId, input.details);
    const result = await editAdvice(user.id, { ...input, attachments: uploads.files });
    revalidateAdvice(result.programmeId, result.id);
    redirect(`/programmes/${result.programmeId}/advice/${result.id}?${result.changed ? `saved=1${unnotified}` : "unchanged=1"}`);
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
    return { status: "success", message: msg("advice.done.shared") };
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
    return { status: "success", message: msg("advice.done.removed") };
  },
});

export const restoreAdviceAction = defineProgrammeAction({
  schema: restoreAdviceSchema,
  ...onEntry,
  permission: "advice.restore",
  refusal: msg("advice.errors.restoreLeaderOnly"),
  handler: async ({ user, input }) => {
    const result = await restoreAdvice(user.id, input);
    revalidateAdvice(result.programmeId, result.id);
    return { status: "success", message: msg("advice.done.restored") };
  },
});

export const removeAttachmentAction = defineProgrammeAction({
  schema: removeAttachmentSchema,
  load: (input: { attachmentId: string }) => findAttachmentTarget(input.attachmentId),
  missing: msg("advice.errors.missingAttachment"),
  visible: canReadAdvice,
  permission: "advice.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, input }) => {
    const result = await removeAttachment(user.id, input);
    revalidateAdvice(result.programmeId, result.id);
    return { status: "success", message: msg("advice.done.attachmentRemoved") };
  },
});
