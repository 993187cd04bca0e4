// The sign-in throttle against a real PostgreSQL: failures are counted per account and per client
// address within the window (successes and older failures do not count), and parallel attempts are
// counted one after another, so a burst of guesses cannot all slip under the limit.
import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { markSignInSucceeded, reserveSignInAttempt } from "@/lib/auth/mutations";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/throttle";
import { createUser, DEMO_PASSWORD } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";

const MINUTE = 60_000;

async function fail(times: number, email: string, ip: string, minutesAgo = 0) {
  const at = new Date(Date.now() - minutesAgo * MINUTE);
  for (let n = 0; n < times; n++) await db.signInAttempt.create({ data: { email, ip, succeeded: false, at } });
}
const allowed = async (email: string, ip: string) => (await reserveSignInAttempt(email, ip)) !== null;

describe("sign-in throttle", () => {
  beforeEach(resetDatabase);

  it("lets an account through after four failures and stops it at the fifth", async () => {
    await fail(MAX_FAILURES_PER_ACCOUNT - 1, "ana@example.test", "10.0.0.1");
    expect(await allowed("ana@example.test", "10.0.0.2")).toBe(true); // the fifth attempt, recorded as failed
    expect(await allowed("ana@example.test", "10.0.0.9")).toBe(false);
    // Another account from another address is not affected.
    expect(await allowed("bo@example.test", "10.0.0.9")).toBe(true);
  });

  it("does not count successful sign-ins or failures older than fifteen minutes", async () => {
    await fail(10, "ana@example.test", "10.0.0.1", 16);
    await fail(4, "ana@example.test", "10.0.0.1", 14);
    for (let n = 0; n < 5; n++) {
      const attempt = await reserveSignInAttempt("ana@example.test", "10.0.0.1");
      expect(attempt).not.toBeNull();
      await markSignInSucceeded(attempt!);
    }
    expect(await allowed("ana@example.test", "10.0.0.1")).toBe(true);
    expect(await allowed("ana@example.test", "10.0.0.1")).toBe(false);
  });

  it("throttles an address that guesses across many accounts at thirty failures", async () => {
    for (let n = 0; n < MAX_FAILURES_PER_ADDRESS - 1; n++)
      await db.signInAttempt.create({ data: { email: `user${n}@example.test`, ip: "203.0.113.7", succeeded: false } });
    expect(await allowed("user99@example.test", "203.0.113.7")).toBe(true);
    expect(await allowed("new@example.test", "203.0.113.7")).toBe(false);
    // The same accounts from a different address are fine: each account has only one failure.
    expect(await allowed("user1@example.test", "198.51.100.1")).toBe(true);
  });
});

describe("sign-in throttle under parallel attempts", () => {
  beforeEach(resetDatabase);

  it("checks only five of 40 parallel wrong passwords for one account, and a correct 41st is still refused", async () => {
    const person = await createUser({ email: "target@example.test" });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) => checkCredentials(person.email, `wrong guess ${n}`, `198.51.100.${n}`)),
    );
    const counts = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).length;
    expect({ wrong: counts("wrong"), throttled: counts("throttled") }).toEqual({ wrong: MAX_FAILURES_PER_ACCOUNT, throttled: 35 });
    expect((await checkCredentials(person.email, DEMO_PASSWORD, "198.51.100.250")).outcome).toBe("throttled");
    expect(await db.signInAttempt.count({ where: { email: person.email } })).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it("checks only thirty of 40 parallel wrong passwords from one address across 40 accounts", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) => checkCredentials(`nobody${n}@example.test`, "wrong guess", "203.0.113.9")),
    );
    expect(outcomes.filter((o) => o.outcome === "wrong")).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    expect(outcomes.filter((o) => o.outcome === "throttled")).toHaveLength(10);
    const person = await createUser({ email: "bystander@example.test" });
    expect((await checkCredentials(person.email, DEMO_PASSWORD, "203.0.113.9")).outcome).toBe("throttled");
    expect((await checkCredentials(person.email, DEMO_PASSWORD, "203.0.113.10")).outcome).toBe("ok");
  });

  it("lets the right password in and does not count it as a failure", async () => {
    const person = await createUser({ email: "fine@example.test" });
    await fail(MAX_FAILURES_PER_ACCOUNT - 1, person.email, "10.0.0.1");
    const check = await checkCredentials(person.email, DEMO_PASSWORD, "10.0.0.1");
    expect(check).toEqual({ outcome: "ok", user: { id: person.id, name: person.name, email: person.email } });
    expect(await db.signInAttempt.count({ where: { email: person.email, succeeded: false } })).toBe(MAX_FAILURES_PER_ACCOUNT - 1);
  });
});
