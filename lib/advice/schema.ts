import { firstValues, type SearchParams } from "@/lib/domain/search-params";
import { z } from "zod";
import { calendarDay } from "@/lib/domain/calendar-day";
import { AdviceKind, Service } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";

import { DETAILS_MAX, SUMMARY_MAX } from "./labels";

const NAME_MAX = 120;
const FOLLOW_UP_NOTE_MAX = 2000;
const REASON_MIN = 3;
const REASON_MAX = 500;

const id = z.string().trim().min(1).max(64);
const isoDate = calendarDay(zodMessage("advice.validation.givenOn"));
const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

/** What a person writes about one piece of advice (shared by the log and edit forms). */
const adviceFields = {
  givenOn: isoDate.refine((value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + 36 * 3600 * 1000, {
    message: zodMessage("advice.validation.givenOnFuture"),
  }),
  givenByName: z
    .string()
    .trim()
    .min(1, zodMessage("advice.validation.givenByNameRequired"))
    .max(NAME_MAX, zodMessage("advice.validation.givenByNameMax", { max: NAME_MAX })),
  givenByRole: z
    .string()
    .trim()
    .max(NAME_MAX, zodMessage("advice.validation.givenByRoleMax", { max: NAME_MAX }))
    .default(""),
  summary: z
    .string()
    .trim()
    .min(1, zodMessage("advice.validation.summaryRequired"))
    .max(SUMMARY_MAX, zodMessage("advice.validation.summaryMax", { max: SUMMARY_MAX })),
  details: z
    .string()
    .trim()
    .max(DETAILS_MAX, zodMessage("advice.validation.detailsMax", { max: DETAILS_MAX }))
    .default(""),
  kind: z.enum(AdviceKind, { message: zodMessage("advice.validation.kindRequired") }),
};

/**
 * The part a browser sends for a file input with no file chosen: 0 bytes and an empty filename.
 * Next.js turns that filename into "" on a plain form post but into the string "undefined" when
 * React posts the form (busboy reports an empty filename as undefined and React's decoder passes
 * it to `new File`). Either way it is no file; a named empty file ("notes.txt") is a real mistake
 * and is refused by the attachment check.
 */
export function isNoFileChosen(file: File): boolean {
  return file.size === 0 && (file.name === "" || file.name === "undefined");
}

const files = z
  .union([z.instanceof(File), z.array(z.instanceof(File))])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((f) => !isNoFileChosen(f)));

export const logAdviceSchema = z
  .object({
    engagementId: id,
    ...adviceFields,
    share: checkbox,
    followUpNeeded: checkbox,
    followUpNote: z
      .string()
      .trim()
      .max(FOLLOW_UP_NOTE_MAX, zodMessage("advice.validation.followUpNoteMax", { max: FOLLOW_UP_NOTE_MAX }))
      .default(""),
    attachments: files,
  })
  .refine((v) => !v.followUpNeeded || v.followUpNote.length > 0, {
    message: zodMessage("advice.validation.followUpNoteRequired"),
    path: ["followUpNote"],
  });

export const editAdviceSchema = z.object({
  adviceId: id,
  version: z.coerce.number().int().min(0),
  ...adviceFields,
  attachments: files,
});

export const shareAdviceSchema = z.object({ adviceId: id, version: z.coerce.number().int().min(0) });
export const deleteAdviceSchema = z.object({
  adviceId: id,
  version: z.coerce.number().int().min(0),
  reason: z
    .string()
    .trim()
    .min(REASON_MIN, zodMessage("advice.validation.reasonRequired", { min: REASON_MIN }))
    .max(REASON_MAX, zodMessage("advice.validation.reasonMax", { max: REASON_MAX })),
});
export const restoreAdviceSchema = z.object({ adviceId: id, version: z.coerce.number().int().min(0) });
export const removeAttachmentSchema = z.object({ attachmentId: id });

/** The Advice page's filters, read from the URL; anything malformed is ignored rather than failing the page. */
const adviceFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  institution: z.string().trim().max(64).optional().catch(undefined),
  service: z.enum(Service).optional().catch(undefined),
  kind: z.enum(AdviceKind).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  removed: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AdviceFilters = z.output<typeof adviceFilterSchema>;

export function parseAdviceFilters(searchParams: SearchParams): AdviceFilters {
  return adviceFilterSchema.parse(firstValues(searchParams));
}

/** The filters as URL search params (for pagination and the CSV link), without empty values. */
export function adviceFiltersToQuery(
  filters: AdviceFilters,
  overrides: Partial<Record<keyof AdviceFilters, string | number | undefined>> = {},
) {
  const params = new URLSearchParams();
  const merged: Record<string, string | number | boolean | undefined> = {
    ...filters,
    removed: filters.removed ? "1" : undefined,
    ...overrides,
  };
  for (const key of ["q", "institution", "service", "kind", "from", "to", "removed", "page"]) {
    const value = merged[key];
    if (value !== undefined && value !== null && value !== "" && !(key === "page" && Number(value) === 1)) params.set(key, String(value));
  }
  return params.toString();
}
