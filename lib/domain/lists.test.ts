import { describe, expect, it } from "vitest";
import { compareNames, formatList } from "./lists";

describe("lists and sorting in the reader's language", () => {
  it("joins with the language's own 'and'", () => {
    expect(formatList(["title", "phase"])).toBe("title and phase");
    expect(formatList(["Titel", "Phase", "Start"], "de-DE")).toBe("Titel, Phase und Start");
    expect(formatList(["a", "b", "c"], "pl-PL", "unit")).toBe("a, b i c");
  });

  it("sorts Łódź with the L's, not after Z", () => {
    expect(["Zagreb", "Łódź", "Lublin", "Madrid"].sort(compareNames("pl-PL"))).toEqual(["Lublin", "Łódź", "Madrid", "Zagreb"]);
    expect(["Zagreb", "Łódź", "Madrid"].sort(compareNames())).toEqual(["Łódź", "Madrid", "Zagreb"]);
  });
});
