// Dates as people read them, in one place. Formatters are built once: `toLocaleString` with options
// builds a new Intl.DateTimeFormat on every call, which costs more than the rest of a board card.

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DAY_AND_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/**
 * "9 Nov 2026". Calendar days are stored at UTC midnight, so they are formatted in UTC and no
 * time zone shifts them; an ISO day ("2026-11-09") is read the same way.
 */
export function formatDay(date: Date | string): string {
  return DAY.format(typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date);
}

/** "9 Nov 2026, 14:03 UTC": a moment, said in UTC so every partner reads the same time. */
export function formatDateTime(date: Date): string {
  return `${DAY_AND_TIME.format(date)} UTC`;
}
