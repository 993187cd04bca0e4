// The decisions the guide implies (the consortium agreement's headings and the common platform),
// offered when proposing one. Their words are in the messages (decisions.templates.*); this file
// says which plan step and services each belongs to.
import type { DecisionTemplate, PlanStepKey, Service } from "@/lib/generated/prisma/enums";

export const DECISION_TEMPLATES = [
  "DELIVERY_PLATFORM",
  "LANGUAGE_POLICY",
  "MOBILITY_FORMATS",
  "AGREEMENTS",
  "QUALIFICATION",
  "ADMISSION",
  "EXAMINATION",
  "QUALITY_ASSURANCE",
] as const satisfies readonly DecisionTemplate[];

export const TEMPLATE_PLACE: Record<DecisionTemplate, { step: PlanStepKey; services: readonly Service[] }> = {
  DELIVERY_PLATFORM: { step: "ECOSYSTEM", services: ["TEACHING_AND_LEARNING", "IT"] },
  LANGUAGE_POLICY: { step: "CONSORTIUM_AGREEMENT", services: ["INTERNATIONALISATION", "TEACHING_AND_LEARNING"] },
  MOBILITY_FORMATS: { step: "CONSORTIUM_AGREEMENT", services: ["INTERNATIONALISATION"] },
  AGREEMENTS: { step: "CONSORTIUM_AGREEMENT", services: ["INTERNATIONALISATION", "LEGAL"] },
  QUALIFICATION: { step: "QUALIFICATION", services: ["PROGRAMME_ADMINISTRATION", "LEGAL"] },
  ADMISSION: { step: "ADMISSION_FRAMEWORK", services: ["LEGAL", "STUDENT_ADMINISTRATION"] },
  EXAMINATION: { step: "EXAMINATION_REGULATIONS", services: ["LEGAL", "STUDENT_ADMINISTRATION"] },
  QUALITY_ASSURANCE: { step: "QUALITY_ASSURANCE", services: ["TEACHING_AND_LEARNING", "PROGRAMME_ADMINISTRATION"] },
};

export function isDecisionTemplate(value: string | undefined): value is DecisionTemplate {
  return (DECISION_TEMPLATES as readonly string[]).includes(value ?? "");
}
