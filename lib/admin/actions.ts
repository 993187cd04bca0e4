"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAdminAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/state";
import { conflict } from "@/lib/errors";
import { msg, type MessageKey } from "@/lib/i18n/message";
import { getSay, requestLocale } from "@/lib/i18n/server";
import { startingLocale } from "@/lib/accounts/new-accounts";
import { createProgramme } from "@/lib/programmes/mutations";
import { findLeaderCandidate } from "./data";
import {
  createInstitution,
  createUser,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  updateInstitution,
  updatePlatformSettings,
  updateUser,
} from "./mutations";
import {
  adminCreateProgrammeSchema,
  createUserSchema,
  deactivateUserSchema,
  institutionSchema,
  platformSettingsSchema,
  reactivateUserSchema,
  resetPasswordSchema,
  updateInstitutionSchema,
  updateUserSchema,
} from "./schema";

const FIELD_LABELS: Record<string, MessageKey> = {
  name: "admin.fieldLabel.name",
  shortName: "admin.fieldLabel.shortName",
  country: "admin.fieldLabel.country",
  city: "admin.fieldLabel.city",
  erasmusCode: "admin.fieldLabel.erasmusCode",
  schacCode: "admin.fieldLabel.schacCode",
  email: "admin.fieldLabel.email",
  institutionId: "admin.fieldLabel.institutionId",
  isPlatformAdmin: "admin.fieldLabel.isPlatformAdmin",
  isProgrammeCreator: "admin.fieldLabel.isProgrammeCreator",
  programmeStarters: "admin.fieldLabel.programmeStarters",
};

// A person's name is not an institution's name in every language (Polish: "imię i nazwisko", "nazwa").
const USER_FIELD_LABELS: Record<string, MessageKey> = { ...FIELD_LABELS, name: "admin.fieldLabel.personName" };

async function savedMessage(changed: string[], labels: Record<string, MessageKey> = FIELD_LABELS): Promise<ActionResult> {
  if (changed.length === 0) return { status: "success", message: msg("admin.saved.nothing") };
  // The field names go inside the sentence, so they are said here, in the reader's language.
  const say = await getSay();
  const fields = changed.map((f) => {
    const label = labels[f];
    return label ? say(msg(label)) : f;
  });
  return { status: "success", message: msg("admin.saved.fields", { fields: fields.join(", ") }) };
}

export const createInstitutionAction = defineAdminAction({
  schema: institutionSchema,
  handler: async ({ user, input }) => {
    const { id } = await createInstitution(user.id, input);
    revalidatePath("/admin", "layout");
    redirect(`/admin/institutions/${id}?created=1`);
  },
});

export const updateInstitutionAction = defineAdminAction({
  schema: updateInstitutionSchema,
  handler: async ({ user, input: { institutionId, ...input } }) => {
    const { changed } = await updateInstitution(user.id, institutionId, input);
    revalidatePath("/admin", "layout");
    return savedMessage(changed);
  },
});

export const createUserAction = defineAdminAction({
  schema: createUserSchema,
  handler: async ({ user, input }) => {
    const { id, invited } = await createUser(user.id, input, startingLocale(await requestLocale()));
    revalidatePath("/admin", "layout");
    redirect(`/admin/users/${id}?created=${invited ? "invited" : "1"}`);
  },
});

export const updateUserAction = defineAdminAction({
  schema: updateUserSchema,
  handler: async ({ user, input }) => {
    const { changed } = await updateUser(user.id, input);
    revalidatePath("/admin", "layout");
    return savedMessage(changed, USER_FIELD_LABELS);
  },
});

export const resetUserPasswordAction = defineAdminAction({
  schema: resetPasswordSchema,
  handler: async ({ user, input: { userId, password } }) => {
    await resetUserPassword(user.id, userId, password);
    return {
      status: "success",
      message: userId === user.id ? msg("admin.done.ownPasswordChanged") : msg("admin.done.passwordReset"),
    };
  },
});

export const deactivateUserAction = defineAdminAction({
  schema: deactivateUserSchema,
  handler: async ({ user, input: { userId, reason } }) => {
    await deactivateUser(user.id, userId, reason);
    revalidatePath("/admin", "layout");
    return { status: "success", message: msg("admin.done.deactivated") };
  },
});

export const reactivateUserAction = defineAdminAction({
  schema: reactivateUserSchema,
  handler: async ({ user, input: { userId } }) => {
    await reactivateUser(user.id, userId);
    revalidatePath("/admin", "layout");
    return { status: "success", message: msg("admin.done.reactivated") };
  },
});

export const updatePlatformSettingsAction = defineAdminAction({
  schema: platformSettingsSchema,
  handler: async ({ user, input }) => {
    const { changed } = await updatePlatformSettings(user.id, input);
    revalidatePath("/", "layout");
    return savedMessage(changed);
  },
});

export const createProgrammeAsAdminAction = defineAdminAction({
  schema: adminCreateProgrammeSchema,
  handler: async ({ user, input: { leaderId, ...input } }) => {
    const leader = await findLeaderCandidate(leaderId);
    if (!leader)
      return {
        status: "error",
        kind: "not_found",
        message: msg("admin.errors.leaderGone"),
        fieldErrors: { leaderId: [msg("admin.errors.chooseAnotherLeader")] },
      };
    if (leader.deactivatedAt) throw conflict(msg("admin.errors.leaderDeactivated", { name: leader.name }));
    if (!leader.institutionId) {
      const message = msg("admin.errors.leaderWithoutInstitution", { name: leader.name });
      return { status: "error", kind: "invalid", message, fieldErrors: { leaderId: [message] } };
    }
    const programme = await createProgramme(user.id, leader.id, { ...input, leadInstitutionId: leader.institutionId });
    revalidatePath("/admin", "layout");
    redirect(`/programmes/${programme.id}/people`);
  },
});
