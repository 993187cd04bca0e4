import { describe, expect, it } from "vitest";
import type { EngagementStage, MemberRole } from "@/lib/generated/prisma/enums";
import { inEnglish } from "@/tests/support/english";
import { ALL_ROLES, ALL_STAGES, allowedMoves, findMove, MAIN_STAGES, refusalFor, TRANSITIONS } from "./transitions";

// The rules written out independently of the table, so a wrong table row fails here.
type Expected = { allowed: boolean; needsReason?: boolean };
const main = (s: EngagementStage) => (MAIN_STAGES as readonly string[]).indexOf(s);

function expected(from: EngagementStage, to: EngagementStage, role: MemberRole, blockedFrom: EngagementStage | null): Expected {
  const leader = role === "TEAM_LEADER";
  if (from === to) return { allowed: false };
  if (from === "NOT_APPLICABLE") return to === "NOT_CONTACTED" && leader ? { allowed: true, needsReason: true } : { allowed: false };
  if (from === "BLOCKED") {
    if (to === "NOT_APPLICABLE") return leader ? { allowed: true, needsReason: true } : { allowed: false };
    return to === blockedFrom ? { allowed: true, needsReason: false } : { allowed: false };
  }
  if (from === "SETTLED") {
    if (main(to) >= 0 && main(to) < main(from)) return leader ? { allowed: true, needsReason: true } : { allowed: false };
    return { allowed: false };
  }
  if (to === "BLOCKED") return { allowed: true, needsReason: true };
  if (to === "NOT_APPLICABLE") return leader ? { allowed: true, needsReason: true } : { allowed: false };
  if (main(to) === main(from) + 1) return { allowed: true, needsReason: false };
  if (main(to) < main(from)) return { allowed: true, needsReason: true };
  return { allowed: false }; // skipping ahead
}

describe("the transition table", () => {
  const cases: [EngagementStage, EngagementStage, MemberRole, EngagementStage | null][] = [];
  for (const from of ALL_STAGES)
    for (const to of ALL_STAGES)
      for (const role of ALL_ROLES) {
        if (from === "BLOCKED") for (const blockedFrom of MAIN_STAGES.slice(0, 4)) cases.push([from, to, role, blockedFrom]);
        else cases.push([from, to, role, null]);
      }

  it.each(cases)("%s → %s as %s (blocked from %s)", (from, to, role, blockedFrom) => {
    const want = expected(from, to, role, blockedFrom);
    const move = findMove(from, blockedFrom, to, [role]);
    expect(Boolean(move)).toBe(want.allowed);
    if (move) expect(move.needsReason).toBe(want.needsReason);
    else expect(inEnglish(refusalFor(from, blockedFrom, to, [role]))).toMatch(/cannot go|Only the team leader/);
  });

  it("offers nothing to someone with no role on the engagement", () => {
    for (const stage of ALL_STAGES) expect(allowedMoves(stage, "CONTACTED", [])).toEqual([]);
  });

  it("combines the moves of every role a person holds", () => {
    const staffOnly = allowedMoves("CONTACTED", null, ["PARTNER_STAFF"]).map((t) => t.to);
    const both = allowedMoves("CONTACTED", null, ["PARTNER_STAFF", "TEAM_LEADER"]).map((t) => t.to);
    expect(staffOnly).not.toContain("NOT_APPLICABLE");
    expect(both).toContain("NOT_APPLICABLE");
  });

  it("has one row per (from, to) pair and a label on every row", () => {
    const keys = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(TRANSITIONS.every((t) => inEnglish(t.label).length > 0)).toBe(true);
  });

  it("explains why a team-leader-only move is refused", () => {
    expect(inEnglish(refusalFor("SETTLED", null, "ADVICE_RECEIVED", ["PARTNER_STAFF"]))).toContain("Only the team leader");
    expect(inEnglish(refusalFor("NOT_CONTACTED", null, "SETTLED", ["TEAM_LEADER"]))).toContain("cannot go from Not contacted to Settled");
  });
});
