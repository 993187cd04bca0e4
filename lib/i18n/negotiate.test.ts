// First visit: the browser's Accept-Language picks among Consort's languages, English when none fits.
import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it.each([
    ["nl-BE,nl;q=0.9,en;q=0.8", "nl"],
    ["pl", "pl"],
    ["de-AT", "de"],
    ["fr-CA,fr;q=0.9", "fr"],
    ["es-419,es;q=0.9,en;q=0.5", "es"],
    ["en-US,en;q=0.9", "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it("takes the most wanted language Consort speaks, whatever the order written", () => {
    expect(negotiateLocale("ja,de;q=0.7,pl;q=0.8")).toBe("pl");
    expect(negotiateLocale("en;q=0.5, fr")).toBe("fr");
  });

  it("falls back to English when no language fits", () => {
    expect(negotiateLocale("ja")).toBe("en");
    expect(negotiateLocale("zh-Hant-TW,ko;q=0.5")).toBe("en");
  });

  it("ignores languages the browser refuses (q=0)", () => {
    expect(negotiateLocale("de;q=0,nl;q=0.3")).toBe("nl");
    expect(negotiateLocale("fr;q=0")).toBe("en");
  });

  it("answers English to a missing, empty or garbage header instead of failing", () => {
    for (const header of [null, undefined, "", "*", ";;;,,,", "not a language!!", "x-@@@;q=abc", "nl;q=banana"]) {
      expect(negotiateLocale(header), String(header)).toBe("en");
    }
  });

  it("still reads the good entries of a header with some garbage in it", () => {
    expect(negotiateLocale("@@@,pl;q=0.9")).toBe("pl");
  });

  it("never offers the pseudo-locale, even when asked for it", () => {
    expect(negotiateLocale("en-XA")).toBe("en");
  });
});
