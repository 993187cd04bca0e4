// Audit rows store raw before/after JSON; people read "Stage: Contacted → In consultation", in
// their language: field names and enum values are said through the audit and domain messages, dates
// in the reader's zone and locale. What people typed and names stay as they are.
import { formatDateTime, formatDay, UTC_READER, type Reader } from "@/lib/domain/dates";
import { isMessage, msg, readStoredMessage, type Message } from "@/lib/i18n/message";
import type { Service } from "@/lib/generated/prisma/enums";
import { isRoutingReason, routingMessage } from "@/lib/board/routing";
import { enumValueLabel, fieldLabel, humanize } from "./labels";

/** Says a Message in the reader's language: getSay() on a page, inEnglish in tests. */
export type Say = (message: Message) => string;

/** Fields that hold calendar days (stored at UTC midnight); every other date in a row is a moment. */
const CALENDAR_DAY_FIELDS = new Set(["dueDate", "givenOn", "plannedStart"]);

/** Names for stored ids and enum values (people, institutions, services…), when known. */
type ValueNames = ReadonlyMap<string, string>;
const NO_NAMES: ValueNames = new Map();

/** A date inside a row: a calendar day as "1 Dec 2026", a moment in the reader's zone. */
function formatStoredDate(value: string, field: string | undefined, reader: Reader): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || (field && CALENDAR_DAY_FIELDS.has(field))) return formatDay(value, reader);
  return formatDateTime(new Date(value), reader);
}

/** How values are shown: names for ids, and who reads (zone and locale for dates, words for the rest). */
export type AuditView = { names?: ValueNames; reader?: Reader; say: Say };

/** One value as a person reads it (`field`: which field it is, to tell calendar days from moments). */
export function formatAuditValue(value: unknown, view: AuditView, field?: string): string {
  const { names = NO_NAMES, reader = UTC_READER, say } = view;
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && names.has(value)) return names.get(value)!;
  if (typeof value === "boolean") return say(msg(value ? "audit.value.yes" : "audit.value.no"));
  if (typeof value === "number") return numberFormat(reader).format(value);
  // Why a new issue went to whom: stored as data, said like the issue's own history says it.
  if (field === "routing" && isRoutingReason(value)) {
    const words = { institution: (id: string) => names.get(id) ?? id, service: (s: Service) => say(msg(`domain.service.${s}`)) };
    return say(routingMessage(value, words));
  }
  if (typeof value === "string") {
    const label = enumValueLabel(value) ?? readStoredMessage(value);
    if (label) return say(label);
    if (/^[A-Z][A-Z0-9_]*$/.test(value)) return humanize(value); // an enum value of no known enum
    if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)))
      return formatStoredDate(value, field, reader);
    return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(v, view, field)).join(", ") : "—";
  // A row may store something to say (a key and its values) rather than text in one language.
  if (isMessage(value)) return say(value);
  return JSON.stringify(value);
}

/** Numbers as the reader writes them ("7,5" in German), never grouped (issue numbers, positions). */
function numberFormat(reader: Reader): Intl.NumberFormat {
  const locale = reader.locale ?? "en-GB";
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    numberFormats.set(locale, format);
  }
  return format;
}
const numberFormats = new Map<string, Intl.NumberFormat>();

/** One changed field: `field` is the stored identifier, the rest is in the reader's language. */
export type FieldChange = { field: string; label: string; from: string; to: string };

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Before/after objects → one line per field that differs (fields only on one side included). */
export function describeChanges(before: unknown, after: unknown, view: AuditView): FieldChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => ({
      field,
      label: view.say(fieldLabel(field)),
      from: formatAuditValue(b[field], view, field),
      to: formatAuditValue(a[field], view, field),
    }));
}

/** The ids a row's before/after mention (fields named …Id or …Ids), to look their names up. */
export function referencedIds(...values: unknown[]): string[] {
  const ids: string[] = [];
  for (const value of values) {
    const record = asRecord(value);
    if (!record) continue;
    for (const [key, v] of Object.entries(record)) {
      if (!/Ids?$/.test(key)) continue;
      for (const item of Array.isArray(v) ? v : [v]) if (typeof item === "string" && item) ids.push(item);
    }
  }
  return ids;
}
