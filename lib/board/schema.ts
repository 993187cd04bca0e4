import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { EscalationLevel, IssueCloseReason, IssuePriority, IssueStatus, PlanStepKey, Service } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";

const id = z.string().trim().min(1, zodMessage("board.errors.chooseOne")).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

const dateInput = z
  .union([z.literal(""), calendarDay(zodMessage("board.errors.dateFormat", { example: "2027-03-01" }))])
  .optional()
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

const servicesInput = z
  .union([z.enum(Service), z.array(z.enum(Service))], { message: zodMessage("board.errors.chooseServices") })
  .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
  .refine((v) => v.length > 0, zodMessage("board.errors.atLeastOneService"));

/** "visa, mobility" → ["visa", "mobility"]; lower-case, unique, short. */
const labelsInput = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => {
    const raw = Array.isArray(v) ? v : (v ?? "").split(",");
    return [...new Set(raw.map((l) => l.trim().toLowerCase()).filter(Boolean))];
  })
  .refine((v) => v.length <= 10, zodMessage("board.errors.tooManyLabels", { max: 10 }))
  .refine((v) => v.every((l) => l.length <= 40), zodMessage("board.errors.labelTooLong", { max: 40 }));

const title = z
  .string()
  .trim()
  .min(3, zodMessage("board.errors.titleTooShort", { min: 3 }))
  .max(200, zodMessage("board.errors.titleTooLong", { max: 200 }));
const description = z
  .string()
  .trim()
  .max(20_000, zodMessage("board.errors.descriptionTooLong", { max: 20_000 }))
  .default("");
const escalation = z
  .union([z.literal(""), z.enum(EscalationLevel)])
  .optional()
  .transform((v) => (v ? v : null));

export const issueFieldsSchema = z.object({
  title,
  description,
  services: servicesInput,
  institutionId: optionalId,
  priority: z.enum(IssuePriority, { message: zodMessage("board.errors.choosePriority") }).default("NORMAL"),
  dueDate: dateInput,
  labels: labelsInput,
  escalation,
  engagementId: optionalId,
  adviceId: optionalId,
  /** The plan step the issue belongs to ("" → none). */
  planStep: z
    .union([z.literal(""), z.enum(PlanStepKey)])
    .optional()
    .transform((v) => (v ? v : null)),
});

export const createIssueSchema = issueFieldsSchema.extend({
  programmeId: id,
  /** "" → let routing propose; "none" → deliberately unassigned. */
  assigneeId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v === "none" ? null : v ? v : undefined)),
});

export const editIssueSchema = issueFieldsSchema.extend({ issueId: id, version: z.coerce.number().int() });

export const editIssueTextSchema = z.object({ issueId: id, version: z.coerce.number().int(), title, description });

export const moveIssueSchema = z.object({
  issueId: id,
  toStatus: z.enum(IssueStatus, { message: zodMessage("board.errors.chooseColumn") }),
  toIndex: z.coerce.number().int().min(0),
  version: z.coerce.number().int(),
  resolutionNote: z.string().trim().max(5000).optional(),
});

export const assignIssueSchema = z.object({
  issueId: id,
  version: z.coerce.number().int(),
  assigneeId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v && v !== "none" ? v : null)),
});

export const resolveIssueSchema = z.object({
  issueId: id,
  version: z.coerce.number().int(),
  resolutionNote: z
    .string()
    .trim()
    .min(3, zodMessage("board.errors.resolutionTooShort", { min: 3 }))
    .max(5000, zodMessage("board.errors.noteTooLong", { max: 5000 })),
});

export const closeIssueSchema = z.object({
  issueId: id,
  version: z.coerce.number().int(),
  closeReason: z.enum(IssueCloseReason, { message: zodMessage("board.errors.chooseCloseReason") }),
  closeNote: z
    .string()
    .trim()
    .min(3, zodMessage("board.errors.closeNoteTooShort", { min: 3 }))
    .max(2000),
});

export const reopenIssueSchema = z.object({ issueId: id, version: z.coerce.number().int() });

export const commentSchema = z.object({
  issueId: id,
  body: z
    .string()
    .trim()
    .min(1, zodMessage("board.errors.commentEmpty"))
    .max(10_000, zodMessage("board.errors.commentTooLong", { max: 10_000 })),
});

/** Board and list filters, read from the URL. Unknown values are dropped rather than failing the page. */
export const boardFilterSchema = z.object({
  service: z.enum(Service).optional().catch(undefined),
  institution: z.string().max(64).optional().catch(undefined),
  assignee: z.string().max(64).optional().catch(undefined),
  mine: z
    .string()
    .optional()
    .transform((v) => v === "1")
    .catch(false),
  overdue: z
    .string()
    .optional()
    .transform((v) => v === "1")
    .catch(false),
  label: z.string().max(40).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  view: z.enum(["board", "list"]).optional().catch(undefined),
  sort: z.enum(["due", "priority", "number"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  more: z.enum(IssueStatus).optional().catch(undefined),
});
export type BoardFilters = z.output<typeof boardFilterSchema>;

/** Whether any filter narrows the issues (view, sort, page and "show all" do not). */
export function hasActiveFilters(filters: BoardFilters): boolean {
  return Boolean(
    filters.service || filters.institution || filters.assignee || filters.mine || filters.overdue || filters.label || filters.q?.trim(),
  );
}

/** Overdue = due before today (in UTC date terms, as dueDate is a calendar date) and not done. */
