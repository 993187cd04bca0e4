import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { DeliveryMode, MemberRole, Service } from "@/lib/generated/prisma/enums";
import { msg, zodMessage, type Message, type MessageKey } from "@/lib/i18n/message";
import { PROGRAMME_PHASES } from "./phases";
import { formatList } from "@/lib/domain/lists";

export { PROGRAMME_PHASES };

const id = z.string().trim().min(1, zodMessage("programmes.validation.chooseOne")).max(64);

/**
 * The version of a row when its form was opened. An empty value is refused, not read as 0
 * (which `z.coerce` would do), so a form without it can never pass for the first version.
 */
export const formVersion = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.coerce
    .number({ message: zodMessage("programmes.validation.reload") })
    .int(zodMessage("programmes.validation.reload"))
    .min(0, zodMessage("programmes.validation.reload")),
);

export const createProgrammeSchema = z.object({
  title: z.string().trim().min(3, zodMessage("programmes.validation.titleMin")).max(200, zodMessage("programmes.validation.titleMax")),
  summary: z.string().trim().max(5000, zodMessage("programmes.validation.summaryMax")).default(""),
  ects: z.coerce
    .number({ message: zodMessage("programmes.validation.ects") })
    .min(1, zodMessage("programmes.validation.ectsMin"))
    .max(60, zodMessage("programmes.validation.ectsMax")),
  eqfLevel: z.coerce
    .number({ message: zodMessage("programmes.validation.eqfLevel") })
    .int()
    .min(1, zodMessage("programmes.validation.eqfRange"))
    .max(8, zodMessage("programmes.validation.eqfRange")),
  deliveryMode: z.enum(DeliveryMode, { message: zodMessage("programmes.validation.deliveryMode") }),
  plannedStart: z
    .union([z.literal(""), calendarDay(zodMessage("programmes.validation.plannedStart"))])
    .optional()
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null)),
  leadInstitutionId: id,
});
export type CreateProgrammeInput = z.output<typeof createProgrammeSchema>;

/**
 * The details the team leader edits on Settings: everything the programme was created with except
 * its lead institution (changing the lead would re-home every engagement), plus its phase.
 * `version` is the programme's version when the form was opened: a save over a newer one is refused.
 */
export const programmeDetailsSchema = createProgrammeSchema.omit({ leadInstitutionId: true }).extend({
  programmeId: id,
  version: formVersion,
  status: z.enum(PROGRAMME_PHASES, { message: zodMessage("programmes.validation.status") }),
});
export type ProgrammeDetailsInput = z.output<typeof programmeDetailsSchema>;

const DETAIL_FIELD_NAMES: Record<string, MessageKey> = {
  title: "programmes.detailField.title",
  summary: "programmes.detailField.summary",
  ects: "programmes.detailField.ects",
  eqfLevel: "programmes.detailField.eqfLevel",
  deliveryMode: "programmes.detailField.deliveryMode",
  plannedStart: "programmes.detailField.plannedStart",
  status: "programmes.detailField.status",
};

/**
 * ["title", "status"] → "title and phase": how messages name the details that changed, in the
 * language of `say` (`locale` is its formatting locale, for the list's "and").
 */
export function nameDetailFields(fields: readonly string[], say: (message: Message) => string, locale: string): string {
  const names = fields.map((f) => {
    const key = DETAIL_FIELD_NAMES[f];
    return key ? say(msg(key)) : f;
  });
  if (names.length === 0) return say(msg("programmes.detailField.none"));
  return formatList(names, locale);
}

export const addPartnerSchema = z.object({ programmeId: id, institutionId: id });

export const addMemberSchema = z
  .object({
    programmeId: id,
    email: z.string().trim().toLowerCase().email(zodMessage("programmes.validation.email")),
    // Asked every time, used only for a new account: whether an account exists is not revealed.
    name: z
      .string({ message: zodMessage("programmes.validation.name") })
      .trim()
      .min(1, zodMessage("programmes.validation.name"))
      .max(120, zodMessage("programmes.validation.nameMax")),
    role: z.enum(MemberRole, { message: zodMessage("programmes.validation.role") }),
    institutionId: id,
    services: z.array(z.enum(Service)).default([]),
  })
  .refine((v) => v.role !== "TASK_FORCE" || v.services.length > 0, {
    message: zodMessage("programmes.validation.services"),
    path: ["services"],
  });

export const partnerChangeSchema = z.object({ programmeId: id, institutionId: id });

export const programmeSettingsSchema = z.object({
  programmeId: id,
  staleAfterDays: z.coerce
    .number({ message: zodMessage("programmes.validation.staleDays") })
    .int(zodMessage("programmes.validation.staleWhole"))
    .min(1, zodMessage("programmes.validation.staleMin"))
    .max(365, zodMessage("programmes.validation.staleMax")),
});
