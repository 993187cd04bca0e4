import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { EngagementStage } from "@/lib/generated/prisma/enums";
import { moveNeedsReason } from "./transitions";

const id = z.string().trim().min(1).max(64);
const version = z.coerce.number({ message: "Reload the page and try again." }).int().min(0);
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

export const REASON_MESSAGE =
  "Say why in at least 10 characters of words (punctuation and spaces do not count), so the others can see what happened.";

/** A reason has substance: at least 10 characters once punctuation, symbols and repeated spaces are left out. */
export function isSubstantialReason(text: string): boolean {
  return (
    text
      .replace(/[\p{P}\p{S}]/gu, "")
      .replace(/\s+/g, " ")
      .trim().length >= 10
  );
}

export const NO_ADVICE_CONFIRMATION_MESSAGE =
  "No advice is logged for this service. Tick “Settle without advice logged” and say why in the note, or log the advice first.";

/**
 * A stage move. `from` is the stage the person saw (like `version`): with `to` it tells whether the
 * move needs a reason, so a thin reason is refused here with the note field's own message. The
 * mutation checks again against the stage in the database (and whether any advice is logged), for
 * callers that send no `from`.
 */
export const moveEngagementSchema = z
  .object({
    engagementId: id,
    to: z.enum(EngagementStage, { message: "Choose where to move the engagement." }),
    from: z.enum(EngagementStage).optional(),
    version,
    note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").optional().default(""),
    /** The checkbox "Settle without advice logged". */
    confirmNoAdvice: z.literal("yes", { message: "Tick the box or leave it empty." }).optional(),
  })
  .superRefine((input, ctx) => {
    if ((moveNeedsReason(input.from, input.to) || input.confirmNoAdvice) && !isSubstantialReason(input.note))
      ctx.addIssue({ code: "custom", path: ["note"], message: REASON_MESSAGE });
  });
export type MoveEngagementInput = z.output<typeof moveEngagementSchema>;

/** "Advice received" offered after advice is logged (the engagement moves up to that stage). */
export const markAdviceReceivedSchema = z.object({ engagementId: id });

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
