// Lists and sorting as the reader's language has them (dates are in dates.ts; numbers and plurals in
// the ICU messages). Built once per locale and kept: constructing an Intl formatter costs more than
// using it. Without a reader locale: British English, whose collation also sorts "Łódź" with the L's.
const DEFAULT_LOCALE = "en-GB";

const lists = new Map<string, Intl.ListFormat>();
const collators = new Map<string, Intl.Collator>();

/** "a, b and c" (conjunction) or "a, b, c" (unit), in the reader's language. */
export function formatList(items: readonly string[], locale = DEFAULT_LOCALE, type: "conjunction" | "unit" = "conjunction"): string {
  const key = `${locale}|${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type, style: type === "unit" ? "short" : "long" });
    lists.set(key, format);
  }
  return format.format(items);
}

/** Compares names as the reader's language sorts them (for Array.prototype.sort). */
export function compareNames(locale = DEFAULT_LOCALE): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator.compare;
}
