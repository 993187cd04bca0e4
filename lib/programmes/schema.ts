import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { DeliveryMode, MemberRole, Service } from "@/lib/generated/prisma/enums";
import { PROGRAMME_PHASES } from "./phases";

export { PROGRAMME_PHASES };

const id = z.string().trim().min(1, "Choose one.").max(64);

/**
 * The version of a row when its form was opened. An empty value is refused, not read as 0
 * (which `z.coerce` would do), so a form without it can never pass for the first version.
 */
export const formVersion = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.coerce
    .number({ message: "Reload the page and try again." })
    .int("Reload the page and try again.")
    .min(0, "Reload the page and try again."),
);

export const createProgrammeSchema = z.object({
  title: z.string().trim().min(3, "Give the programme a title of at least 3 characters.").max(200, "Keep the title under 200 characters."),
  summary: z.string().trim().max(5000, "Keep the summary under 5,000 characters.").default(""),
  ects: z.coerce
    .number({ message: "Enter the workload in ECTS, e.g. 15." })
    .min(1, "A micro-credential carries at least 1 ECTS.")
    .max(60, "A micro-credential carries at most 60 ECTS."),
  eqfLevel: z.coerce
    .number({ message: "Choose an EQF level." })
    .int()
    .min(1, "EQF levels run from 1 to 8.")
    .max(8, "EQF levels run from 1 to 8."),
  deliveryMode: z.enum(DeliveryMode, { message: "Choose how the programme is delivered." }),
  plannedStart: z
    .union([z.literal(""), calendarDay("Enter a date like 2027-09-01.")])
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
  status: z.enum(PROGRAMME_PHASES, { message: "Choose the phase the programme is in." }),
});
export type ProgrammeDetailsInput = z.output<typeof programmeDetailsSchema>;

const DETAIL_FIELD_NAMES: Record<string, string> = {
  title: "title",
  summary: "summary",
  ects: "workload",
  eqfLevel: "EQF level",
  deliveryMode: "delivery",
  plannedStart: "planned start",
  status: "phase",
};

/** ["title", "status"] → "title and phase": how messages name the details that changed. */
export function nameDetailFields(fields: readonly string[]): string {
  const names = fields.map((f) => DETAIL_FIELD_NAMES[f] ?? f);
  if (names.length === 0) return "details";
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]!;
}

export const addPartnerSchema = z.object({ programmeId: id, institutionId: id });

export const addMemberSchema = z
  .object({
    programmeId: id,
    email: z.string().trim().toLowerCase().email("Enter the person's email address."),
    // Asked every time, used only for a new account: whether an account exists is not revealed.
    name: z
      .string({ message: "Enter the person's name (used if they have no Consort account yet)." })
      .trim()
      .min(1, "Enter the person's name (used if they have no Consort account yet).")
      .max(120, "Keep the name under 120 characters."),
    role: z.enum(MemberRole, { message: "Choose a role." }),
    institutionId: id,
    services: z.array(z.enum(Service)).default([]),
  })
  .refine((v) => v.role !== "TASK_FORCE" || v.services.length > 0, {
    message: "Choose the service(s) this task-force member represents.",
    path: ["services"],
  });

export const partnerChangeSchema = z.object({ programmeId: id, institutionId: id });

export const programmeSettingsSchema = z.object({
  programmeId: id,
  staleAfterDays: z.coerce
    .number({ message: "Enter a number of days, e.g. 21." })
    .int("Enter a whole number of days.")
    .min(1, "Use at least 1 day.")
    .max(365, "Use at most 365 days."),
});
