import { describe, expect, it } from "vitest";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { computeNextSteps, computeWarnings, daysBetween, isOverdue, mineFirst, type NextStepEngagement } from "./next-steps";

const now = new Date("2027-03-15T10:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);

function institution(
  name: string,
  isLead: boolean,
  stages: Partial<Record<Service, EngagementStage>> = {},
  extra: Partial<NextStepEngagement> = {},
): NextStepEngagement[] {
  return SERVICES_IN_GUIDE_ORDER.map((service) => ({
    id: `${name}-${service}`,
    institutionId: name,
    institutionName: name,
    isLead,
    service,
    stage: stages[service] ?? "NOT_CONTACTED",
    blockedFromStage: null,
    stageReason: null,
    contactName: null,
    lastActivityAt: daysAgo(1),
    dueDate: null,
    ...extra,
  }));
}

describe("next steps follow the guide's order", () => {
  it("puts the lead's internationalisation and T&L first, then the lead's others, then the partners'", () => {
    const steps = computeNextSteps([...institution("Beta", false), ...institution("Lead", true), ...institution("Alpha", false)]);
    expect(steps.slice(0, 2).map((s) => s.engagementId)).toEqual(["Lead-INTERNATIONALISATION", "Lead-TEACHING_AND_LEARNING"]);
    expect(steps.slice(2, 6).every((s) => s.institutionId === "Lead" && s.tier === 2)).toBe(true);
    expect(steps.slice(6, 10).map((s) => s.engagementId)).toEqual([
      "Alpha-INTERNATIONALISATION",
      "Beta-INTERNATIONALISATION",
      "Alpha-TEACHING_AND_LEARNING",
      "Beta-TEACHING_AND_LEARNING",
    ]);
    expect(steps.slice(10).every((s) => s.tier === 4)).toBe(true);
    expect(steps).toHaveLength(18);
    expect(steps[0]!.title).toBe("Contact Lead's Internationalisation service.");
    expect(steps[0]!.why).toMatch(/lead institution's internationalisation/);
  });

  it("drops settled, not-applicable, blocked and archived engagements and words the step by stage", () => {
    const lead = institution("Lead", true, {
      INTERNATIONALISATION: "SETTLED",
      TEACHING_AND_LEARNING: "IN_CONSULTATION",
      IT: "NOT_APPLICABLE",
      LEGAL: "BLOCKED",
    });
    const gone = institution("Gone", false, {}, { archived: true });
    const steps = computeNextSteps([...lead, ...gone]);
    expect(steps.map((s) => s.service)).toEqual(["TEACHING_AND_LEARNING", "PROGRAMME_ADMINISTRATION", "STUDENT_ADMINISTRATION"]);
    expect(steps[0]!.title).toBe("Get the advice of Lead's Teaching & learning service and log it.");
  });

  it("changes when the first engagement moves on", () => {
    const before = computeNextSteps(institution("Lead", true));
    const after = computeNextSteps(institution("Lead", true, { INTERNATIONALISATION: "SETTLED" }));
    expect(before[0]!.service).toBe("INTERNATIONALISATION");
    expect(after[0]!.service).toBe("TEACHING_AND_LEARNING");
  });
});

describe("warnings", () => {
  it("warns when a partner is ahead of a lead that has not been contacted, and not otherwise", () => {
    const lead = institution("Lead", true, { TEACHING_AND_LEARNING: "CONTACTED" });
    const partner = institution("Alpha", false, {
      LEGAL: "IN_CONSULTATION",
      TEACHING_AND_LEARNING: "IN_CONSULTATION",
      IT: "NOT_APPLICABLE",
    });
    const warnings = computeWarnings([...lead, ...partner], { staleAfterDays: 21, now });
    const ahead = warnings.filter((w) => w.kind === "partnerAhead");
    expect(ahead.map((w) => w.engagementId)).toEqual(["Alpha-LEGAL"]);
    expect(ahead[0]!.text).toContain("lead institution's own Legal service has not been contacted");
  });

  it("flags inactivity from the programme's threshold on, but not for done engagements", () => {
    const rows = institution("Lead", true, { IT: "SETTLED" }, { lastActivityAt: daysAgo(21) });
    const stale = computeWarnings(rows, { staleAfterDays: 21, now }).filter((w) => w.kind === "stale");
    expect(stale).toHaveLength(5);
    expect(stale[0]!.text).toContain("for 21 days");
    expect(computeWarnings(rows, { staleAfterDays: 22, now }).filter((w) => w.kind === "stale")).toHaveLength(0);
  });

  it("flags overdue due dates from the day after, by calendar date", () => {
    expect(isOverdue(new Date("2027-03-14T00:00:00Z"), "CONTACTED", "2027-03-15")).toBe(true);
    expect(isOverdue(new Date("2027-03-15T00:00:00Z"), "CONTACTED", "2027-03-15")).toBe(false);
    expect(isOverdue(new Date("2027-03-01T00:00:00Z"), "SETTLED", "2027-03-15")).toBe(false);
    const rows = institution("Lead", true).map((e) => (e.service === "IT" ? { ...e, dueDate: new Date("2027-03-10T00:00:00Z") } : e));
    const overdue = computeWarnings(rows, { staleAfterDays: 21, now }).filter((w) => w.kind === "overdue");
    expect(overdue.map((w) => w.text)).toEqual(["Lead's IT service was due on 10 Mar 2027 (5 days ago) and is still “Not contacted”."]);
  });

  it("lists blocked engagements first, with their reason and age", () => {
    const rows = institution("Lead", true, { LEGAL: "BLOCKED" }, { lastActivityAt: daysAgo(30) }).map((e) =>
      e.stage === "BLOCKED" ? { ...e, stageReason: "Waiting for the faculty board", blockedFromStage: "CONTACTED" as const } : e,
    );
    const warnings = computeWarnings(rows, { staleAfterDays: 21, now });
    expect(warnings[0]!.kind).toBe("blocked");
    expect(warnings[0]!.text).toContain("blocked for 30 days: Waiting for the faculty board");
    expect(warnings.filter((w) => w.engagementId === "Lead-LEGAL").map((w) => w.kind)).toEqual(["blocked"]);
  });
});

describe("helpers", () => {
  it("counts whole days", () => {
    expect(daysBetween(daysAgo(3), now)).toBe(3);
    expect(daysBetween(now, daysAgo(3))).toBe(0);
  });
  it("puts my items first, keeping order", () => {
    const items = [1, 2, 3, 4].map((n) => ({ institutionId: n % 2 ? "odd" : "even", service: "IT" as const, n }));
    expect(mineFirst(items, (i) => i.institutionId === "even").map((i) => i.n)).toEqual([2, 4, 1, 3]);
  });
});

describe("progress", () => {
  it("counts stages and the share settled or not applicable per institution and service", async () => {
    const { summariseProgress } = await import("./next-steps");
    const rows = [
      ...institution("Lead", true, { INTERNATIONALISATION: "SETTLED", IT: "NOT_APPLICABLE", LEGAL: "BLOCKED" }),
      ...institution("Alpha", false, { INTERNATIONALISATION: "SETTLED" }),
    ];
    const p = summariseProgress(rows);
    expect([p.overall.total, p.overall.done, p.overall.percentDone]).toEqual([12, 3, 25]);
    expect(p.overall.byStage.BLOCKED).toBe(1);
    expect(p.byInstitution.get("Lead")!.percentDone).toBe(33);
    expect(p.byService.get("INTERNATIONALISATION")!.percentDone).toBe(100);
    expect(p.byService.get("TEACHING_AND_LEARNING")!.percentDone).toBe(0);
  });
});
