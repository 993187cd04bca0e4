"use server";
import { revalidatePath } from "next/cache";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { ExpectedError, notFound } from "@/lib/errors";
import { findEngagementForChange } from "./data";
import { changeEngagementStage, FieldProblem, saveEngagementDetails } from "./mutations";
import { moveEngagementSchema, updateEngagementDetailsSchema } from "./schema";
import { rolesForEngagement } from "./transitions";

const NOT_YOURS =
  "You can only change engagements of your own institution (task-force members: the services you represent there). Ask that institution's programme-team member or the team leader.";

function revalidateEngagement(programmeId: string, engagementId: string) {
  revalidatePath(`/programmes/${programmeId}/services`);
  revalidatePath(`/programmes/${programmeId}/services/${engagementId}`);
}

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
export const moveEngagement = defineAction(moveEngagementSchema, async (user, input) => {
  const row = await findEngagementForChange(input.engagementId);
  if (!row) throw notFound("This engagement does not exist or you cannot see it.");
  const actor = await authorizeInProgramme(
    user,
    row.programmeId,
    "engagement.move",
    { institutionId: row.institutionId, service: row.service },
    NOT_YOURS,
  );
  try {
    const result = await refreshingOnConflict(row.programmeId, row.id, () =>
      changeEngagementStage(user.id, rolesForEngagement(actor, row), row, input),
    );
    revalidateEngagement(row.programmeId, row.id);
    return { status: "success", message: result.message };
  } catch (error) {
    // Shown at the field it concerns, like the schema's own field errors.
    if (error instanceof FieldProblem)
      return { status: "error", kind: "invalid", message: "Please correct the highlighted fields.", fieldErrors: { [error.field]: [error.message] } };
    throw error;
  }
});

/** Contact person, owner, due date and note of an engagement. */
export const updateEngagementDetails = defineAction(updateEngagementDetailsSchema, async (user, input) => {
  const row = await findEngagementForChange(input.engagementId);
  if (!row) throw notFound("This engagement does not exist or you cannot see it.");
  await authorizeInProgramme(
    user,
    row.programmeId,
    "engagement.edit",
    { institutionId: row.institutionId, service: row.service },
    NOT_YOURS,
  );
  const result = await refreshingOnConflict(row.programmeId, row.id, () => saveEngagementDetails(user.id, row, input));
  revalidateEngagement(row.programmeId, row.id);
  return { status: "success", message: result.message };
});
