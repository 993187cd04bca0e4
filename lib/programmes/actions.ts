"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { ExpectedError, invalid } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/domain/labels";
import {
  addMemberByEmail,
  addPartner,
  archivePartner,
  createProgramme,
  restorePartner,
  updateProgrammeDetails,
  updateProgrammeSettings,
} from "./mutations";
import {
  addMemberSchema,
  addPartnerSchema,
  createProgrammeSchema,
  nameDetailFields,
  partnerChangeSchema,
  programmeDetailsSchema,
  programmeSettingsSchema,
} from "./schema";

const ONLY_LEADER = "Only the programme's team leader can change its set-up.";

function revalidateProgramme(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}`, "layout");
}

/** Anyone signed in may start a programme; they become its team leader. Platform admins may lead from any institution. */
export const createProgrammeAction = defineAction(createProgrammeSchema, async (user, input) => {
  if (!user.isPlatformAdmin && input.leadInstitutionId !== user.institutionId) {
    throw invalid(
      "You can only start a programme led by your own institution. Ask a platform administrator to set up one led by another institution.",
    );
  }
  const programme = await createProgramme(user.id, user.id, input);
  revalidatePath("/programmes");
  redirect(`/programmes/${programme.id}/settings?created=1`);
});

export const addPartnerAction = defineAction(addPartnerSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, ONLY_LEADER);
  await addPartner(user.id, input.programmeId, input.institutionId);
  revalidateProgramme(input.programmeId);
  return { status: "success", message: "Partner added with its six services, all “Not contacted”." };
});

export const archivePartnerAction = defineAction(partnerChangeSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, ONLY_LEADER);
  await archivePartner(user.id, input.programmeId, input.institutionId);
  revalidateProgramme(input.programmeId);
  return { status: "success", message: "Partner removed. Its engagements and their history are kept read-only; you can restore it below." };
});

export const restorePartnerAction = defineAction(partnerChangeSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, ONLY_LEADER);
  await restorePartner(user.id, input.programmeId, input.institutionId);
  revalidateProgramme(input.programmeId);
  return { status: "success", message: "Partner restored: its engagements are back on the tracker." };
});

export const updateProgrammeSettingsAction = defineAction(programmeSettingsSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, ONLY_LEADER);
  await updateProgrammeSettings(user.id, input.programmeId, { staleAfterDays: input.staleAfterDays });
  revalidateProgramme(input.programmeId);
  return { status: "success", message: `Saved: engagements without activity for ${input.staleAfterDays} days are flagged.` };
});

export const updateProgrammeDetailsAction = defineAction(programmeDetailsSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, ONLY_LEADER);
  const { changed } = await updateProgrammeDetails(user.id, input).catch((error: unknown) => {
    // The form must show what the other editor saved (and their version), or every retry conflicts again.
    if (error instanceof ExpectedError && error.kind === "conflict") revalidateProgramme(input.programmeId);
    throw error;
  });
  if (changed.length === 0) return { status: "success", message: "Nothing to save: the details are unchanged." };
  revalidateProgramme(input.programmeId);
  return { status: "success", message: `Saved the ${nameDetailFields(changed)}.` };
});

export const addMemberAction = defineAction(addMemberSchema, async (user, input) => {
  await authorizeInProgramme(user, input.programmeId, "programme.configure", {}, ONLY_LEADER);
  const { user: member, created } = await addMemberByEmail(user.id, { ...input, name: input.name || undefined });
  revalidateProgramme(input.programmeId);
  return {
    status: "success",
    message: `${member.name} is now ${ROLE_LABELS[input.role].toLowerCase()} in this programme.${created ? " A new account was created for them; they need a password set before they can sign in." : ""}`,
  };
});
