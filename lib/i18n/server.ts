// The reader's language on the server, and translators in it for pages and actions.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { createTranslator } from "next-intl";
import { currentUser } from "@/lib/auth/session";
import { FORMATTING_LOCALE, isLocale, LOCALE_COOKIE, PSEUDO_LOCALE, type Locale } from "./locales";
import { loadMessages, type Messages, type Namespace } from "./messages";
import type { Message } from "./message";
import { negotiateLocale } from "./negotiate";
import { translatorOptions } from "./translate";

/** The pseudo-locale is for development and its e2e test, never offered in production otherwise. */
export function pseudoLocaleEnabled(): boolean {
  return process.env.NODE_ENV === "development" || process.env.CONSORT_PSEUDO_LOCALE === "1";
}

export function isOfferedLocale(value: unknown): value is Locale {
  return isLocale(value) && (value !== PSEUDO_LOCALE || pseudoLocaleEnabled());
}

async function requestCookiesAndHeaders() {
  try {
    const [jar, all] = await Promise.all([cookies(), headers()]);
    return { cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: all.get("accept-language") };
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must reach it
    return { cookie: undefined, acceptLanguage: undefined }; // outside a request (scripts): no browser to ask
  }
}

/** The signed-in person, for their stored choice; none when the database cannot say (pages still render their error). */
async function storedChoice() {
  try {
    return await currentUser();
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/**
 * The language of this request: the person's choice (stored on them), else the one chosen before
 * signing in (cookie), else the browser's Accept-Language, else English. Memoised per request.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [user, request] = await Promise.all([storedChoice(), requestCookiesAndHeaders()]);
  if (isOfferedLocale(user?.locale)) return user.locale;
  if (isOfferedLocale(request.cookie)) return request.cookie;
  return negotiateLocale(request.acceptLanguage);
});

/** The locale dates, numbers and sorting use for this request ("pl-PL"). */
export async function requestFormattingLocale(): Promise<string> {
  return FORMATTING_LOCALE[await requestLocale()];
}

const messagesOfRequest = cache(async (): Promise<{ locale: Locale; messages: Messages }> => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale) };
});

/** A translator for one namespace in the reader's language: `const t = await getT("board"); t("title")`. */
export async function getT<N extends Namespace>(namespace: N) {
  const { locale, messages } = await messagesOfRequest();
  return createTranslator({ ...translatorOptions(locale, messages), namespace });
}

/** Says a Message from lib code in the reader's language. */
export async function getSay(): Promise<(message: Message) => string> {
  const { locale, messages } = await messagesOfRequest();
  const t = createTranslator(translatorOptions(locale, messages));
  return (message) => t(message.key, message.values);
}
