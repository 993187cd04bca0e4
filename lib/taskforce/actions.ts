"use server";
import { revalidatePath } from "next/cache";
import { defineProgrammeAction } from "@/lib/actions/define";
import { findProgrammeTarget } from "@/lib/programmes/data";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { getRepresentationTarget } from "./data";
import { addRepresentative, removeRepresentative } from "./mutations";
import { addRepresentativeSchema, removeRepresentativeSchema } from "./schema";

const REFUSAL = "Only the team leader can change who sits on the task force.";

export const addRepresentativeAction = defineProgrammeAction({
  schema: addRepresentativeSchema,
  load: (input) => findProgrammeTarget(input.programmeId),
  missing: "This programme does not exist or you cannot see it.",
  permission: "programme.configure",
  refusal: REFUSAL,
  handler: async ({ user, input }) => {
    await addRepresentative(user.id, input);
    revalidatePath(`/programmes/${input.programmeId}`, "layout");
    return { status: "success", message: `Seat filled for ${SERVICE_LABELS[input.service]}.` };
  },
});

export const removeRepresentativeAction = defineProgrammeAction({
  schema: removeRepresentativeSchema,
  load: (input) => getRepresentationTarget(input.representationId),
  missing: "That seat was already freed.",
  permission: "programme.configure",
  refusal: REFUSAL,
  handler: async ({ user, input }) => {
    const result = await removeRepresentative(user.id, input.representationId);
    revalidatePath(`/programmes/${result.programmeId}`, "layout");
    return { status: "success", message: result.membershipRemoved ? "Seat freed; they no longer sit on the task force." : "Seat freed." };
  },
});
