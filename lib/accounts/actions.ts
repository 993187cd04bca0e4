"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { defineAdminAction, defineProgrammeAction, definePublicFormAction, defineSignedInAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/state";
import { signIn, signOut } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/auth/password";
import { currentRequestAddress } from "@/lib/auth/request-address";
import { msg, type Message } from "@/lib/i18n/message";
import { getInvitationTarget, getResetLink, getWelcomeLink } from "./data";
import type { TokenProblem } from "./link-state";
import { minutesUntil } from "./limits";
import { acceptInvitation, declineInvitation, resendInvitation, revokeInvitation } from "./mutations/invitations";
import { requestPasswordReset, resetPassword } from "./mutations/password-reset";
import { acceptWelcome, resendAccountInvitation } from "./mutations/welcome";
import { accountInvitationSchema, forgotPasswordSchema, invitationSchema, newPasswordSchema, signOutToLinkSchema } from "./schema";

function throttled(retryAt: Date, key: "passwordReset.forgot.throttled" | "invitations.errors.throttled"): ActionResult {
  return { status: "error", kind: "forbidden", message: msg(key, { minutes: minutesUntil(retryAt) }) };
}

/** A link that stopped working between opening the page and sending the form: said the way its page says it. */
function linkRefused(message: Message): ActionResult {
  return { status: "error", kind: "conflict", message };
}

/** Why a reset link was refused: what its page would say. */
function resetLinkRefused(problem: TokenProblem): ActionResult {
  return linkRefused(msg(`passwordReset.problem.${problem}.body`));
}

/** Why an invitation's link was refused, naming who to ask for a new one when that is known. */
function welcomeLinkRefused(problem: TokenProblem, inviterName: string | null): ActionResult {
  return linkRefused(msg(`invitations.problem.${problem}.body`, { known: inviterName ? "yes" : "no", inviter: inviterName ?? "" }));
}

/**
 * Signs the person in with the password they just chose (a fresh session: every earlier one ended)
 * and opens `destination`; should the sign-in be refused (the account's sign-ins are throttled after
 * someone's guessing), the sign-in page says the password was set.
 */
async function signInWithNewPassword(email: string, password: string, destination: string, fallback: string): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirectTo: destination });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the success redirect
  }
  redirect(fallback);
}

// ——— Password reset ———

/** "Forgot password?": the same answer for every address (throttled per address and per client). */
export const requestPasswordResetAction = definePublicFormAction({
  schema: forgotPasswordSchema,
  handler: async ({ input }) => {
    const outcome = await requestPasswordReset(input.email, await currentRequestAddress());
    if (outcome.outcome === "throttled") return throttled(outcome.retryAt, "passwordReset.forgot.throttled");
    return { status: "success", message: msg("passwordReset.forgot.sent", { email: input.email }) };
  },
});

/** The reset link's form: the new password; every session of the person ends, and this browser signs in afresh. */
export const resetPasswordAction = definePublicFormAction({
  schema: newPasswordSchema,
  handler: async ({ input }) => {
    // The link is checked before the (deliberately slow) hashing, and used up when the password is set.
    const link = await getResetLink(input.token);
    if (link.problem) return resetLinkRefused(link.problem);
    const changed = await resetPassword(input.token, await hashPassword(input.newPassword));
    if (!changed) return resetLinkRefused("used");
    return signInWithNewPassword(changed.email, input.newPassword, "/programmes", "/login?done=password-changed");
  },
});

// ——— Invitations ———

/** The invitation e-mail's link: a first password, and every programme the person was invited to. */
export const acceptWelcomeAction = definePublicFormAction({
  schema: newPasswordSchema,
  handler: async ({ input }) => {
    const link = await getWelcomeLink(input.token);
    if (link.problem) return welcomeLinkRefused(link.problem, link.inviterName);
    const welcome = await acceptWelcome(input.token, await hashPassword(input.newPassword));
    if (!welcome) return welcomeLinkRefused("used", link.inviterName);
    const [only, ...more] = welcome.joined;
    const destination = only && more.length === 0 ? `/programmes/${only.programmeId}` : "/programmes";
    return signInWithNewPassword(welcome.email, input.newPassword, destination, "/login?done=password-set");
  },
});

/**
 * An invitation's link opened while someone else is signed in (a colleague's browser, an admin
 * reading the outbox): sign that person out and open the link afresh.
 */
export const signOutToLinkAction = definePublicFormAction({
  schema: signOutToLinkSchema,
  handler: async ({ input }) => {
    await signOut({ redirectTo: input.link });
  },
});

/** The invitee joins the programme (and is taken there). */
export const acceptInvitationAction = defineSignedInAction({
  schema: invitationSchema,
  handler: async ({ user, input }) => {
    const { programmeId } = await acceptInvitation(user.id, input.invitationId);
    revalidatePath("/invitations", "layout");
    revalidatePath(`/programmes/${programmeId}`, "layout");
    redirect(`/programmes/${programmeId}`);
  },
});

/** The invitee says no (the team leader sees it on People); the invitation's page then says it was declined. */
export const declineInvitationAction = defineSignedInAction({
  schema: invitationSchema,
  handler: async ({ user, input }) => {
    await declineInvitation(user.id, input.invitationId);
    revalidatePath("/invitations", "layout");
    redirect(`/invitations/${input.invitationId}`);
  },
});

/** The invitation row is the target; its programme comes from the row. */
const onInvitation = {
  load: (input: { invitationId: string }) => getInvitationTarget(input.invitationId),
  missing: msg("invitations.errors.gone"),
  permission: "programme.configure",
  refusal: msg("programmes.members.errors.onlyLeader"),
} as const;

export const resendInvitationAction = defineProgrammeAction({
  schema: invitationSchema,
  ...onInvitation,
  handler: async ({ user, input }) => {
    const outcome = await resendInvitation(user, input.invitationId);
    if (outcome.outcome === "throttled") return throttled(outcome.retryAt, "invitations.errors.throttled");
    revalidatePath(`/programmes/${outcome.programmeId}/people`);
    return { status: "success", message: msg("invitations.people.resent", { email: outcome.email }) };
  },
});

export const revokeInvitationAction = defineProgrammeAction({
  schema: invitationSchema,
  ...onInvitation,
  handler: async ({ user, input }) => {
    const { programmeId, name, email } = await revokeInvitation(user, input.invitationId);
    revalidatePath(`/programmes/${programmeId}/people`);
    return { status: "success", message: msg("invitations.people.revoked", { name, email }) };
  },
});

/** Admin → Users → someone without a password: a new seven-day link to choose one. */
export const sendAccountInvitationAction = defineAdminAction({
  schema: accountInvitationSchema,
  handler: async ({ user, input }) => {
    const outcome = await resendAccountInvitation(user.id, input.userId);
    if (outcome.outcome === "throttled") return throttled(outcome.retryAt, "invitations.errors.throttled");
    revalidatePath(`/admin/users/${input.userId}`);
    return { status: "success", message: msg("invitations.admin.sent", { email: outcome.email }) };
  },
});
