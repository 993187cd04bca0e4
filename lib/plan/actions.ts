"use server";
import { revalidatePath } from "next/cache";
import { defineProgrammeAction } from "@/lib/actions/define";
import { msg } from "@/lib/i18n/message";
import { findPlanStepTarget } from "./data";
import { updatePlanStep } from "./mutations";
import { updatePlanStepSchema } from "./schema";

export const updatePlanStepAction = defineProgrammeAction({
  schema: updatePlanStepSchema,
  load: (input) => findPlanStepTarget(input.stepId),
  missing: msg("plan.errors.missing"),
  permission: "plan.edit",
  refusal: msg("plan.errors.leaderOnly"),
  handler: async ({ user, input }) => {
    const result = await updatePlanStep(user.id, input);
    revalidatePath(`/programmes/${result.programmeId}/plan`, "layout");
    return { status: "success", message: result.changed ? msg("plan.done.saved") : msg("plan.done.unchanged") };
  },
});
