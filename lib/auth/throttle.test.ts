import { describe, expect, it } from "vitest";
import { isThrottled, throttleWindowStart } from "./throttle";

describe("isThrottled", () => {
  it("allows up to four failures per account and 29 per address", () => {
    expect(isThrottled({ forAccount: 0, forAddress: 0 })).toBe(false);
    expect(isThrottled({ forAccount: 4, forAddress: 29 })).toBe(false);
  });

  it("refuses from the fifth failure for one account", () => {
    expect(isThrottled({ forAccount: 5, forAddress: 5 })).toBe(true);
    expect(isThrottled({ forAccount: 12, forAddress: 0 })).toBe(true);
  });

  it("refuses from the thirtieth failure from one address, whatever the account", () => {
    expect(isThrottled({ forAccount: 0, forAddress: 30 })).toBe(true);
    expect(isThrottled({ forAccount: 1, forAddress: 31 })).toBe(true);
  });
});

describe("throttleWindowStart", () => {
  it("is fifteen minutes before the given moment", () => {
    expect(throttleWindowStart(new Date("2026-11-28T12:00:00Z")).toISOString()).toBe("2026-11-28T11:45:00.000Z");
  });

  it("defaults to fifteen minutes before now", () => {
    const before = Date.now();
    const start = throttleWindowStart().getTime();
    expect(start).toBeGreaterThanOrEqual(before - 15 * 60_000);
    expect(start).toBeLessThanOrEqual(Date.now() - 15 * 60_000);
  });
});
