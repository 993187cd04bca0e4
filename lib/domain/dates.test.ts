import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay } from "./dates";

describe("formatDay", () => {
  it("reads a calendar day the same from a Date at UTC midnight and from its ISO day", () => {
    expect(formatDay(new Date("2026-11-09T00:00:00Z"))).toBe("9 Nov 2026");
    expect(formatDay("2026-11-09")).toBe("9 Nov 2026");
    expect(formatDay("2026-11-09T23:59:59Z")).toBe("9 Nov 2026");
  });

  it("is not shifted by the server's time zone", () => {
    expect(formatDay(new Date("2026-01-01T00:00:00Z"))).toBe("1 Jan 2026");
  });
});

describe("formatDateTime", () => {
  it("says the moment in UTC, with the zone named", () => {
    expect(formatDateTime(new Date("2026-11-09T14:03:00Z"))).toBe("9 Nov 2026, 14:03 UTC");
    expect(formatDateTime(new Date("2026-11-09T23:30:00-02:00"))).toBe("10 Nov 2026, 01:30 UTC");
  });
});
