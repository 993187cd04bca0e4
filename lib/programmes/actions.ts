"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction, defineProgrammeStartAction } from "@/lib/actions/define";
import { ExpectedError, invalid } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { getSay, requestFormattingLocale, requestLocale } from "@/lib/i18n/server";
import { minutesUntil } from "@/lib/accounts/limits";
import { inviteByEmail } from "@/lib/accounts/mutations/invitations";
import { mayCreateAccountAt, startingLocale } from "@/lib/accounts/new-accounts";
import { addPartner, archivePartner, createProgramme, restorePartner, updateProgrammeDetails, updateProgrammeSettings } from "./mutations";
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

const ONLY_LEADER = msg("programmes.errors.onlyLeader");

/** Every set-up action: the programme itself is the target; the team leader (or a platform admin) configures it. */
const configuring = {
  load: (input: { programmeId: string }) => findProgrammeTarget(input.programmeId),
  missing: msg("programmes.errors.programmeMissing"),
  permission: "programme.configure",
  refusal: ONLY_LEADER,
} as const;

/** Names changed details ("title and phase") in the reader's language. */
async function detailFieldNamer() {
  const [say, locale] = await Promise.all([getSay(), requestFormattingLocale()]);
  return (fields: readonly string[]) => nameDetailFields(fields, say, locale);
}

function revalidateProgramme(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}`, "layout");
}

/** Who may start a programme is a platform setting; the starter becomes its team leader. Platform admins may lead from any institution. */
export const createProgrammeAction = defineProgrammeStartAction({
  schema: createProgrammeSchema,
  handler: async ({ user, input }) => {
    if (!user.isPlatformAdmin && input.leadInstitutionId !== user.institutionId) {
      throw invalid(msg("programmes.errors.leadOwnInstitution"));
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
    return { status: "success", message: msg("programmes.partnerAdded") };
  },
});

export const archivePartnerAction = defineProgrammeAction({
  schema: partnerChangeSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await archivePartner(user.id, input.programmeId, input.institutionId);
    revalidateProgramme(input.programmeId);
    return { status: "success", message: msg("programmes.partnerRemoved") };
  },
});

export const restorePartnerAction = defineProgrammeAction({
  schema: partnerChangeSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await restorePartner(user.id, input.programmeId, input.institutionId);
    revalidateProgramme(input.programmeId);
    return { status: "success", message: msg("programmes.partnerRestored") };
  },
});

export const updateProgrammeSettingsAction = defineProgrammeAction({
  schema: programmeSettingsSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    await updateProgrammeSettings(user.id, input.programmeId, { staleAfterDays: input.staleAfterDays });
    revalidateProgramme(input.programmeId);
    return { status: "success", message: msg("programmes.staleAfterSaved", { days: input.staleAfterDays }) };
  },
});

export const updateProgrammeDetailsAction = defineProgrammeAction({
  schema: programmeDetailsSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    const nameFields = await detailFieldNamer();
    const { changed } = await updateProgrammeDetails(user.id, input, nameFields).catch((error: unknown) => {
      // The form must show what the other editor saved (and their version), or every retry conflicts again.
      if (error instanceof ExpectedError && error.kind === "conflict") revalidateProgramme(input.programmeId);
      throw error;
    });
    if (changed.length === 0) return { status: "success", message: msg("programmes.detailsUnchanged") };
    revalidateProgramme(input.programmeId);
    return { status: "success", message: msg("programmes.detailsSaved", { fields: nameFields(changed) }) };
  },
});

/**
 * Adding a person makes an invitation: they join when they accept it (lib/accounts). The same words
 * whether or not the address has an account: adding people is no way to find out.
 */
export const addMemberAction = defineProgrammeAction({
  schema: addMemberSchema,
  ...configuring,
  handler: async ({ user, input }) => {
    const result = await inviteByEmail(user, input, startingLocale(await requestLocale()));
    if (result.outcome === "throttled") {
      return {
        status: "error",
        kind: "forbidden",
        message: msg("invitations.errors.throttled", { minutes: minutesUntil(result.retryAt) }),
      };
    }
    if (result.outcome === "invited") revalidateProgramme(input.programmeId);
    if (mayCreateAccountAt(user, input.institutionId)) {
      return { status: "success", message: msg("invitations.sent", { email: input.email, role: input.role }) };
    }
    const institution = await institutionName(input.institutionId);
    return {
      status: "success",
      message: msg("invitations.sentIfAccount", {
        email: input.email,
        role: input.role,
        known: institution === null ? "no" : "yes",
        institution: institution ?? "",
      }),
    };
  },
});
