import { describe, expect, it } from "vitest";
import { emptyProgressCounts } from "@/lib/engagements/next-steps";
import { isLate, supportStepStatus } from "./progress";
import { PLAN_STEPS_IN_GUIDE_ORDER, stepNumber } from "./steps";
import { SERVICES_FOR_STEP } from "./step-services";

const counts = (byStage: Partial<ReturnType<typeof emptyProgressCounts>["byStage"]>) => {
  const c = emptyProgressCounts();
  Object.assign(c.byStage, byStage);
  c.total = Object.values(c.byStage).reduce((a, b) => a + b, 0);
  c.done = c.byStage.SETTLED + c.byStage.NOT_APPLICABLE;
  return c;
};

describe("step 5 follows the matrix", () => {
  it("is not started while no service anywhere has been contacted (or there is nothing to contact)", () => {
    expect(supportStepStatus(counts({ NOT_CONTACTED: 18 }))).toBe("NOT_STARTED");
    expect(supportStepStatus(counts({}))).toBe("NOT_STARTED");
  });
  it("is in progress from the first contact until every engagement is settled or not applicable", () => {
    expect(supportStepStatus(counts({ NOT_CONTACTED: 17, CONTACTED: 1 }))).toBe("IN_PROGRESS");
    expect(supportStepStatus(counts({ SETTLED: 17, BLOCKED: 1 }))).toBe("IN_PROGRESS");
  });
  it("is done when every engagement is settled or not applicable", () => {
    expect(supportStepStatus(counts({ SETTLED: 16, NOT_APPLICABLE: 2 }))).toBe("DONE");
  });
});

describe("lateness", () => {
  it("is a target day before today on a step that is not finished", () => {
    expect(isLate({ status: "IN_PROGRESS", targetDay: "2026-11-29" }, "2026-11-30")).toBe(true);
    expect(isLate({ status: "NOT_STARTED", targetDay: "2026-11-30" }, "2026-11-30")).toBe(false);
    expect(isLate({ status: "DONE", targetDay: "2026-01-01" }, "2026-11-30")).toBe(false);
    expect(isLate({ status: "NOT_APPLICABLE", targetDay: "2026-01-01" }, "2026-11-30")).toBe(false);
    expect(isLate({ status: "IN_PROGRESS", targetDay: null }, "2026-11-30")).toBe(false);
  });
});

describe("the guide's steps", () => {
  it("are 16, numbered in the guide's order, with step 5 needing every service", () => {
    expect(PLAN_STEPS_IN_GUIDE_ORDER).toHaveLength(16);
    expect(stepNumber("CROSS_INSTITUTIONAL_SUPPORT")).toBe(5);
    expect(stepNumber("ADMISSION_FRAMEWORK")).toBe(16);
    expect(SERVICES_FOR_STEP.CROSS_INSTITUTIONAL_SUPPORT).toHaveLength(6);
    expect(SERVICES_FOR_STEP.CONSORTIUM_AGREEMENT).toEqual(["INTERNATIONALISATION", "LEGAL"]);
    expect(SERVICES_FOR_STEP.ECOSYSTEM).toContain("IT");
  });
});
