import { z } from "zod";
import { DECISION_STATES } from "./state";
import { DecisionTemplate, PlanStepKey, Service, SignOffAnswer } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";
import { isNoFileChosen } from "@/lib/advice/schema";
import { firstValues, type SearchParams } from "@/lib/domain/search-params";

const TITLE_MAX = 200;
const TEXT_MAX = 20_000;
const ANSWER_TEXT_MAX = 5_000;
const REASON_MAX = 500;

const id = z.string().trim().min(1).max(64);
const text = (max: number, tooLong: Parameters<typeof zodMessage>[0]) =>
  z.string().trim().max(max, zodMessage(tooLong, { max })).default("");

const files = z
  .union([z.instanceof(File), z.array(z.instanceof(File))])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((f) => !isNoFileChosen(f)));

const services = z
  .union([z.enum(Service), z.array(z.enum(Service))])
  .optional()
  .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])]);

/** What a proposal says: the same fields when it is first proposed and in every new version. */
const proposalFields = {
  title: z
    .string()
    .trim()
    .min(3, zodMessage("decisions.validation.titleRequired", { min: 3 }))
    .max(TITLE_MAX, zodMessage("decisions.validation.titleMax", { max: TITLE_MAX })),
  step: z.enum(PlanStepKey, { message: zodMessage("decisions.validation.stepRequired") }),
  services,
  question: z
    .string()
    .trim()
    .min(1, zodMessage("decisions.validation.questionRequired"))
    .max(TEXT_MAX, zodMessage("decisions.validation.textMax", { max: TEXT_MAX })),
  options: text(TEXT_MAX, "decisions.validation.textMax"),
  proposal: z
    .string()
    .trim()
    .min(1, zodMessage("decisions.validation.proposalRequired"))
    .max(TEXT_MAX, zodMessage("decisions.validation.textMax", { max: TEXT_MAX })),
  rationale: text(TEXT_MAX, "decisions.validation.textMax"),
  attachments: files,
};

export const proposeDecisionSchema = z.object({
  programmeId: id,
  template: z
    .union([z.literal(""), z.enum(DecisionTemplate)])
    .optional()
    .transform((v) => (v ? v : null)),
  ...proposalFields,
});
export type ProposeDecisionInput = z.output<typeof proposeDecisionSchema>;

/** A new version: `basedOn` is the version the person was reading when they edited. */
export const reviseDecisionSchema = z.object({ decisionId: id, basedOn: z.coerce.number().int().min(1), ...proposalFields });
export type ReviseDecisionInput = z.output<typeof reviseDecisionSchema>;

/** An institution's answer to the version the person read (`version`). */
export const signOffSchema = z
  .object({
    decisionId: id,
    institutionId: id,
    version: z.coerce.number().int().min(1),
    answer: z.enum(SignOffAnswer, { message: zodMessage("decisions.validation.answerRequired") }),
    text: text(ANSWER_TEXT_MAX, "decisions.validation.answerTextMax"),
  })
  .refine((v) => v.answer === "AGREE" || v.text.length > 0, {
    message: zodMessage("decisions.validation.answerTextRequired"),
    path: ["text"],
  });
export type SignOffInput = z.output<typeof signOffSchema>;

export const withdrawDecisionSchema = z.object({
  decisionId: id,
  reason: z
    .string()
    .trim()
    .min(3, zodMessage("decisions.validation.reasonRequired", { min: 3 }))
    .max(REASON_MAX, zodMessage("decisions.validation.reasonMax", { max: REASON_MAX })),
});

/** The register's filters, read from the URL; anything malformed is ignored rather than failing the page. */
const registerFilterSchema = z.object({
  state: z.enum(DECISION_STATES).optional().catch(undefined),
  step: z.enum(PlanStepKey).optional().catch(undefined),
  waitingFor: z.string().trim().max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

export function parseRegisterFilters(search: SearchParams) {
  return registerFilterSchema.parse(firstValues(search));
}
