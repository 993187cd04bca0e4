import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { EngagementStage } from "@/lib/generated/prisma/enums";

const id = z.string().trim().min(1).max(64);
const version = z.coerce.number({ message: "Reload the page and try again." }).int().min(0);
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

export const moveEngagementSchema = z.object({
  engagementId: id,
  to: z.enum(EngagementStage, { message: "Choose where to move the engagement." }),
  version,
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional().default(""),
});
export type MoveEngagementInput = z.output<typeof moveEngagementSchema>;

export const updateEngagementDetailsSchema = z.object({
  engagementId: id,
  version,
  contactName: optionalText(120, "contact's name"),
  contactRole: optionalText(120, "contact's role"),
  contactEmail: z
    .union([z.literal(""), z.string().trim().toLowerCase().email("Enter an e-mail address like name@university.eu, or leave it empty.")])
    .optional()
    .transform((v) => (v ? v : null)),
  ownerId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  dueDate: z
    .union([z.literal(""), calendarDay("Enter a date like 2027-03-31, or leave it empty.")])
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  note: optionalText(1000, "note"),
});
export type UpdateEngagementDetailsInput = z.output<typeof updateEngagementDetailsSchema>;

/** Tracker filters, read from the URL's search params (unknown values are ignored). */
export const trackerFiltersSchema = z.object({
  service: z.string().optional(),
  institution: z.string().optional(),
  stage: z.string().optional(),
});
