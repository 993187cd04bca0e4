import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { pseudoLocalize, pseudoLocalizeMessage } from "./pseudo";

describe("the pseudo-locale", () => {
  it("accents every letter, keeps placeholders, and is at least 40 % longer", () => {
    const text = pseudoLocalizeMessage("Log advice for {name}");
    expect(text).toMatch(/^\[Ŀǿɠ ȧḓṽīƈḗ ƒǿř \{name\} ~~~~ ~~~~\]$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil("Log advice for {name}".length * 1.4));
  });

  it("keeps plurals and tags working", () => {
    const messages = pseudoLocalize({ a: { count: "{count, plural, one {# issue} other {# issues}}", rich: "Read <b>the guide</b>" } });
    const t = createTranslator({ locale: "en", messages, namespace: "a" });
    expect(t("count", { count: 1 })).toContain("1 īşşŭḗ");
    expect(t("count", { count: 3 })).toContain("3 īşşŭḗş");
    expect(t.markup("rich", { b: (chunks) => `<b>${chunks}</b>` })).toContain("<b>ŧħḗ ɠŭīḓḗ</b>");
  });
});
