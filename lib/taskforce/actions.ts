"use server";
import { revalidatePath } from "next/cache";
import { defineProgrammeAction } from "@/lib/actions/define";
import { findProgrammeTarget } from "@/lib/programmes/data";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import { getRepresentationTarget } from "./data";
import { addRepresentative, removeRepresentative } from "./mutations";
import { addRepresentativeSchema, removeRepresentativeSchema } from "./schema";

const REFUSAL = msg("programmes.taskForce.errors.onlyLeader");

export const addRepresentativeAction = defineProgrammeAction({
  schema: addRepresentativeSchema,
  load: (input) => findProgrammeTarget(input.programmeId),
  missing: msg("programmes.errors.programmeMissing"),
  permission: "programme.configure",
  refusal: REFUSAL,
  handler: async ({ user, input }) => {
    await addRepresentative(user.id, input);
    const say = await getSay();
    revalidatePath(`/programmes/${input.programmeId}`, "layout");
    return { status: "success", message: msg("programmes.taskForce.seatFilled", { service: say(msg(`domain.service.${input.service}`)) }) };
  },
});

export const removeRepresentativeAction = defineProgrammeAction({
  schema: removeRepresentativeSchema,
  load: (input) => getRepresentationTarget(input.representationId),
  missing: msg("programmes.taskForce.errors.seatAlreadyFreed"),
  permission: "programme.configure",
  refusal: REFUSAL,
  handler: async ({ user, input }) => {
    const result = await removeRepresentative(user.id, input.representationId);
    revalidatePath(`/programmes/${result.programmeId}`, "layout");
    return {
      status: "success",
      message: msg(result.membershipRemoved ? "programmes.taskForce.seatFreedLeft" : "programmes.taskForce.seatFreed"),
    };
  },
});
