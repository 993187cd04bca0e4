// The guide's 16-step design process (DOMAIN.md), in its order. What each step is called and what
// it asks for are words, in the messages (the plan namespace's steps.*); this file holds the facts.
import type { PlanStepKey, PlanStepStatus } from "@/lib/generated/prisma/enums";

export const PLAN_STEPS_IN_GUIDE_ORDER = [
  "EUROPEAN_DEVELOPMENTS",
  "MACRO_OBJECTIVES",
  "PARTNERSHIP",
  "PROGRAMME_TEAM",
  "CROSS_INSTITUTIONAL_SUPPORT",
  "SHARED_VISION",
  "JOINT_CURRICULUM",
  "QUALIFICATION",
  "ECOSYSTEM",
  "SUSTAINABILITY",
  "CONSORTIUM_AGREEMENT",
  "STUDENT_RECRUITMENT",
  "BUSINESS_PLAN",
  "QUALITY_ASSURANCE",
  "EXAMINATION_REGULATIONS",
  "ADMISSION_FRAMEWORK",
] as const satisfies readonly PlanStepKey[];

/** Step 5, the chapter Consort is built from: its progress is the engagement matrix's, never hand-set. */
export const SUPPORT_STEP = "CROSS_INSTITUTIONAL_SUPPORT" satisfies PlanStepKey;

/** 1–16, as the guide numbers its steps. */
export function stepNumber(step: PlanStepKey): number {
  return PLAN_STEPS_IN_GUIDE_ORDER.indexOf(step) + 1;
}

export function isPlanStepKey(value: string): value is PlanStepKey {
  return (PLAN_STEPS_IN_GUIDE_ORDER as readonly string[]).includes(value);
}

/** The statuses a person sets by hand (step 5's comes from the matrix). */
export const PLAN_STEP_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"] as const satisfies readonly PlanStepStatus[];

/** A step is finished when it is done or does not apply; anything else with a target date in the past is late. */
export function isFinished(status: PlanStepStatus): boolean {
  return status === "DONE" || status === "NOT_APPLICABLE";
}
