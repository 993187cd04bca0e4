import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { isKnownTimeZone, UTC_READER, type Reader } from "@/lib/domain/dates";
import { LOCALES, PSEUDO_LOCALE, type Locale } from "@/lib/i18n/locales";
import { pseudoLocaleEnabled, requestFormattingLocale } from "@/lib/i18n/server";
import { TIME_ZONE_COOKIE } from "./cookie";

/** Where the reader's zone came from: their setting, their browser (cookie), or neither (UTC). */
type ZoneSource = "setting" | "browser" | "unknown";

async function browserTimeZone(): Promise<string | null> {
  try {
    const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
    return value && isKnownTimeZone(value) ? value : null;
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must reach it
    return null; // outside a request (tests render pages directly): no browser to ask
  }
}

/**
 * The time zone this request's reader sees moments in: their setting, else their browser's (the
 * `tz` cookie), else UTC. Memoised per request; the setting comes with the session user (no query).
 */
export const getReaderZone = cache(async (): Promise<{ timeZone: string; source: ZoneSource; browserTimeZone: string | null }> => {
  const [user, fromBrowser] = await Promise.all([currentUser(), browserTimeZone()]);
  if (user?.timeZone && isKnownTimeZone(user.timeZone)) return { timeZone: user.timeZone, source: "setting", browserTimeZone: fromBrowser };
  if (fromBrowser) return { timeZone: fromBrowser, source: "browser", browserTimeZone: fromBrowser };
  return { timeZone: UTC_READER.timeZone, source: "unknown", browserTimeZone: null };
});

/** What every date formatter needs to know about this request's reader (lib/domain/dates.ts): zone and language. */
export async function getReader(): Promise<Reader> {
  const [{ timeZone }, locale] = await Promise.all([getReaderZone(), requestFormattingLocale()]);
  return { timeZone, locale };
}

/** The languages the language switch offers: Consort's six, and the pseudo-locale where it is enabled. */
export function offeredLocales(): Locale[] {
  return pseudoLocaleEnabled() ? [...LOCALES, PSEUDO_LOCALE] : [...LOCALES];
}
