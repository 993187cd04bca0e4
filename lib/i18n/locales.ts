// The languages Consort speaks (client-safe: the language switch imports this).
//
// English is the default and the source: every other language has exactly its keys
// (lib/i18n/messages.test.ts). The pseudo-locale is English with accents and 40 % more length, made
// on the fly (pseudo.ts): it shows untranslated strings and layouts that break on longer languages.

export const LOCALES = ["en", "nl", "de", "fr", "es", "pl"] as const;
export const PSEUDO_LOCALE = "en-XA";
export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE = "en" satisfies Locale;

/** The cookie a choice made before signing in travels in (after sign-in it is stored on the person). */
export const LOCALE_COOKIE = "locale";

/** Each language by its own name, as the language switch lists it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  nl: "Nederlands",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  pl: "Polski",
  [PSEUDO_LOCALE]: "Ƥşḗŭḓǿ-Ḗƞɠŀīşħ",
};

/**
 * The locale dates, numbers, lists and sorting use: a region that matches how European
 * universities write (English "24 Nov 2026", not "Nov 24, 2026").
 */
export const FORMATTING_LOCALE: Record<Locale, string> = {
  en: "en-GB",
  nl: "nl-NL",
  de: "de-DE",
  fr: "fr-FR",
  es: "es-ES",
  pl: "pl-PL",
  [PSEUDO_LOCALE]: "en-GB",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (value === PSEUDO_LOCALE || (LOCALES as readonly string[]).includes(value));
}
