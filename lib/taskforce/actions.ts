"use server";
import { revalidatePath } from "next/cache";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { notFound } from "@/lib/errors";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { getRepresentationTarget } from "./data";
import { addRepresentative, removeRepresentative } from "./mutations";
import { addRepresentativeSchema, removeRepresentativeSchema } from "./schema";

const REFUSAL = "Only the team leader can change who sits on the task force.";

export const addRepresentativeAction = defineAction(addRepresentativeSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, REFUSAL);
  await addRepresentative(user.id, input);
  revalidatePath(`/programmes/${input.programmeId}`, "layout");
  return { status: "success", message: `Seat filled for ${SERVICE_LABELS[input.service]}.` };
});

export const removeRepresentativeAction = defineAction(removeRepresentativeSchema, async (user, input) => {
  const seat = await getRepresentationTarget(input.representationId);
  if (!seat) throw notFound("That seat was already freed.");
  await authorizeInProgramme(user, seat.membership.programmeId, "programme.configure", {}, REFUSAL);
  const result = await removeRepresentative(user.id, input.representationId);
  revalidatePath(`/programmes/${result.programmeId}`, "layout");
  return { status: "success", message: result.membershipRemoved ? "Seat freed; they no longer sit on the task force." : "Seat freed." };
});
