"use server";
import { revalidatePath } from "next/cache";
import { defineProgrammeAction } from "@/lib/actions/define";
import type { ProgrammeAction } from "@/lib/auth/permissions";
import { ExpectedError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { findEngagementForChange } from "./data";
import { changeEngagementStage, markAdviceReceived, saveEngagementDetails } from "./mutations";
import { markAdviceReceivedSchema, moveEngagementSchema, updateEngagementDetailsSchema } from "./schema";
import { rolesForEngagement } from "./transitions";

const MISSING = msg("engagements.errors.missing");
const NOT_YOURS = msg("engagements.errors.notYours");

function revalidateEngagement(programmeId: string, engagementId: string) {
  revalidatePath(`/programmes/${programmeId}/services`, "layout");
  revalidatePath(`/programmes/${programmeId}/services/${engagementId}`);
  revalidatePath(`/programmes/${programmeId}/advice`, "layout");
}

/** The parts every action on one engagement shares: its row (programme, institution, service) and who may. */
const onEngagement = (permission: ProgrammeAction) => ({
  load: (input: { engagementId: string }) => findEngagementForChange(input.engagementId),
  missing: MISSING,
  permission,
  refusal: NOT_YOURS,
});

/** After a lost race the page must show the winner's state (and version), not the stale one. */
async function refreshingOnConflict<T>(programmeId: string, engagementId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExpectedError && error.kind === "conflict") revalidateEngagement(programmeId, engagementId);
    throw error;
  }
}

/** Moves an engagement to another stage (the table in transitions.ts says which moves exist and for whom). */
export const moveEngagement = defineProgrammeAction({
  schema: moveEngagementSchema,
  ...onEngagement("engagement.move"),
  handler: async ({ user, actor, row, input }) => {
    const result = await refreshingOnConflict(row.programmeId, row.id, () =>
      changeEngagementStage(user.id, rolesForEngagement(actor, row), row, input),
    );
    revalidateEngagement(row.programmeId, row.id);
    return { status: "success", message: result.message };
  },
});

/** Contact person, owner, due date and note of an engagement. */
export const updateEngagementDetails = defineProgrammeAction({
  schema: updateEngagementDetailsSchema,
  ...onEngagement("engagement.edit"),
  handler: async ({ user, row, input }) => {
    const result = await refreshingOnConflict(row.programmeId, row.id, () => saveEngagementDetails(user.id, row, input));
    revalidateEngagement(row.programmeId, row.id);
    return { status: "success", message: result.message };
  },
});

/** Offered after advice is logged: the engagement moves up to "Advice received" (see markAdviceReceived). */
export const markAdviceReceivedAction = defineProgrammeAction({
  schema: markAdviceReceivedSchema,
  ...onEngagement("engagement.move"),
  handler: async ({ user, actor, row }) => {
    await refreshingOnConflict(row.programmeId, row.id, () => markAdviceReceived(user.id, rolesForEngagement(actor, row), row));
    revalidateEngagement(row.programmeId, row.id);
    return { status: "success", message: msg("engagements.moved.adviceReceived") };
  },
});
