// The guide's 16-step design process (DOMAIN.md), in its order. What each step is called and what
// it asks for are words, in the messages (the plan namespace's steps.*); this file holds the facts.
import type { PlanStepKey, PlanStepStatus, Service } from "@/lib/generated/prisma/enums";

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

/** The services each step needs (DOMAIN.md: consortium agreement → legal + internationalisation, …), in the guide's order. */
export const SERVICES_FOR_STEP: Record<PlanStepKey, readonly Service[]> = {
  EUROPEAN_DEVELOPMENTS: ["INTERNATIONALISATION"],
  MACRO_OBJECTIVES: ["TEACHING_AND_LEARNING"],
  PARTNERSHIP: ["INTERNATIONALISATION"],
  PROGRAMME_TEAM: ["PROGRAMME_ADMINISTRATION"],
  CROSS_INSTITUTIONAL_SUPPORT: [
    "INTERNATIONALISATION",
    "TEACHING_AND_LEARNING",
    "PROGRAMME_ADMINISTRATION",
    "IT",
    "LEGAL",
    "STUDENT_ADMINISTRATION",
  ],
  SHARED_VISION: ["TEACHING_AND_LEARNING"],
  JOINT_CURRICULUM: ["TEACHING_AND_LEARNING", "PROGRAMME_ADMINISTRATION"],
  QUALIFICATION: ["PROGRAMME_ADMINISTRATION", "LEGAL"],
  ECOSYSTEM: ["TEACHING_AND_LEARNING", "IT"],
  SUSTAINABILITY: ["PROGRAMME_ADMINISTRATION"],
  CONSORTIUM_AGREEMENT: ["INTERNATIONALISATION", "LEGAL"],
  STUDENT_RECRUITMENT: ["INTERNATIONALISATION", "STUDENT_ADMINISTRATION"],
  BUSINESS_PLAN: ["PROGRAMME_ADMINISTRATION", "LEGAL"],
  QUALITY_ASSURANCE: ["TEACHING_AND_LEARNING", "PROGRAMME_ADMINISTRATION"],
  EXAMINATION_REGULATIONS: ["LEGAL", "STUDENT_ADMINISTRATION"],
  ADMISSION_FRAMEWORK: ["LEGAL", "STUDENT_ADMINISTRATION"],
};

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
