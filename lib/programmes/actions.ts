"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction, defineProgrammeStartAction } from "@/lib/actions/define";
import { ExpectedError, invalid } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/domain/labels";
import {
  addMemberByEmail,
  mayCreateAccountAt,
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
import { findProgrammeTarget, institutionName } from "./data";

const ONLY_LEADER = "Only the programme's team leader can change its set-up.";

/** Every set-up action: the programme itself is the target; the team leader (or a platform admin) configures it. */
const configuring = {
  load: (input: { programmeId: string }) => findProgrammeTarget(input.programmeId),
  missing: "This programme does not exist or you cannot see it.",
  permission: "programme.configure",
  refusal: ONLY_LEADER,
} as const;

function revalidateProgramme(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}`, "layout");
}

/** Who may start a programme is a platform setting; the starter becomes its team leader. Platform admins may lead from any institution. */
export const createProgrammeAction = defineProgrammeStartAction({
  schema: createProgrammeSchema,
  handler: async ({ user, input }) => {
    if (!user.isPlatformAdmin && input.leadInstitutionId !== user.institutionId) {
      throw invalid(
        "You can only start a programme led by your own institution. Ask a platform administrator to set up one led by another institution.",
      );
    }
    const programme = await createProgramme(user.id, user.id, input);
    revalidatePath("/programmes");
    redirect(`/programmes/${programme.id}/settings?created=1`);
  },
});

export const addPartnerAction = defineProgrammeAction({
  schema: addPartnerSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await addPartner(user.id, input.programmeId, input.institutionId);
    revalidateProgramme(input.programmeId);
    return { status: "success", message: "Partner added with its six services, all “Not contacted”." };
  },
});

export const archivePartnerAction = defineProgrammeAction({
  schema: partnerChangeSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await archivePartner(user.id, input.programmeId, input.institutionId);
    revalidateProgramme(input.programmeId);
    return {
      status: "success",
      message: "Partner removed. Its engagements and their history are kept read-only; you can restore it below.",
    };
  },
});

export const restorePartnerAction = defineProgrammeAction({
  schema: partnerChangeSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await restorePartner(user.id, input.programmeId, input.institutionId);
    revalidateProgramme(input.programmeId);
    return { status: "success", message: "Partner restored: its engagements are back on the tracker." };
  },
});

export const updateProgrammeSettingsAction = defineProgrammeAction({
  schema: programmeSettingsSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await updateProgrammeSettings(user.id, input.programmeId, { staleAfterDays: input.staleAfterDays });
    revalidateProgramme(input.programmeId);
    return { status: "success", message: `Saved: engagements without activity for ${input.staleAfterDays} days are flagged.` };
  },
});

export const updateProgrammeDetailsAction = defineProgrammeAction({
  schema: programmeDetailsSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    const { changed } = await updateProgrammeDetails(user.id, input).catch((error: unknown) => {
      // The form must show what the other editor saved (and their version), or every retry conflicts again.
      if (error instanceof ExpectedError && error.kind === "conflict") revalidateProgramme(input.programmeId);
      throw error;
    });
    if (changed.length === 0) return { status: "success", message: "Nothing to save: the details are unchanged." };
    revalidateProgramme(input.programmeId);
    return { status: "success", message: `Saved the ${nameDetailFields(changed)}.` };
  },
});

export const addMemberAction = defineProgrammeAction({
  schema: addMemberSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    const { added } = await addMemberByEmail(user, input);
    if (added) revalidateProgramme(input.programmeId);
    const role = ROLE_LABELS[input.role].toLowerCase();
    // The same words whether or not the address has an account: adding people is no way to find out.
    if (mayCreateAccountAt(user, input.institutionId)) {
      return {
        status: "success",
        message: `${input.email} is now ${role} in this programme. A new account needs its password set by a platform admin before it can sign in.`,
      };
    }
    const institution = await institutionName(input.institutionId);
    return {
      status: "success",
      message:
        `If ${input.email} has a Consort account, they are now ${role} in this programme. If not, nothing was added: ` +
        `accounts at ${institution} are created by a platform admin — ask one, then add them again.`,
    };
  },
});
