// Every language says everything English says, nothing more, in valid ICU with the same
// placeholders, and with the plural forms the language needs (Polish: one, few, many, other).
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import english from "./messages/en";
import dutch from "./messages/nl";
import german from "./messages/de";
import french from "./messages/fr";
import spanish from "./messages/es";
import polish from "./messages/pl";
import { FORMATTING_LOCALE } from "./locales";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The arguments a message uses ("count", "name"), and the option sets of its plurals. */
function shape(elements: MessageFormatElement[], args = new Set<string>(), plurals: string[][] = []) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      args.add(`<${element.value}>`);
      shape(element.children, args, plurals);
      continue;
    }
    args.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === TYPE.plural && element.pluralType === "cardinal") plurals.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) shape(option.value, args, plurals);
    }
  }
  return { args, plurals };
}

const ENGLISH = flatten(english);
const TRANSLATIONS = { nl: dutch, de: german, fr: french, es: spanish, pl: polish } as const;

describe("English, the source", () => {
  it("has messages, each valid ICU", () => {
    expect(ENGLISH.size).toBeGreaterThan(0);
    for (const [key, text] of ENGLISH) expect(() => parse(text), key).not.toThrow();
  });
});

describe.each(Object.entries(TRANSLATIONS))("%s", (locale, messages) => {
  const translated = flatten(messages);
  // The forms counts of things (0 to 1,000) take in this language, and "other", which ICU requires.
  const rules = new Intl.PluralRules(FORMATTING_LOCALE[locale as keyof typeof TRANSLATIONS]);
  const categories = [...new Set([...Array.from({ length: 1001 }, (_, n) => rules.select(n)), "other"])];

  it("has every key English has, and no other", () => {
    const missing = [...ENGLISH.keys()].filter((key) => !translated.has(key));
    const extra = [...translated.keys()].filter((key) => !ENGLISH.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("parses as ICU, uses the same placeholders as English, and has every plural form the language needs", () => {
    const problems: string[] = [];
    for (const [key, text] of translated) {
      const source = ENGLISH.get(key);
      if (source === undefined) continue;
      let elements: MessageFormatElement[];
      try {
        elements = parse(text);
      } catch (error) {
        problems.push(`${key}: does not parse (${(error as Error).message})`);
        continue;
      }
      const ours = shape(elements);
      const theirs = shape(parse(source));
      const differ = [...ours.args].filter((a) => !theirs.args.has(a)).concat([...theirs.args].filter((a) => !ours.args.has(a)));
      if (differ.length) problems.push(`${key}: placeholders differ from English (${differ.join(", ")})`);
      for (const options of ours.plurals) {
        const lacking = categories.filter((category) => !options.includes(category));
        if (lacking.length) problems.push(`${key}: plural lacks ${lacking.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("is translated: a long message identical to English is a forgotten translation", () => {
    // Short words can be the same ("Online", "IT", "Status"); whole sentences cannot.
    const same = [...translated].filter(([key, text]) => text.split(" ").length >= 4 && text === ENGLISH.get(key)).map(([key]) => key);
    expect(same).toEqual([]);
  });
});
