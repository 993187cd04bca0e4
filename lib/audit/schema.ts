import { firstValues, type SearchParams } from "@/lib/domain/search-params";
import { msg, zodMessage, type Message } from "@/lib/i18n/message";
import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine(
    (v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))),
    zodMessage("audit.problems.dateFormat"),
  );

/** The audit page's filters, from its URL (every field optional; a bad one is reported, not fatal). */
const auditFilterSchema = z.object({
  actor: optionalText,
  action: optionalText,
  entity: optionalText,
  from: optionalDay,
  to: optionalDay,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type AuditFilters = z.output<typeof auditFilterSchema>;

/** What the page says about a filter it dropped ("From: Enter a date as YYYY-MM-DD. That filter was ignored."). */
function problemOf(field: string): Message {
  if (field === "from") return msg("audit.problems.badFrom");
  if (field === "to") return msg("audit.problems.badTo");
  return msg("audit.problems.ignored", { field });
}

/** Parses search params; invalid fields are dropped and reported so the page can say so. */
export function parseAuditFilters(params: SearchParams): { filters: AuditFilters; problems: Message[] } {
  const flat = firstValues(params);
  const parsed = auditFilterSchema.safeParse(flat);
  if (parsed.success) {
    const { from, to } = parsed.data;
    if (from && to && from > to) return { filters: { ...parsed.data, from: to, to: from }, problems: [msg("audit.problems.swapped")] };
    return { filters: parsed.data, problems: [] };
  }
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const cleaned = Object.fromEntries(Object.entries(flat).filter(([k]) => !bad.has(k)));
  return {
    filters: auditFilterSchema.parse(cleaned),
    problems: parsed.error.issues.map((i) => problemOf(String(i.path[0]))),
  };
}
