"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { definePublicAction, defineSignedInAction } from "@/lib/actions/define";
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

const THROTTLED_MESSAGE = `Too many failed sign-ins. Wait ${THROTTLE_WINDOW_MINUTES} minutes and try again, or ask your platform admin to reset your password.`;

export const signInWithPassword = definePublicAction(async function signInWithPassword(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  // A server action can be called with any arguments, not only from our form.
  if (!(formData instanceof FormData)) return { error: "Enter your email and password." };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
  const email = textOf(formData.get("email"));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter your email and password.", email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: afterSignInPath(textOf(formData.get("next"))) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") return { error: THROTTLED_MESSAGE, email };
    if (error instanceof AuthError) return { error: "Wrong email or password. Check both and try again.", email };
    throw error; // the success redirect
  }
});

/** Ends this browser's session (Auth.js's signOut event revokes its row, see auth.ts). */
export const signOutHere = definePublicAction(async function signOutHere() {
  await signOut({ redirectTo: "/login" });
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
      const message = "That is not your current password. Type it again (it is the one you signed in with).";
      return {
        status: "error",
        kind: "invalid",
        message: "Please correct the highlighted fields.",
        fieldErrors: { currentPassword: [message] },
      };
    }
    // Hashing is slow on purpose: outside the transaction.
    const newHash = await hashPassword(input.newPassword);
    const changed = await changeOwnPassword(user.id, { provenHash: proof.hash, newHash, keepSessionId: await currentSessionId() });
    if (!changed) {
      return {
        status: "error",
        kind: "conflict",
        message: "Your password was changed in another window just now. Reload the page and sign in again if asked.",
      };
    }
    return { status: "success", message: "Password changed. You are still signed in here; every other browser has been signed out." };
  },
});
