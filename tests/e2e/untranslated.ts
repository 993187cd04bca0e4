// Finds English left on a page read in another language. What people typed and the names of people
// and institutions are not translated, so every string the database holds is excluded first (a text
// that is part of one, or a word that occurs in one); what remains must be the language's own words.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import pg from "pg";
import { LOCALE_NAMES, PSEUDO_LOCALE } from "../../lib/i18n/locales";

type CheckedLocale = "nl" | "pl" | typeof PSEUDO_LOCALE;

type Tree = { [key: string]: string | Tree };

/** A language's messages, read from its JSON files (the test runner does not import JSON modules). */
function messagesOf(locale: string): Tree {
  const dir = path.resolve(import.meta.dirname, "..", "..", "lib", "i18n", "messages", locale);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .map((name) => [name.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, name), "utf8")) as Tree]),
  );
}
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : strings(value)));
/** Words of a text, lower-cased, without ICU arguments ({count}) or plural keywords. */
const words = (text: string): string[] => (text.replace(/\{[^{}]*\}/g, " ").match(/\p{L}{2,}/gu) ?? []).map((w) => w.toLowerCase());

const ENGLISH_WORDS = new Set(strings(messagesOf("en")).flatMap(words));
/** English words that are not also words of the language (e.g. "online" is Dutch too). */
function englishOnly(messages: Tree): Set<string> {
  const own = new Set(strings(messages).flatMap(words));
  return new Set([...ENGLISH_WORDS].filter((word) => !own.has(word)));
}
const ENGLISH_ONLY: Record<"nl" | "pl", Set<string>> = { nl: englishOnly(messagesOf("nl")), pl: englishOnly(messagesOf("pl")) };

/**
 * Dates in the pseudo-locale are formatted as British English (it is English underneath), and time
 * zones are named by the runtime: neither is a message.
 */
const FORMATTER_WORDS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|utc|gmt|cet|cest|eet|eest|bst|am|pm)$/i;
/** The brand, and each language's own name in the language switch ("Nederlands" on a Polish page). */
const ALWAYS_ALLOWED = new Set(["consort", ...Object.values(LOCALE_NAMES).flatMap(words)]);

let userContent: Promise<{ texts: string[]; words: Set<string> }> | undefined;

/** Every string in the database (all text columns, and strings inside JSON columns such as audit rows). */
export function databaseStrings(): Promise<{ texts: string[]; words: Set<string> }> {
  userContent ??= (async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      const { rows: columns } = await pool.query<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
      );
      const texts: string[] = [];
      for (const { table_name, column_name, data_type } of columns) {
        const { rows } = await pool.query<{ value: string }>(
          `SELECT DISTINCT "${column_name}"::text AS value FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`,
        );
        for (const { value } of rows) {
          if (data_type.startsWith("json"))
            texts.push(...[...value.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
          else texts.push(value);
        }
      }
      return { texts, words: new Set(texts.flatMap(words)) };
    } finally {
      await pool.end();
    }
  })();
  return userContent;
}

/** The texts a person reads or hears on the page: text nodes, spoken attributes, button values, the title. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template")) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const element of document.body.querySelectorAll(
      "[aria-label], [title], [placeholder], [alt], [aria-description], input[type=submit][value]",
    )) {
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-description"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (element instanceof HTMLInputElement && element.type === "submit" && element.value) out.push(element.value);
    }
    return out;
  });
}

/** The texts on the page that hold words of English (for nl, pl) or untranslated ASCII (pseudo-locale). */
export async function untranslatedTexts(page: Page, locale: CheckedLocale): Promise<string[]> {
  const texts = await pageTexts(page);
  const found = englishIn(texts, locale, await databaseStrings());
  if (found.length === 0) return found;
  // Another test may have just typed them (a person it invited, an issue it raised): read the
  // database's strings again before calling them English.
  userContent = undefined;
  return englishIn(texts, locale, await databaseStrings());
}

function englishIn(texts: string[], locale: CheckedLocale, content: { texts: string[]; words: Set<string> }): string[] {
  const suspicious = (word: string, original: string) => {
    if (ALWAYS_ALLOWED.has(word) || content.words.has(word)) return false;
    if (locale === PSEUDO_LOCALE) return /^[A-Za-z]+$/.test(original) && !FORMATTER_WORDS.test(original);
    return ENGLISH_ONLY[locale].has(word);
  };
  return texts.filter((text) => {
    if (content.texts.some((stored) => stored.includes(text))) return false; // all of it is someone's content
    // Addresses, e-mail addresses and time zones (IANA names such as Europe/Warsaw) are not words of a language.
    const found = text.replace(/https?:\/\/\S+|\S+@\S+|\b[A-Z][A-Za-z_]+(?:\/[A-Za-z_+-]+)+/g, " ").match(/\p{L}{2,}/gu) ?? [];
    return found.some((original) => suspicious(original.toLowerCase(), original));
  });
}
