"use server";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { definePublicAction, defineSignedInAction } from "@/lib/actions/define";
import { fieldWithUnstorableCharacter, formDataToObject, zodFieldErrors } from "@/lib/actions/input";
import type { ActionInput, ActionState } from "@/lib/actions/state";
import { invalidFields } from "@/lib/errors";
import { LOCALE_COOKIE, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { msg, type Message } from "@/lib/i18n/message";
import { getSay, isOfferedLocale } from "@/lib/i18n/server";
import { isHttpsRequest } from "@/lib/security/headers";
import { setLocale, setTimeZone } from "./mutations";
import { languageSettingSchema, signInLanguageSchema, timeZoneSettingSchema } from "./schema";

/** "Your account" → Time zone. Anyone signed in, for themselves only (the target is the session user). */
export const updateTimeZoneAction = defineSignedInAction({
  schema: timeZoneSettingSchema,
  handler: async ({ user, input: { timeZone } }) => {
    const { changed } = await setTimeZone(user.id, timeZone);
    // Every page shows times: drop every cached render, not only this page's.
    revalidatePath("/", "layout");
    const message = timeZone
      ? msg(changed ? "account.timeZone.saved" : "account.timeZone.unchanged", { zone: timeZone })
      : msg(changed ? "account.timeZone.savedBrowser" : "account.timeZone.unchangedBrowser");
    return { status: "success", message };
  },
});

const UNKNOWN_LANGUAGE = msg("account.language.errors.unknown");
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language cookie: what the sign-in page (and every page after signing out) is shown in. Only
 * the server reads it; `secure` when the browser reached us over HTTPS (a proxy may terminate TLS).
 */
async function rememberLocale(locale: Locale) {
  const request = await headers();
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: isHttpsRequest(request.get("origin") ?? "", request.get("x-forwarded-proto")),
    maxAge: ONE_YEAR_SECONDS,
  });
}

/**
 * The language switch in the header: stored on the person (every browser they sign in from follows
 * it) and in the cookie (the sign-in page after they sign out). Every page's words change: every
 * cached render goes. The action helper says the message after the choice is stored, so it comes in
 * the new language; the switch announces the change with its own words in any case
 * (components/layout/language-switch.tsx).
 */
export const updateLanguageAction = defineSignedInAction({
  schema: languageSettingSchema,
  handler: async ({ user, input: { locale } }) => {
    if (!isOfferedLocale(locale)) throw invalidFields({ locale: UNKNOWN_LANGUAGE });
    const { changed } = await setLocale(user.id, locale);
    await rememberLocale(locale);
    revalidatePath("/", "layout");
    const language = LOCALE_NAMES[locale];
    return { status: "success", message: msg(changed ? "account.language.changed" : "account.language.unchanged", { language }) };
  },
});

/**
 * The language switch on the sign-in page: nobody is signed in yet, so only the cookie holds the
 * choice (no database row). Back to the sign-in page, keeping where the sign-in was to lead.
 */
export const chooseSignInLanguageAction = definePublicAction(async function chooseSignInLanguageAction(
  _previous: ActionState | undefined,
  rawInput: ActionInput,
): Promise<ActionState> {
  const input = formDataToObject(rawInput);
  const unstorable = fieldWithUnstorableCharacter(input);
  const parsed = unstorable === null ? signInLanguageSchema.safeParse(input) : undefined;
  if (!parsed?.success || !isOfferedLocale(parsed.data.locale)) {
    const fieldErrors: Record<string, Message[]> =
      unstorable !== null
        ? { [unstorable]: [msg("errors.unstorableCharacter")] }
        : parsed && !parsed.success
          ? zodFieldErrors(parsed.error)
          : { locale: [UNKNOWN_LANGUAGE] };
    const say = await getSay();
    return {
      status: "error",
      kind: "invalid",
      message: say(msg("errors.correctFields")),
      fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([field, list]) => [field, list.map(say)])),
    };
  }
  await rememberLocale(parsed.data.locale);
  const { next } = parsed.data;
  redirect(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
});
