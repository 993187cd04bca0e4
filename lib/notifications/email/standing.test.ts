import { describe, expect, it } from "vitest";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import { readNotificationKey } from "../keys";
import { isStillNews, type Subjects } from "./standing";

const now = new Date("2026-11-30T09:00:00Z");
const staffA: ProgrammeActor = {
  userId: "u1",
  isPlatformAdmin: false,
  memberships: [{ role: "PARTNER_STAFF", institutionId: "A", services: [] }],
};

function subjects(overrides: Partial<Subjects> = {}): Subjects {
  return {
    readers: new Map([["p1", staffA]]),
    issues: new Map([["i1", { status: "OPEN", dueDate: new Date("2026-12-01T00:00:00Z"), assigneeId: "u1" }]]),
    engagements: new Map([["e1", { stage: "CONTACTED", dueDate: new Date("2026-11-27T00:00:00Z"), ownerId: "u1", archived: false }]]),
    advice: new Map([
      ["shared", { institutionId: "B", service: "LEGAL", visibility: "SHARED", deletedAt: null }],
      ["draftB", { institutionId: "B", service: "LEGAL", visibility: "INSTITUTION_DRAFT", deletedAt: null }],
    ]),
    invitations: new Map([["inv", { expiresAt: new Date("2026-12-05T00:00:00Z"), acceptedAt: null, declinedAt: null, revokedAt: null }]]),
    ...overrides,
  };
}

const news = (kind: Parameters<typeof isStillNews>[0]["kind"], key: string, s = subjects(), programmeId: string | null = "p1") =>
  isStillNews({ kind, programmeId }, readNotificationKey(key), s, now);

describe("still news when the e-mail is written", () => {
  it("only for members who may read the item", () => {
    expect(news("ADVICE_LOGGED", "ADVICE_LOGGED:advice:shared:logged:u1")).toBe(true);
    expect(news("ADVICE_LOGGED", "ADVICE_LOGGED:advice:draftB:logged:u1")).toBe(false);
    expect(news("ISSUE_COMMENT", "ISSUE_COMMENT:issue:i1:c1:u1", subjects({ readers: new Map() }))).toBe(false);
    expect(news("ISSUE_COMMENT", "ISSUE_COMMENT:issue:gone:c1:u1")).toBe(false);
  });

  it("due-date notices only while they hold", () => {
    expect(news("DUE_SOON", "DUE_SOON:issue:i1:2026-11-30:u1")).toBe(true);
    expect(news("DUE_SOON", "DUE_SOON:issue:i1:2026-11-29:u1")).toBe(false);
    expect(news("OVERDUE", "OVERDUE:engagement:e1:2026-11-30:u1")).toBe(true);
    const settled = subjects({
      engagements: new Map([["e1", { stage: "SETTLED", dueDate: new Date("2026-11-27T00:00:00Z"), ownerId: "u1", archived: false }]]),
    });
    expect(news("OVERDUE", "OVERDUE:engagement:e1:2026-11-30:u1", settled)).toBe(false);
    const reassigned = subjects({
      issues: new Map([["i1", { status: "OPEN", dueDate: new Date("2026-12-01T00:00:00Z"), assigneeId: "u2" }]]),
    });
    expect(news("DUE_SOON", "DUE_SOON:issue:i1:2026-11-30:u1", reassigned)).toBe(false);
  });

  it("invitations while they can be answered", () => {
    expect(news("INVITATION", "INVITATION:invitation:inv:invited:u1", subjects({ readers: new Map() }))).toBe(true);
    const answered = subjects({
      invitations: new Map([["inv", { expiresAt: new Date("2026-12-05T00:00:00Z"), acceptedAt: now, declinedAt: null, revokedAt: null }]]),
    });
    expect(news("INVITATION", "INVITATION:invitation:inv:invited:u1", answered)).toBe(false);
  });
});
