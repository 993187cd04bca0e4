import { z } from "zod";
import { ObstacleStage, PlanStepKey, ProgrammeElement, RuleLevel } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";
import { firstValues, type SearchParams } from "@/lib/domain/search-params";

const COUNTRY_MAX = 60;
const id = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

/** What an obstacle is: the rule, where it is written, and what it blocks. */
const obstacleFields = {
  title: z
    .string()
    .trim()
    .min(3, zodMessage("obstacles.validation.titleRequired", { min: 3 }))
    .max(200, zodMessage("obstacles.validation.titleMax", { max: 200 })),
  rule: z
    .string()
    .trim()
    .min(3, zodMessage("obstacles.validation.ruleRequired"))
    .max(5000, zodMessage("obstacles.validation.textMax", { max: 5000 })),
  ruleSource: z
    .string()
    .trim()
    .min(1, zodMessage("obstacles.validation.sourceRequired"))
    .max(500, zodMessage("obstacles.validation.textMax", { max: 500 })),
  ruleLevel: z.enum(RuleLevel, { message: zodMessage("obstacles.validation.levelRequired") }),
  country: z
    .string()
    .trim()
    .max(COUNTRY_MAX, zodMessage("obstacles.validation.country", { max: COUNTRY_MAX }))
    .optional()
    .transform((v) => (v ? v : null)),
  element: z.enum(ProgrammeElement, { message: zodMessage("obstacles.validation.elementRequired") }),
  description: z
    .string()
    .trim()
    .max(20_000, zodMessage("obstacles.validation.textMax", { max: 20_000 }))
    .default(""),
  step: z
    .union([z.literal(""), z.enum(PlanStepKey)])
    .optional()
    .transform((v) => (v ? v : null)),
};

export const raiseObstacleSchema = z.object({
  programmeId: id,
  /** Whose rule it is, or who takes a national or EU rule up: fixed once raised (its legal service works on it). */
  institutionId: z.string().trim().min(1, zodMessage("obstacles.validation.institutionRequired")).max(64),
  ...obstacleFields,
  raisedFromAdviceId: optionalId,
  raisedFromIssueId: optionalId,
});
export type RaiseObstacleInput = z.output<typeof raiseObstacleSchema>;

export const editObstacleSchema = z.object({ obstacleId: id, version: z.coerce.number().int().min(0), ...obstacleFields });
export type EditObstacleInput = z.output<typeof editObstacleSchema>;

/** One step along the pathway: where to, what happened (the evidence), and optionally the advice entry that shows it. */
export const moveObstacleSchema = z.object({
  obstacleId: id,
  version: z.coerce.number().int().min(0),
  toStage: z.enum(ObstacleStage, { message: zodMessage("obstacles.validation.stageRequired") }),
  note: z
    .string()
    .trim()
    .min(3, zodMessage("obstacles.validation.noteRequired", { min: 3 }))
    .max(5000, zodMessage("obstacles.validation.textMax", { max: 5000 })),
  evidenceAdviceId: optionalId,
});
export type MoveObstacleInput = z.output<typeof moveObstacleSchema>;

const registerFilterSchema = z.object({
  stage: z.enum(ObstacleStage).optional().catch(undefined),
  institution: z.string().trim().max(64).optional().catch(undefined),
  open: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type ObstacleFilters = z.output<typeof registerFilterSchema>;

export function parseObstacleFilters(search: SearchParams): ObstacleFilters {
  return registerFilterSchema.parse(firstValues(search));
}
