// Dates as people read them, in one place (isomorphic: server pages and client components alike).
//
// Two kinds of date, two rules:
// - calendar days (due dates, "given on": stored at UTC midnight) are the same day for everyone, so
//   they are read in UTC and no time zone shifts them: "24 Nov 2026";
// - moments (timestamps) are shown in the reader's time zone, which they name: "24 Nov 2026, 15:03 CET".
//
// The reader travels as one small object (`Reader`: time zone, and later the locale), passed the same
// way to every formatter; server code gets it from `getReader()` (lib/account/data.ts).
//
// Formatters are built once per (kind, locale, zone) and cached: `toLocaleString` with options builds
// a new Intl.DateTimeFormat on every call, which costs more than the rest of a board card.

/** Who reads the date: the time zone moments are shown in, and the locale (English until issue 13). */
export type Reader = { timeZone: string; locale?: string };

const DEFAULT_LOCALE = "en-GB";
/** The reader whose zone is unknown (no setting, no browser cookie yet, no JavaScript). */
export const UTC_READER: Reader = { timeZone: "UTC" };

type Kind = "day" | "dateTime" | "parts";
const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  day: { day: "numeric", month: "short", year: "numeric" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
  // Machine-readable parts for day arithmetic in a zone (24-hour clock, numbers only).
  parts: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: Kind, timeZone: string, locale = DEFAULT_LOCALE): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let built = cache.get(key);
  if (!built) {
    built = new Intl.DateTimeFormat(kind === "parts" ? "en-US" : locale, { ...OPTIONS[kind], timeZone });
    cache.set(key, built);
  }
  return built;
}

/**
 * "9 Nov 2026", for a calendar day. Stored at UTC midnight, so read in UTC whatever the reader's
 * zone; an ISO day ("2026-11-09", or a longer ISO string) is read the same way.
 */
export function formatDay(date: Date | string, reader?: Pick<Reader, "locale">): string {
  const day = typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  return formatter("day", "UTC", reader?.locale).format(day);
}

/** "24 Nov 2026, 15:03 CET": a moment in the reader's time zone, which it names. */
export function formatDateTime(date: Date, reader: Reader): string {
  return formatter("dateTime", reader.timeZone, reader.locale).format(date);
}

/** "24 Nov 2026": the day a moment fell on where the reader is ("removed on …", "added …"). */
export function formatMomentDay(date: Date, reader: Reader): string {
  return formatter("day", reader.timeZone, reader.locale).format(date);
}

function partsIn(date: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter("parts", timeZone).formatToParts(date)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** "2026-11-24": the calendar day a moment falls on in a zone (date inputs, "today" for the reader). */
export function isoDayIn(date: Date, timeZone: string): string {
  const { year, month, day } = partsIn(date, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** How far the zone's wall clock is ahead of UTC at that moment, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(new Date(instant), timeZone);
  const wallClock = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallClock - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The moment a calendar day ("2026-11-24") begins in a zone: the lower bound of "from that day". */
export function startOfDayIn(isoDay: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${isoDay}T00:00:00Z`);
  const guess = midnightUtc - offsetAt(midnightUtc, timeZone);
  // Across a daylight-saving change the offset at the guess differs from the one at UTC midnight.
  return new Date(midnightUtc - offsetAt(guess, timeZone));
}

/** Whether this runtime knows the zone (an IANA name such as "Europe/Warsaw", or "UTC"). */
export function isKnownTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

let zones: readonly string[] | null = null;
/** The IANA zones a person can choose from (the runtime's canonical list, plus "UTC"). */
export function selectableTimeZones(): readonly string[] {
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  return zones;
}
