import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { PlanStepStatus } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";

const REASON_MAX = 500;

/** A step's status (absent for step 5, whose status is the matrix's), owner and target date. */
export const updatePlanStepSchema = z
  .object({
    stepId: z.string().trim().min(1).max(64),
    version: z.coerce.number().int().min(0),
    status: z.enum(PlanStepStatus, { message: zodMessage("plan.validation.statusRequired") }).optional(),
    statusReason: z
      .string()
      .trim()
      .max(REASON_MAX, zodMessage("plan.validation.reasonMax", { max: REASON_MAX }))
      .default(""),
    ownerId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => (v ? v : null)),
    targetDate: z
      .union([z.literal(""), calendarDay(zodMessage("plan.validation.targetDate", { example: "2027-03-01" }))])
      .optional()
      .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  })
  .refine((v) => v.status !== "NOT_APPLICABLE" || v.statusReason.length > 0, {
    message: zodMessage("plan.validation.reasonRequired"),
    path: ["statusReason"],
  });
export type UpdatePlanStepInput = z.output<typeof updatePlanStepSchema>;
