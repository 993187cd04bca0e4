import { describe, expect, it } from "vitest";
import { deliveryFrom, digestKinds } from "./delivery";

describe("delivery per person and kind", () => {
  it("is the person's choice where they made one, else the kind's default", () => {
    const delivery = deliveryFrom([{ userId: "a", kind: "ISSUE_COMMENT", delivery: "EMAIL_NOW" }]);
    expect(delivery("a", "ISSUE_COMMENT")).toBe("EMAIL_NOW");
    expect(delivery("b", "ISSUE_COMMENT")).toBe("DIGEST");
    expect(delivery("a", "MENTION")).toBe("EMAIL_NOW");
    expect(delivery("a", "ENGAGEMENT_STAGE")).toBe("DIGEST");
  });

  it("the digest takes the kinds the person gets by digest", () => {
    expect(digestKinds([])).toEqual([
      "ISSUE_COMMENT",
      "ENGAGEMENT_STAGE",
      "ADVICE_LOGGED",
      "ADVICE_SHARED",
      "DUE_SOON",
      "OVERDUE",
      "PARTNER_AHEAD",
    ]);
    const chosen = digestKinds([
      { kind: "MENTION", delivery: "DIGEST" },
      { kind: "OVERDUE", delivery: "IN_APP" },
      { kind: "ISSUE_COMMENT", delivery: "EMAIL_NOW" },
    ]);
    expect(chosen).toContain("MENTION");
    expect(chosen).not.toContain("OVERDUE");
    expect(chosen).not.toContain("ISSUE_COMMENT");
  });
});
