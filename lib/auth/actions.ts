"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "./auth";
import { currentUser } from "./session";
import { revokeSessions } from "./mutations";
import { signInSchema } from "./sign-in-schema";
import { THROTTLE_WINDOW_MINUTES } from "./throttle";

export type SignInState = { error?: string; email?: string };

export async function signInWithPassword(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // A server action can be called with any arguments, not only from our form.
  if (!(formData instanceof FormData)) return { error: "Enter your email and password." };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");
  const email = textOf(formData.get("email"));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter your email and password.", email };
  const next = textOf(formData.get("next"));
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next.startsWith("/") && !next.startsWith("//") ? next : "/programmes" });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      return {
        error: `Too many failed sign-ins. Wait ${THROTTLE_WINDOW_MINUTES} minutes and try again, or ask your platform admin to reset your password.`,
        email,
      };
    }
    if (error instanceof AuthError) return { error: "Wrong email or password. Check both and try again.", email };
    throw error; // the success redirect
  }
}

export async function signOutHere() {
  await signOut({ redirectTo: "/login" });
}

export async function signOutEverywhere() {
  const user = await currentUser();
  if (user) await revokeSessions(user.id);
  await signOut({ redirectTo: "/login" });
}
