"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import { readAttachments } from "@/lib/advice/uploads";
import { ExpectedError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { findProgrammeTarget } from "@/lib/programmes/data";
import { findDecisionTarget, findSignOffTarget } from "./data";
import { proposeDecision, reviseDecision, signOffDecision, withdrawDecision } from "./mutations";
import { proposeDecisionSchema, reviseDecisionSchema, signOffSchema, withdrawDecisionSchema } from "./schema";

const MISSING = msg("decisions.errors.missing");

function revalidateDecisions(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}/decisions`, "layout");
  revalidatePath(`/programmes/${programmeId}/plan`, "layout");
}

export const proposeDecisionAction = defineProgrammeAction({
  schema: proposeDecisionSchema,
  load: (input) => findProgrammeTarget(input.programmeId),
  missing: msg("decisions.errors.missingProgramme"),
  permission: "decision.propose",
  refusal: msg("decisions.errors.proposeRefused"),
  handler: async ({ user, row, input }) => {
    const uploads = await readAttachments(input.attachments);
    if ("refusal" in uploads) return uploads.refusal;
    const decision = await proposeDecision(user.id, row.programmeId, { ...input, attachments: uploads.files });
    revalidateDecisions(row.programmeId);
    redirect(`/programmes/${row.programmeId}/decisions/${decision.number}?proposed=1`);
  },
});

export const reviseDecisionAction = defineProgrammeAction({
  schema: reviseDecisionSchema,
  load: (input) => findDecisionTarget(input.decisionId),
  missing: MISSING,
  permission: "decision.revise",
  refusal: msg("decisions.errors.reviseRefused"),
  handler: async ({ user, row, input }) => {
    const uploads = await readAttachments(input.attachments);
    if ("refusal" in uploads) return uploads.refusal;
    const result = await reviseDecision(user.id, { ...input, attachments: uploads.files });
    revalidateDecisions(row.programmeId);
    redirect(`/programmes/${row.programmeId}/decisions/${result.number}?revised=${result.version}`);
  },
});

export const signOffDecisionAction = defineProgrammeAction({
  schema: signOffSchema,
  load: (input) => findSignOffTarget(input.decisionId, input.institutionId),
  missing: MISSING,
  permission: "decision.signOff",
  refusal: msg("decisions.errors.signOffRefused"),
  handler: async ({ user, row, input }) => {
    try {
      await signOffDecision(user.id, row, input);
    } catch (error) {
      // A new version (or a withdrawal) got there first: the page must show it, not the one answered.
      if (error instanceof ExpectedError && error.kind === "conflict") revalidateDecisions(row.programmeId);
      throw error;
    }
    revalidateDecisions(row.programmeId);
    return { status: "success", message: msg(`decisions.answered.${input.answer}`) };
  },
});

export const withdrawDecisionAction = defineProgrammeAction({
  schema: withdrawDecisionSchema,
  load: (input) => findDecisionTarget(input.decisionId),
  missing: MISSING,
  permission: "decision.revise",
  refusal: msg("decisions.errors.withdrawRefused"),
  handler: async ({ user, row, input }) => {
    await withdrawDecision(user.id, input);
    revalidateDecisions(row.programmeId);
    return { status: "success", message: msg("decisions.done.withdrawn") };
  },
});
