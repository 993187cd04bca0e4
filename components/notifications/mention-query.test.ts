import { describe, expect, it } from "vitest";
import { matchingPeople, mentionQueryAt, MOST_SUGGESTIONS } from "./mention-query";

const at = (text: string) => mentionQueryAt(text, text.length);

describe("the mention being typed", () => {
  it("is an @ at the start, after a space or an opening bracket, followed by letters", () => {
    expect(at("@Ma")).toEqual({ start: 0, text: "Ma" });
    expect(at("Thanks @ann")).toEqual({ start: 7, text: "ann" });
    expect(at("(cc @Łu")).toEqual({ start: 4, text: "Łu" });
    expect(at("Ask @Dr. Marieke de V")).toEqual({ start: 4, text: "Dr. Marieke de V" });
  });

  it("is nothing for a bare @, an e-mail address, a finished mention or a caret elsewhere", () => {
    expect(at("Ask @")).toBeNull();
    expect(at("write to anna@uni")).toBeNull();
    expect(at("@[Anna](cm1234567890abcdefghijklm) ")).toBeNull();
    expect(at("@1st")).toBeNull();
    expect(mentionQueryAt("@Anna and more", 3)).toEqual({ start: 0, text: "An" });
    expect(at(`@${"a".repeat(60)}`)).toBeNull();
  });
});

describe("the people it offers", () => {
  const people = [
    { userId: "u1", name: "Dr. Marieke de Vries" },
    { userId: "u2", name: "Łukasz Mariański" },
    { userId: "u3", name: "Mara Jansen-Müller" },
    { userId: "u4", name: "Javier Morales Gil" },
  ];
  const names = (typed: string) => matchingPeople(people, typed).map((p) => p.name);

  it("match a word's start, without case or accents, names starting with it first", () => {
    expect(names("mar")).toEqual(["Mara Jansen-Müller", "Dr. Marieke de Vries", "Łukasz Mariański"]);
    expect(names("luk")).toEqual(["Łukasz Mariański"]);
    expect(names("mull")).toEqual(["Mara Jansen-Müller"]);
    expect(names("de v")).toEqual(["Dr. Marieke de Vries"]);
    expect(names("ries")).toEqual([]);
    expect(names("   ")).toEqual([]);
  });

  it("are at most a handful", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ userId: `u${i}`, name: `Anna ${i}` }));
    expect(matchingPeople(many, "an")).toHaveLength(MOST_SUGGESTIONS);
  });
});
