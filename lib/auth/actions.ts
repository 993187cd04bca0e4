"use server";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { definePublicAction, defineSignedInAction } from "@/lib/actions/define";
import { msg, readZodMessage } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import { absoluteUrl } from "@/lib/mail/config";
import { ssoSignOutFor } from "@/lib/sso/data";
import { handoffPath } from "@/lib/sso/handoff";
import { signIn, signOut } from "./auth";
import { checkCurrentPassword } from "./password-change";
import { changeOwnPassword, revokeSessions } from "./mutations";
import { changePasswordSchema } from "./password-change-schema";
import { hashPassword } from "./password";
import { afterSignInPath } from "./redirect";
import { currentRequestAddress } from "./request-address";
import { currentSessionId, currentUser } from "./session";
import { signInSchema } from "./sign-in-schema";
import { THROTTLE_WINDOW_MINUTES } from "./throttle";

export type SignInState = { error?: string; email?: string };

const THROTTLED_MESSAGE = msg("auth.errors.throttled", { minutes: THROTTLE_WINDOW_MINUTES });

export const signInWithPassword = definePublicAction(async function signInWithPassword(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  // Not through the action helper (Auth.js answers with its own shape), so it says its words itself.
  const say = await getSay();
  // A server action can be called with any arguments, not only from our form.
  if (!(formData instanceof FormData)) return { error: say(msg("auth.errors.enterEmailAndPassword")) };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
  const email = textOf(formData.get("email"));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: say(issue ? readZodMessage(issue.message) : msg("auth.errors.enterEmailAndPassword")), email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: afterSignInPath(textOf(formData.get("next"))) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") return { error: say(THROTTLED_MESSAGE), email };
    if (error instanceof CredentialsSignin && error.code === "ssoRequired") return { error: say(msg("auth.sso.required")), email };
    if (error instanceof AuthError) return { error: say(msg("auth.errors.wrongCredentials")), email };
    throw error; // the success redirect
  }
});

/**
 * Ends this browser's session (Auth.js's signOut event revokes its row, see auth.ts). A session that
 * began at an identity provider goes on to the provider's logout when it offers one; otherwise the
 * sign-in page says that the university's own session may still be open.
 */
export const signOutHere = definePublicAction(async function signOutHere() {
  const sessionId = await currentSessionId();
  const sso = sessionId ? await ssoSignOutFor(sessionId, absoluteUrl("/login")) : null;
  await signOut({ redirect: false });
  if (sso?.endSession) redirect(handoffPath(sso.endSession));
  redirect(sso ? "/login?done=signed-out-sso" : "/login");
});

/** Public because signing out must work whatever state the session is in; it revokes only the signed-in person's own sessions. */
export const signOutEverywhere = definePublicAction(async function signOutEverywhere() {
  const user = await currentUser();
  if (user) await revokeSessions(user.id);
  await signOut({ redirectTo: "/login" });
});

/** Your account → Password: proves the current password, sets the new one, ends your other sessions. */
export const changePasswordAction = defineSignedInAction({
  schema: changePasswordSchema,
  handler: async ({ user, input }) => {
    const proof = await checkCurrentPassword(user.id, input.currentPassword, await currentRequestAddress());
    if (proof.outcome === "throttled") return { status: "error", kind: "forbidden", message: THROTTLED_MESSAGE };
    if (proof.outcome === "wrong") {
      return {
        status: "error",
        kind: "invalid",
        message: msg("errors.correctFields"),
        fieldErrors: { currentPassword: [msg("auth.passwordChange.errors.wrongCurrent")] },
      };
    }
    // Hashing is slow on purpose: outside the transaction.
    const newHash = await hashPassword(input.newPassword);
    const changed = await changeOwnPassword(user.id, { provenHash: proof.hash, newHash, keepSessionId: await currentSessionId() });
    if (!changed) {
      return { status: "error", kind: "conflict", message: msg("auth.passwordChange.changedElsewhere") };
    }
    return { status: "success", message: msg("auth.passwordChange.changed") };
  },
});
