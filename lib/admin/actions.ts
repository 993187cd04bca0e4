"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAdminAction } from "@/lib/actions/define";
import type { ActionState } from "@/lib/actions/state";
import { conflict } from "@/lib/errors";
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

const FIELD_LABELS: Record<string, string> = {
  name: "name",
  shortName: "short name",
  country: "country",
  city: "city",
  erasmusCode: "Erasmus code",
  schacCode: "SCHAC code",
  email: "email",
  institutionId: "home institution",
  isPlatformAdmin: "platform-admin flag",
  isProgrammeCreator: "programme-creator flag",
  programmeStarters: "who may start programmes",
};

function savedMessage(changed: string[]): ActionState {
  if (changed.length === 0) return { status: "success", message: "Nothing to save: the values are unchanged." };
  return { status: "success", message: `Saved (${changed.map((f) => FIELD_LABELS[f] ?? f).join(", ")}).` };
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
    const { id } = await createUser(user.id, input);
    revalidatePath("/admin", "layout");
    redirect(`/admin/users/${id}?created=1`);
  },
});

export const updateUserAction = defineAdminAction({
  schema: updateUserSchema,
  handler: async ({ user, input }) => {
    const { changed } = await updateUser(user.id, input);
    revalidatePath("/admin", "layout");
    return savedMessage(changed);
  },
});

export const resetUserPasswordAction = defineAdminAction({
  schema: resetPasswordSchema,
  handler: async ({ user, input: { userId, password } }) => {
    await resetUserPassword(user.id, userId, password);
    return {
      status: "success",
      message:
        userId === user.id
          ? "Your password was changed."
          : "Password reset. The person was signed out everywhere; give them the new password through a channel you trust.",
    };
  },
});

export const deactivateUserAction = defineAdminAction({
  schema: deactivateUserSchema,
  handler: async ({ user, input: { userId, reason } }) => {
    await deactivateUser(user.id, userId, reason);
    revalidatePath("/admin", "layout");
    return { status: "success", message: "Account deactivated. The person can no longer sign in." };
  },
});

export const reactivateUserAction = defineAdminAction({
  schema: reactivateUserSchema,
  handler: async ({ user, input: { userId } }) => {
    await reactivateUser(user.id, userId);
    revalidatePath("/admin", "layout");
    return { status: "success", message: "Account reactivated. The person can sign in again with their password." };
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
        message: "That person no longer exists.",
        fieldErrors: { leaderId: ["Choose another team leader."] },
      };
    if (leader.deactivatedAt) throw conflict(`${leader.name}'s account is deactivated. Reactivate it first or choose another team leader.`);
    if (!leader.institutionId) {
      const message = `${leader.name} has no home institution, and the team leader's institution leads the programme. Set one on their user page first.`;
      return { status: "error", kind: "invalid", message, fieldErrors: { leaderId: [message] } };
    }
    const programme = await createProgramme(user.id, leader.id, { ...input, leadInstitutionId: leader.institutionId });
    revalidatePath("/admin", "layout");
    redirect(`/programmes/${programme.id}/people`);
  },
});
