import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { EngagementStage } from "@/lib/generated/prisma/enums";
import { msg, zodMessage, type MessageKey } from "@/lib/i18n/message";
import { moveNeedsReason } from "./transitions";

const id = z.string().trim().min(1).max(64);
const version = z.coerce
  .number({ message: zodMessage("engagements.validation.reload") })
  .int()
  .min(0);
// `max` as text: these messages have always written it without a thousands separator ("1000").
const optionalText = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, zodMessage(tooLong, { max: String(max) }))
    .optional()
    .transform((v) => (v ? v : null));

export const REASON_MESSAGE = msg("engagements.validation.reason");

/** A reason has substance: at least 10 characters once punctuation, symbols and repeated spaces are left out. */
export function isSubstantialReason(text: string): boolean {
  return (
    text
      .replace(/[\p{P}\p{S}]/gu, "")
      .replace(/\s+/g, " ")
      .trim().length >= 10
  );
}

export const NO_ADVICE_CONFIRMATION_MESSAGE = msg("engagements.validation.noAdviceConfirmation");

/**
 * A stage move. `from` is the stage the person saw (like `version`): with `to` it tells whether the
 * move needs a reason, so a thin reason is refused here with the note field's own message. The
 * mutation checks again against the stage in the database (and whether any advice is logged), for
 * callers that send no `from`.
 */
export const moveEngagementSchema = z
  .object({
    engagementId: id,
    to: z.enum(EngagementStage, { message: zodMessage("engagements.validation.chooseStage") }),
    from: z.enum(EngagementStage).optional(),
    version,
    note: z
      .string()
      .trim()
      .max(1000, zodMessage("engagements.validation.noteTooLong", { max: 1000 }))
      .optional()
      .default(""),
    /** The checkbox "Settle without advice logged". */
    confirmNoAdvice: z.literal("yes", { message: zodMessage("engagements.validation.tickOrEmpty") }).optional(),
  })
  .superRefine((input, ctx) => {
    if ((moveNeedsReason(input.from, input.to) || input.confirmNoAdvice) && !isSubstantialReason(input.note))
      ctx.addIssue({ code: "custom", path: ["note"], message: zodMessage(REASON_MESSAGE.key) });
  });
export type MoveEngagementInput = z.output<typeof moveEngagementSchema>;

/** "Advice received" offered after advice is logged (the engagement moves up to that stage). */
export const markAdviceReceivedSchema = z.object({ engagementId: id });

export const updateEngagementDetailsSchema = z.object({
  engagementId: id,
  version,
  contactName: optionalText(120, "engagements.validation.contactNameTooLong"),
  contactRole: optionalText(120, "engagements.validation.contactRoleTooLong"),
  contactEmail: z
    .union([z.literal(""), z.string().trim().toLowerCase().email(zodMessage("engagements.validation.email"))])
    .optional()
    .transform((v) => (v ? v : null)),
  ownerId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  dueDate: z
    .union([z.literal(""), calendarDay(zodMessage("engagements.validation.dueDate"))])
    .optional()
    .transform((v) => (v ? new Date(`${v}T00:00:00Z`) : null)),
  note: optionalText(1000, "engagements.validation.detailsNoteTooLong"),
});
export type UpdateEngagementDetailsInput = z.output<typeof updateEngagementDetailsSchema>;
