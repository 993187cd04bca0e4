import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDay,
  formatMomentDay,
  isKnownTimeZone,
  isoDayIn,
  selectableTimeZones,
  startOfDayIn,
  UTC_READER,
} from "./dates";

const WARSAW = { timeZone: "Europe/Warsaw" };
const AUCKLAND = { timeZone: "Pacific/Auckland" };
// 23:30 UTC on 24 Nov: already 25 Nov in Warsaw (CET, +1) and in Auckland (NZDT, +13).
const LATE_EVENING_UTC = new Date("2026-11-24T23:30:00Z");
// 10:30 UTC on 24 Nov: still 24 Nov in Warsaw, already the evening of 24 Nov in Auckland.
const MORNING_UTC = new Date("2026-11-24T10:30:00Z");
// 11:30 UTC on 24 Nov: 12:30 in Warsaw (24 Nov), 00:30 on 25 Nov in Auckland.
const AUCKLAND_MIDNIGHT = new Date("2026-11-24T11:30:00Z");

describe("formatDay (calendar days)", () => {
  it("reads a calendar day the same from a Date at UTC midnight and from its ISO day", () => {
    expect(formatDay(new Date("2026-11-09T00:00:00Z"))).toBe("9 Nov 2026");
    expect(formatDay("2026-11-09")).toBe("9 Nov 2026");
    expect(formatDay("2026-11-09T23:59:59Z")).toBe("9 Nov 2026");
  });

  it("is not shifted by the server's time zone (the suite runs with TZ=Pacific/Auckland)", () => {
    expect(process.env.TZ).toBe("Pacific/Auckland");
    expect(formatDay(new Date("2026-01-01T00:00:00Z"))).toBe("1 Jan 2026");
  });
});

describe("formatDateTime (moments, in the reader's zone)", () => {
  it("shows the time in the reader's zone and names the zone", () => {
    expect(formatDateTime(new Date("2026-11-24T14:03:00Z"), WARSAW)).toBe("24 Nov 2026, 15:03 CET");
    expect(formatDateTime(new Date("2026-11-24T14:03:00Z"), UTC_READER)).toBe("24 Nov 2026, 14:03 UTC");
    expect(formatDateTime(new Date("2026-11-24T14:03:00Z"), AUCKLAND)).toBe("25 Nov 2026, 03:03 GMT+13");
  });

  it("puts a moment near midnight on the right day for each reader", () => {
    expect(formatDateTime(AUCKLAND_MIDNIGHT, WARSAW)).toBe("24 Nov 2026, 12:30 CET");
    expect(formatDateTime(AUCKLAND_MIDNIGHT, AUCKLAND)).toBe("25 Nov 2026, 00:30 GMT+13");
    expect(formatMomentDay(LATE_EVENING_UTC, UTC_READER)).toBe("24 Nov 2026");
    expect(formatMomentDay(LATE_EVENING_UTC, WARSAW)).toBe("25 Nov 2026");
    expect(formatMomentDay(MORNING_UTC, WARSAW)).toBe("24 Nov 2026");
    expect(formatMomentDay(MORNING_UTC, AUCKLAND)).toBe("24 Nov 2026");
  });

  it("follows daylight saving time (Warsaw is CEST in summer)", () => {
    expect(formatDateTime(new Date("2026-07-01T12:00:00Z"), WARSAW)).toBe("1 Jul 2026, 14:00 CEST");
  });

  it("takes the locale the same way as the zone", () => {
    expect(formatDateTime(new Date("2026-11-24T14:03:00Z"), { ...WARSAW, locale: "de-DE" })).toMatch(/^24\. Nov\. 2026, 15:03 MEZ$/);
    expect(formatDay("2026-11-24", { locale: "de-DE" })).toBe("24. Nov. 2026");
  });
});

describe("days in a zone", () => {
  it("says which calendar day a moment falls on where the reader is", () => {
    expect(isoDayIn(AUCKLAND_MIDNIGHT, "Europe/Warsaw")).toBe("2026-11-24");
    expect(isoDayIn(AUCKLAND_MIDNIGHT, "Pacific/Auckland")).toBe("2026-11-25");
    expect(isoDayIn(LATE_EVENING_UTC, "UTC")).toBe("2026-11-24");
  });

  it("finds the moment a day begins in a zone, across daylight-saving changes", () => {
    expect(startOfDayIn("2026-11-24", "Europe/Warsaw").toISOString()).toBe("2026-11-23T23:00:00.000Z");
    expect(startOfDayIn("2026-11-25", "Pacific/Auckland").toISOString()).toBe("2026-11-24T11:00:00.000Z");
    expect(startOfDayIn("2026-11-24", "UTC").toISOString()).toBe("2026-11-24T00:00:00.000Z");
    // Warsaw moves to CEST on 29 Mar 2026 at 02:00; that day still starts at 00:00 CET.
    expect(startOfDayIn("2026-03-29", "Europe/Warsaw").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayIn("2026-03-30", "Europe/Warsaw").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    // Auckland moves to NZDT on 27 Sep 2026 at 02:00 (+12 → +13).
    expect(startOfDayIn("2026-09-28", "Pacific/Auckland").toISOString()).toBe("2026-09-27T11:00:00.000Z");
  });
});

describe("time zones", () => {
  it("knows IANA zones and refuses made-up ones", () => {
    expect(isKnownTimeZone("Europe/Warsaw")).toBe(true);
    expect(isKnownTimeZone("UTC")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("")).toBe(false);
    expect(selectableTimeZones()).toContain("Europe/Warsaw");
    expect(selectableTimeZones()[0]).toBe("UTC");
  });
});
