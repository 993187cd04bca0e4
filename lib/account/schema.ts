import { z } from "zod";
import { selectableTimeZones } from "@/lib/domain/dates";
import { zodMessage } from "@/lib/i18n/message";
import { LOCALES, PSEUDO_LOCALE } from "@/lib/i18n/locales";

export { TIME_ZONE_COOKIE } from "./cookie";

/** The "Your account" time-zone form: an IANA zone from the list, or empty for "my browser's". */
export const timeZoneSettingSchema = z.object({
  timeZone: z
    .string({ error: zodMessage("account.timeZone.errors.choose") })
    .trim()
    .max(64, zodMessage("account.timeZone.errors.tooLong"))
    .transform((value) => value || null)
    .refine((value) => value === null || selectableTimeZones().includes(value), {
      error: zodMessage("account.timeZone.errors.unknown"),
    }),
});

// The pseudo-locale is a language only where it is offered (development, its e2e test): this
// isomorphic schema cannot know that, so the actions check it too (isOfferedLocale).
const locale = z.enum([...LOCALES, PSEUDO_LOCALE], { error: zodMessage("account.language.errors.unknown") });

/** The language switch in the header: one of the languages Consort speaks. */
export const languageSettingSchema = z.object({ locale });

/**
 * The language switch on the sign-in page: the language, and where the sign-in goes afterwards
 * (the page's `next`, kept as it was; the sign-in itself checks that it stays on Consort).
 */
export const signInLanguageSchema = z.object({
  locale,
  next: z.string().max(2000).default(""),
});
