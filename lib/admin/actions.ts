"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, type ActionState } from "@/lib/actions/action";
import { conflict } from "@/lib/errors";
import { createProgramme } from "@/lib/programmes/mutations";
import { findLeaderCandidate } from "./data";
import {
  createInstitution,
  createUser,
  deactivateUser,
  FieldConflict,
  reactivateUser,
  resetUserPassword,
  updateInstitution,
  updateUser,
} from "./mutations";
import { assertPlatformAdmin } from "./policy";
import {
  adminCreateProgrammeSchema,
  createUserSchema,
  deactivateUserSchema,
  institutionSchema,
  reactivateUserSchema,
  resetPasswordSchema,
  updateInstitutionSchema,
  updateUserSchema,
} from "./schema";

/** A clash on a unique field becomes an error beside that field, not only at the top of the form. */
async function withFieldErrors(work: () => Promise<ActionState | void>): Promise<ActionState | void> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FieldConflict) {
      const fieldErrors = Object.fromEntries(Object.entries(error.fields).map(([field, message]) => [field, [message]]));
      const count = Object.keys(fieldErrors).length;
      return {
        status: "error",
        kind: "conflict",
        message: count > 1 ? `${count} values are already taken; see the highlighted fields.` : error.message,
        fieldErrors,
      };
    }
    throw error;
  }
}

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
};

function savedMessage(changed: string[]): ActionState {
  if (changed.length === 0) return { status: "success", message: "Nothing to save: the values are unchanged." };
  return { status: "success", message: `Saved (${changed.map((f) => FIELD_LABELS[f] ?? f).join(", ")}).` };
}

export const createInstitutionAction = defineAction(institutionSchema, async (user, input) => {
  assertPlatformAdmin(user);
  let id = "";
  const failure = await withFieldErrors(async () => {
    id = (await createInstitution(user.id, input)).id;
  });
  if (failure) return failure;
  revalidatePath("/admin", "layout");
  redirect(`/admin/institutions/${id}?created=1`);
});

export const updateInstitutionAction = defineAction(updateInstitutionSchema, async (user, { institutionId, ...input }) => {
  assertPlatformAdmin(user);
  return withFieldErrors(async () => {
    const { changed } = await updateInstitution(user.id, institutionId, input);
    revalidatePath("/admin", "layout");
    return savedMessage(changed);
  });
});

export const createUserAction = defineAction(createUserSchema, async (user, input) => {
  assertPlatformAdmin(user);
  let id = "";
  const failure = await withFieldErrors(async () => {
    id = (await createUser(user.id, input)).id;
  });
  if (failure) return failure;
  revalidatePath("/admin", "layout");
  redirect(`/admin/users/${id}?created=1`);
});

export const updateUserAction = defineAction(updateUserSchema, async (user, input) => {
  assertPlatformAdmin(user);
  return withFieldErrors(async () => {
    const { changed } = await updateUser(user.id, input);
    revalidatePath("/admin", "layout");
    return savedMessage(changed);
  });
});

export const resetUserPasswordAction = defineAction(resetPasswordSchema, async (user, { userId, password }) => {
  assertPlatformAdmin(user);
  await resetUserPassword(user.id, userId, password);
  return {
    status: "success",
    message:
      userId === user.id
        ? "Your password was changed."
        : "Password reset. The person was signed out everywhere; give them the new password through a channel you trust.",
  };
});

export const deactivateUserAction = defineAction(deactivateUserSchema, async (user, { userId, reason }) => {
  assertPlatformAdmin(user);
  await deactivateUser(user.id, userId, reason);
  revalidatePath("/admin", "layout");
  return { status: "success", message: "Account deactivated. The person can no longer sign in." };
});

export const reactivateUserAction = defineAction(reactivateUserSchema, async (user, { userId }) => {
  assertPlatformAdmin(user);
  await reactivateUser(user.id, userId);
  revalidatePath("/admin", "layout");
  return { status: "success", message: "Account reactivated. The person can sign in again with their password." };
});

export const createProgrammeAsAdminAction = defineAction(adminCreateProgrammeSchema, async (user, { leaderId, ...input }) => {
  assertPlatformAdmin(user);
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
});
