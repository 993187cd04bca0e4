// Audit rows store raw before/after JSON; people read "Stage: Contacted → In consultation".

/** "moveEngagement" → "Move engagement"; "ProgrammePartner" → "Programme partner". */
export function humanize(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One value as a person reads it. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (/^[A-Z][A-Z0-9_]*$/.test(value)) return humanize(value); // enum values: IN_CONSULTATION
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return value.replace("T", " ").replace(/:\d{2}(\.\d+)?Z$/, " UTC");
    return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map(formatAuditValue).join(", ") : "—";
  return JSON.stringify(value);
}

export type FieldChange = { field: string; label: string; from: string; to: string };

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Before/after objects → one line per field that differs (fields only on one side included). */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => ({ field, label: humanize(field), from: formatAuditValue(b[field]), to: formatAuditValue(a[field]) }));
}
