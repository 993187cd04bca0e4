import { describe, expect, it } from "vitest";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import { canEditAdvice, canLogAdvice, canReadAdvice, draftReadScope, logsAsTeamLeader } from "./policy";

const actor = (memberships: ProgrammeActor["memberships"]): ProgrammeActor => ({ userId: "u", isPlatformAdmin: false, memberships });
const leader = actor([{ role: "TEAM_LEADER", institutionId: "LEAD", services: [] }]);
const staffA = actor([{ role: "PARTNER_STAFF", institutionId: "A", services: [] }]);
const legalB = actor([{ role: "TASK_FORCE", institutionId: "B", services: ["LEGAL"] }]);
const outsider = actor([]);
const admin: ProgrammeActor = { userId: "x", isPlatformAdmin: true, memberships: [] };

const draftA = { institutionId: "A", service: "IT", visibility: "INSTITUTION_DRAFT" } as const;
const sharedA = { ...draftA, visibility: "SHARED" } as const;
const draftBLegal = { institutionId: "B", service: "LEGAL", visibility: "INSTITUTION_DRAFT" } as const;
const draftBIt = { institutionId: "B", service: "IT", visibility: "INSTITUTION_DRAFT" } as const;

describe("advice policy", () => {
  it("lets every member read shared entries, nobody outside", () => {
    for (const a of [leader, staffA, legalB]) expect(canReadAdvice(a, sharedA)).toBe(true);
    expect(canReadAdvice(outsider, sharedA)).toBe(false);
    expect(canReadAdvice(admin, sharedA)).toBe(false);
  });

  it("shows drafts to the institution's members and the team leader only", () => {
    expect(canReadAdvice(leader, draftA)).toBe(true);
    expect(canReadAdvice(staffA, draftA)).toBe(true);
    expect(canReadAdvice(legalB, draftA)).toBe(false);
    expect(canReadAdvice(legalB, draftBIt)).toBe(true); // task force reads its institution's drafts
    expect(draftReadScope(leader)).toBe("all");
    expect(draftReadScope(staffA)).toEqual([{ institutionId: "A", services: null }]);
    expect(draftReadScope(outsider)).toEqual([]);
  });

  it("limits logging and editing to the own institution (task force: own service)", () => {
    expect(canLogAdvice(staffA, { institutionId: "A", service: "IT" })).toBe(true);
    expect(canLogAdvice(staffA, { institutionId: "B", service: "IT" })).toBe(false);
    expect(canLogAdvice(legalB, { institutionId: "B", service: "LEGAL" })).toBe(true);
    expect(canLogAdvice(legalB, { institutionId: "B", service: "IT" })).toBe(false);
    expect(canLogAdvice(leader, { institutionId: "B", service: "IT" })).toBe(true);
    expect(canEditAdvice(legalB, draftBLegal)).toBe(true);
    expect(canEditAdvice(legalB, draftBIt)).toBe(false);
    expect(canEditAdvice(staffA, sharedA)).toBe(true);
    expect(canEditAdvice(outsider, sharedA)).toBe(false);
  });

  it("records the team leader as such unless they also act for that institution", () => {
    expect(logsAsTeamLeader(leader, { institutionId: "B", service: "IT" })).toBe(true);
    expect(logsAsTeamLeader(staffA, { institutionId: "A", service: "IT" })).toBe(false);
    const leaderAlsoStaff = actor([...leader.memberships, { role: "PARTNER_STAFF", institutionId: "LEAD", services: [] }]);
    expect(logsAsTeamLeader(leaderAlsoStaff, { institutionId: "LEAD", service: "IT" })).toBe(false);
    expect(logsAsTeamLeader(leaderAlsoStaff, { institutionId: "B", service: "IT" })).toBe(true);
  });
});
