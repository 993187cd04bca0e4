// First visit: the language the browser asks for (Accept-Language), among the ones Consort speaks.
import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/** The browser's languages, most wanted first ("nl-BE,nl;q=0.9,en;q=0.8" → ["nl-BE", "nl", "en"]). */
function requested(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ tag, quality }) => tag && tag !== "*" && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag)
    .filter((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false; // not a language tag: ignore it rather than fail the page
      }
    });
}

/** The best of Consort's languages for an Accept-Language header; English when none fits. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const wanted = requested(acceptLanguage ?? "");
  if (wanted.length === 0) return DEFAULT_LOCALE;
  return match(wanted, LOCALES, DEFAULT_LOCALE) as Locale;
}
