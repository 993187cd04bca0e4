import { describe, expect, it } from "vitest";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { inEnglish } from "@/tests/support/english";
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
    expect(inEnglish(steps[0]!.title)).toBe("Contact the Internationalisation service at Lead.");
    expect(inEnglish(steps[0]!.why)).toMatch(/lead institution's internationalisation/);
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
    expect(inEnglish(steps[0]!.title)).toBe("Get the advice of the Teaching & learning service at Lead and log it.");
  });

  it("keeps the guide's tiers in order for partner staff: their own steps come first only within a tier", () => {
    const rows = [...institution("Lead", true), ...institution("Alpha", false), ...institution("Danube Sciences", false)];
    const steps = computeNextSteps(rows, (e) => e.institutionId === "Danube Sciences");
    const tiers = steps.map((s) => s.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(steps[0]!.engagementId).toBe("Lead-INTERNATIONALISATION");
    // Tier 3: this partner's internationalisation and T&L before the other partner's.
    expect(steps.filter((s) => s.tier === 3).map((s) => s.engagementId)).toEqual([
      "Danube Sciences-INTERNATIONALISATION",
      "Danube Sciences-TEACHING_AND_LEARNING",
      "Alpha-INTERNATIONALISATION",
      "Alpha-TEACHING_AND_LEARNING",
    ]);
    expect(steps.filter((s) => s.mine).every((s) => s.institutionId === "Danube Sciences")).toBe(true);
  });

  it("names the service without a possessive, so names ending in s read right", () => {
    const [step] = computeNextSteps(institution("Danube University of Applied Sciences", true));
    expect(inEnglish(step!.title)).toBe("Contact the Internationalisation service at Danube University of Applied Sciences.");
    expect(inEnglish(step!.title)).not.toMatch(/s's/);
  });

  it("changes when the first engagement moves on", () => {
    const before = computeNextSteps(institution("Lead", true));
    const after = computeNextSteps(institution("Lead", true, { INTERNATIONALISATION: "SETTLED" }));
    expect(before[0]!.service).toBe("INTERNATIONALISATION");
    expect(after[0]!.service).toBe("TEACHING_AND_LEARNING");
  });
});

describe("warnings", () => {
  const ahead = (rows: NextStepEngagement[]) =>
    computeWarnings(rows, { staleAfterDays: 21, now })
      .filter((w) => w.kind === "partnerAhead")
      .map((w) => w.engagementId);

  it("warns whenever a partner's engagement is at a later stage than the lead's, not only while the lead is Not contacted", () => {
    const lead = institution("Lead", true, { TEACHING_AND_LEARNING: "CONTACTED", LEGAL: "IN_CONSULTATION" });
    const partner = institution("Alpha", false, {
      LEGAL: "IN_CONSULTATION",
      TEACHING_AND_LEARNING: "ADVICE_RECEIVED",
      IT: "CONTACTED",
    });
    const warnings = computeWarnings([...lead, ...partner], { staleAfterDays: 21, now }).filter((w) => w.kind === "partnerAhead");
    // T&L: Advice received vs Contacted; IT: Contacted vs Not contacted. Legal is level, so no warning.
    expect(warnings.map((w) => w.engagementId)).toEqual(["Alpha-TEACHING_AND_LEARNING", "Alpha-IT"]);
    expect(inEnglish(warnings[0]!.text)).toBe(
      "The Teaching & learning service at Alpha is already at “Advice received”, ahead of the lead institution's own Teaching & learning service (“Contacted”). Bring the lead's Teaching & learning service at least as far first, so the partners can align with the lead's rules.",
    );
  });

  it("clears the warning once the lead catches up", () => {
    const partner = institution("Alpha", false, { LEGAL: "ADVICE_RECEIVED" });
    expect(ahead([...institution("Lead", true, { LEGAL: "IN_CONSULTATION" }), ...partner])).toEqual(["Alpha-LEGAL"]);
    expect(ahead([...institution("Lead", true, { LEGAL: "ADVICE_RECEIVED" }), ...partner])).toEqual([]);
    expect(ahead([...institution("Lead", true, { LEGAL: "SETTLED" }), ...partner])).toEqual([]);
  });

  it("counts Blocked at the stage it was blocked in, and never compares Not applicable", () => {
    const blockedLead = institution("Lead", true, { LEGAL: "BLOCKED" }).map((e) =>
      e.service === "LEGAL" ? { ...e, blockedFromStage: "CONTACTED" as const, stageReason: "Waiting for the faculty" } : e,
    );
    expect(ahead([...blockedLead, ...institution("Alpha", false, { LEGAL: "CONTACTED" })])).toEqual([]);
    expect(ahead([...blockedLead, ...institution("Alpha", false, { LEGAL: "IN_CONSULTATION" })])).toEqual(["Alpha-LEGAL"]);
    // A partner blocked in consultation got further than a lead that was only contacted.
    const blockedPartner = institution("Alpha", false, { LEGAL: "BLOCKED" }).map((e) =>
      e.service === "LEGAL" ? { ...e, blockedFromStage: "IN_CONSULTATION" as const } : e,
    );
    expect(ahead([...institution("Lead", true, { LEGAL: "CONTACTED" }), ...blockedPartner])).toEqual(["Alpha-LEGAL"]);
    expect(ahead([...institution("Lead", true, { IT: "NOT_APPLICABLE" }), ...institution("Alpha", false, { IT: "SETTLED" })])).toEqual([]);
    expect(ahead([...institution("Lead", true), ...institution("Alpha", false, { IT: "NOT_APPLICABLE" })])).toEqual([]);
  });

  it("flags inactivity from the programme's threshold on, but not for done engagements", () => {
    const rows = institution("Lead", true, { IT: "SETTLED" }, { lastActivityAt: daysAgo(21) });
    const stale = computeWarnings(rows, { staleAfterDays: 21, now }).filter((w) => w.kind === "stale");
    expect(stale).toHaveLength(5);
    expect(inEnglish(stale[0]!.text)).toContain("for 21 days");
    expect(computeWarnings(rows, { staleAfterDays: 22, now }).filter((w) => w.kind === "stale")).toHaveLength(0);
  });

  it("flags overdue due dates from the day after, by calendar date", () => {
    expect(isOverdue(new Date("2027-03-14T00:00:00Z"), "CONTACTED", "2027-03-15")).toBe(true);
    expect(isOverdue(new Date("2027-03-15T00:00:00Z"), "CONTACTED", "2027-03-15")).toBe(false);
    expect(isOverdue(new Date("2027-03-01T00:00:00Z"), "SETTLED", "2027-03-15")).toBe(false);
    const rows = institution("Lead", true).map((e) => (e.service === "IT" ? { ...e, dueDate: new Date("2027-03-10T00:00:00Z") } : e));
    const overdue = computeWarnings(rows, { staleAfterDays: 21, now }).filter((w) => w.kind === "overdue");
    expect(overdue.map((w) => inEnglish(w.text))).toEqual([
      "The IT service at Lead was due on 10 Mar 2027 (5 days ago) and is still “Not contacted”.",
    ]);
  });

  it("lists blocked engagements first, with their reason and age", () => {
    const rows = institution("Lead", true, { LEGAL: "BLOCKED" }, { lastActivityAt: daysAgo(30) }).map((e) =>
      e.stage === "BLOCKED" ? { ...e, stageReason: "Waiting for the faculty board", blockedFromStage: "CONTACTED" as const } : e,
    );
    const warnings = computeWarnings(rows, { staleAfterDays: 21, now });
    expect(warnings[0]!.kind).toBe("blocked");
    expect(inEnglish(warnings[0]!.text)).toContain("blocked for 30 days: Waiting for the faculty board");
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
