import { describe, expect, it } from "vitest";
import { readZodMessage } from "@/lib/i18n/message";
import { isSubstantialReason, moveEngagementSchema, REASON_MESSAGE } from "./schema";
import { moveNeedsReason } from "./transitions";

const noteErrors = (input: Record<string, unknown>) => {
  const result = moveEngagementSchema.safeParse({ engagementId: "e1", version: 0, ...input });
  return result.success ? [] : result.error.issues.filter((i) => i.path.join(".") === "note").map((i) => readZodMessage(i.message));
};

describe("reasons for a stage move", () => {
  it("need at least 10 characters of words, not punctuation or spaces", () => {
    expect(isSubstantialReason("no")).toBe(false);
    expect(isSubstantialReason("  ..........  ")).toBe(false);
    expect(isSubstantialReason("- - - - - - - - a")).toBe(false);
    expect(isSubstantialReason("a         b")).toBe(false);
    expect(isSubstantialReason("Not needed")).toBe(true);
    expect(isSubstantialReason("Wrong person")).toBe(true);
  });

  it("are required by the schema, with the note's own message, for moves that need one", () => {
    expect(noteErrors({ to: "BLOCKED", note: "?!" })).toEqual([REASON_MESSAGE]);
    expect(noteErrors({ to: "NOT_APPLICABLE" })).toEqual([REASON_MESSAGE]);
    expect(noteErrors({ to: "CONTACTED", from: "IN_CONSULTATION", note: "ok" })).toEqual([REASON_MESSAGE]);
    expect(noteErrors({ to: "NOT_CONTACTED", from: "NOT_APPLICABLE", note: "..........." })).toEqual([REASON_MESSAGE]);
    expect(noteErrors({ to: "SETTLED", from: "ADVICE_RECEIVED", confirmNoAdvice: "yes", note: "done" })).toEqual([REASON_MESSAGE]);
    expect(noteErrors({ to: "CONTACTED", from: "IN_CONSULTATION", note: "Wrong person, start again" })).toEqual([]);
  });

  it("are optional on forward moves", () => {
    expect(noteErrors({ to: "CONTACTED", from: "NOT_CONTACTED" })).toEqual([]);
    expect(noteErrors({ to: "SETTLED", from: "ADVICE_RECEIVED", note: "ok" })).toEqual([]);
    expect(moveNeedsReason("NOT_CONTACTED", "CONTACTED")).toBe(false);
    expect(moveNeedsReason("SETTLED", "ADVICE_RECEIVED")).toBe(true);
    expect(moveNeedsReason(undefined, "CONTACTED")).toBe(false);
  });
});
