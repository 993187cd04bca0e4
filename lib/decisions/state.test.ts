import { describe, expect, it } from "vitest";
import type { SignOffAnswer } from "@/lib/generated/prisma/enums";
import { decisionStanding } from "./state";

const answers = (entries: [string, SignOffAnswer][]) => new Map(entries);
const PARTNERS = ["lead", "a", "b"];

describe("where a decision stands", () => {
  it("is open while a current partner has not answered, and says who is waited for", () => {
    expect(decisionStanding({ withdrawn: false }, PARTNERS, answers([["lead", "AGREE"]]))).toEqual({
      state: "OPEN",
      waitingFor: ["a", "b"],
      objecting: [],
    });
  });
  it("is agreed only when every current partner agreed, with or without conditions", () => {
    const all = answers([
      ["lead", "AGREE"],
      ["a", "AGREE_WITH_CONDITIONS"],
      ["b", "AGREE"],
    ]);
    expect(decisionStanding({ withdrawn: false }, PARTNERS, all).state).toBe("AGREED");
  });
  it("is contested by one objection, even before everyone answered", () => {
    const standing = decisionStanding({ withdrawn: false }, PARTNERS, answers([["b", "OBJECT"]]));
    expect(standing).toEqual({ state: "CONTESTED", waitingFor: ["lead", "a"], objecting: ["b"] });
  });
  it("ignores answers of institutions that are no longer partners", () => {
    const standing = decisionStanding(
      { withdrawn: false },
      ["lead", "a"],
      answers([
        ["lead", "AGREE"],
        ["a", "AGREE"],
        ["gone", "OBJECT"],
      ]),
    );
    expect(standing.state).toBe("AGREED");
  });
  it("waits for nobody once withdrawn", () => {
    expect(decisionStanding({ withdrawn: true }, PARTNERS, answers([]))).toEqual({ state: "WITHDRAWN", waitingFor: [], objecting: [] });
  });
  it("is open, not agreed, in a programme without partners", () => {
    expect(decisionStanding({ withdrawn: false }, [], answers([])).state).toBe("OPEN");
  });
});
