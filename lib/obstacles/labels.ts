// Zod-free lists for the obstacle forms (client components import them).
import type { ProgrammeElement, RuleLevel } from "@/lib/generated/prisma/enums";

export const RULE_LEVELS = ["INSTITUTIONAL", "NATIONAL", "EUROPEAN"] as const satisfies readonly RuleLevel[];

export const PROGRAMME_ELEMENTS = [
  "ADMISSION",
  "ASSESSMENT",
  "CREDIT_RECOGNITION",
  "JOINT_CERTIFICATE",
  "FEES",
  "DATA_EXCHANGE",
  "LANGUAGE",
  "MOBILITY",
  "OTHER",
] as const satisfies readonly ProgrammeElement[];
