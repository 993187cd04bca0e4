// Audit rows store raw before/after JSON; people read "Stage: Contacted → In consultation".
import { formatDateTime, formatDay, UTC_READER, type Reader } from "@/lib/domain/dates";

/** Fields that hold calendar days (stored at UTC midnight); every other date in a row is a moment. */
const CALENDAR_DAY_FIELDS = new Set(["dueDate", "givenOn", "plannedStart"]);

/** "moveEngagement" → "Move engagement"; "ProgrammePartner" → "Programme partner". */
export function humanize(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Names for stored ids and enum values (people, institutions, services…), when known. */
type ValueNames = ReadonlyMap<string, string>;
const NO_NAMES: ValueNames = new Map();

/** A date inside a row: a calendar day as "1 Dec 2026", a moment in the reader's zone. */
function formatStoredDate(value: string, field: string | undefined, reader: Reader): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || (field && CALENDAR_DAY_FIELDS.has(field))) return formatDay(value, reader);
  return formatDateTime(new Date(value), reader);
}

/** One value as a person reads it (`field`: which field it is, to tell calendar days from moments). */
export function formatAuditValue(value: unknown, names: ValueNames = NO_NAMES, reader: Reader = UTC_READER, field?: string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" && names.has(value)) return names.get(value)!;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (/^[A-Z][A-Z0-9_]*$/.test(value)) return humanize(value); // enum values: IN_CONSULTATION
    if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)))
      return formatStoredDate(value, field, reader);
    return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatAuditValue(v, names, reader, field)).join(", ") : "—";
  return JSON.stringify(value);
}

export type FieldChange = { field: string; label: string; from: string; to: string };

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Before/after objects → one line per field that differs (fields only on one side included). */
export function describeChanges(before: unknown, after: unknown, names: ValueNames = NO_NAMES, reader: Reader = UTC_READER): FieldChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return (
    fields
      .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
      // "institutionId" reads as "Institution" once the id is shown as a name.
      .map((field) => ({
        field,
        label: humanize(field.replace(/(.)Id$/, "$1")),
        from: formatAuditValue(b[field], names, reader, field),
        to: formatAuditValue(a[field], names, reader, field),
      }))
  );
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
