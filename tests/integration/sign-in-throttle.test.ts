// The sign-in throttle's data side: failures are counted per account and per client address within
// the window; successes and older failures do not count.
import { beforeEach, describe, expect, it } from "vitest";
import { countRecentFailedSignIns } from "@/lib/auth/data";
import { recordSignInAttempt } from "@/lib/auth/mutations";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, isThrottled, throttleWindowStart } from "@/lib/auth/throttle";
import { db, resetDatabase } from "@/tests/support/database";

const MINUTE = 60_000;
const failures = (email: string, ip: string) => countRecentFailedSignIns(email, ip, throttleWindowStart());

async function fail(times: number, email: string, ip: string, minutesAgo?: number) {
  for (let n = 0; n < times; n++) {
    if (minutesAgo === undefined) await recordSignInAttempt(email, ip, false);
    else await db.signInAttempt.create({ data: { email, ip, succeeded: false, at: new Date(Date.now() - minutesAgo * MINUTE) } });
  }
}

describe("sign-in throttle", () => {
  beforeEach(resetDatabase);

  it("lets an account through after four failures and stops it at the fifth", async () => {
    await fail(MAX_FAILURES_PER_ACCOUNT - 1, "ana@example.test", "10.0.0.1");
    expect(await failures("ana@example.test", "10.0.0.9")).toEqual({ forAccount: 4, forAddress: 0 });
    expect(isThrottled(await failures("ana@example.test", "10.0.0.9"))).toBe(false);
    await fail(1, "ana@example.test", "10.0.0.2");
    expect(isThrottled(await failures("ana@example.test", "10.0.0.9"))).toBe(true);
    // Another account from another address is not affected.
    expect(isThrottled(await failures("bo@example.test", "10.0.0.9"))).toBe(false);
  });

  it("does not count successful sign-ins or failures older than fifteen minutes", async () => {
    await fail(10, "ana@example.test", "10.0.0.1", 16);
    await fail(4, "ana@example.test", "10.0.0.1", 14);
    for (let n = 0; n < 5; n++) await recordSignInAttempt("ana@example.test", "10.0.0.1", true);
    expect(await failures("ana@example.test", "10.0.0.1")).toEqual({ forAccount: 4, forAddress: 4 });
    expect(isThrottled(await failures("ana@example.test", "10.0.0.1"))).toBe(false);
  });

  it("throttles an address that guesses across many accounts at thirty failures", async () => {
    for (let n = 0; n < MAX_FAILURES_PER_ADDRESS - 1; n++)
      await db.signInAttempt.create({ data: { email: `user${n}@example.test`, ip: "203.0.113.7", succeeded: false } });
    expect(await failures("new@example.test", "203.0.113.7")).toEqual({ forAccount: 0, forAddress: 29 });
    expect(isThrottled(await failures("new@example.test", "203.0.113.7"))).toBe(false);
    await recordSignInAttempt("user99@example.test", "203.0.113.7", false);
    expect(isThrottled(await failures("new@example.test", "203.0.113.7"))).toBe(true);
    // The same accounts from a different address are fine: each account has only one failure.
    expect(isThrottled(await failures("user1@example.test", "198.51.100.1"))).toBe(false);
  });
});
