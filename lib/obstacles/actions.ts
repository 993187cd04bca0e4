"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import { invalidFields } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { findLinkableAdvice, findLinkableIssue, findObstacleTarget, findRaiseTarget } from "./data";
import { editObstacle, moveObstacle, raiseObstacle } from "./mutations";
import { editObstacleSchema, moveObstacleSchema, raiseObstacleSchema } from "./schema";

const MISSING = msg("obstacles.errors.missing");
const NOT_YOURS = msg("obstacles.errors.notYours");

function revalidateObstacles(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}/obstacles`, "layout");
  revalidatePath(`/programmes/${programmeId}/plan`, "layout");
}

export const raiseObstacleAction = defineProgrammeAction({
  schema: raiseObstacleSchema,
  load: (input) => findRaiseTarget(input.programmeId, input.institutionId),
  missing: msg("obstacles.errors.institutionNotPartner"),
  permission: "obstacle.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, actor, row, input }) => {
    if (input.raisedFromAdviceId && !(await findLinkableAdvice(actor, row.programmeId, input.raisedFromAdviceId)))
      throw invalidFields({ raisedFromAdviceId: msg("obstacles.errors.adviceGone") });
    if (input.raisedFromIssueId && !(await findLinkableIssue(row.programmeId, input.raisedFromIssueId)))
      throw invalidFields({ raisedFromIssueId: msg("obstacles.errors.issueGone") });
    const { number } = await raiseObstacle(user.id, input);
    revalidateObstacles(row.programmeId);
    if (input.raisedFromAdviceId) revalidatePath(`/programmes/${row.programmeId}/advice/${input.raisedFromAdviceId}`);
    redirect(`/programmes/${row.programmeId}/obstacles/${number}?raised=1`);
  },
});

export const editObstacleAction = defineProgrammeAction({
  schema: editObstacleSchema,
  load: (input) => findObstacleTarget(input.obstacleId),
  missing: MISSING,
  permission: "obstacle.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, row, input }) => {
    const { number, changed } = await editObstacle(user.id, input);
    revalidateObstacles(row.programmeId);
    redirect(`/programmes/${row.programmeId}/obstacles/${number}?${changed ? "saved=1" : "unchanged=1"}`);
  },
});

export const moveObstacleAction = defineProgrammeAction({
  schema: moveObstacleSchema,
  load: (input) => findObstacleTarget(input.obstacleId),
  missing: MISSING,
  permission: "obstacle.edit",
  refusal: NOT_YOURS,
  handler: async ({ user, actor, row, input }) => {
    if (input.evidenceAdviceId && !(await findLinkableAdvice(actor, row.programmeId, input.evidenceAdviceId)))
      throw invalidFields({ evidenceAdviceId: msg("obstacles.errors.adviceGone") });
    await moveObstacle(user.id, input);
    revalidateObstacles(row.programmeId);
    return { status: "success", message: msg("obstacles.done.moved", { stage: input.toStage }) };
  },
});
