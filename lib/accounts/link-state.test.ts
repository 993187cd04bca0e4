import { describe, expect, it } from "vitest";
import { tokenProblem } from "./link-state";
import { minutesUntil } from "./limits";

const now = new Date("2026-11-30T12:00:00Z");
const working = { expiresAt: new Date("2026-11-30T12:30:00Z"), usedAt: null, revokedAt: null, user: { deactivatedAt: null } };

describe("why a link does not work", () => {
  it("works while unused, not replaced, not expired, for an active account", () => {
    expect(tokenProblem(working, now)).toBeNull();
  });

  it("names each reason, an unknown link and a deactivated account alike as 'invalid'", () => {
    expect(tokenProblem(null, now)).toBe("invalid");
    expect(tokenProblem({ ...working, user: { deactivatedAt: now } }, now)).toBe("invalid");
    expect(tokenProblem({ ...working, usedAt: now }, now)).toBe("used");
    expect(tokenProblem({ ...working, revokedAt: now }, now)).toBe("replaced");
    expect(tokenProblem({ ...working, expiresAt: now }, now)).toBe("expired");
  });

  it("says 'used' before 'expired': a used link that has since expired was still used", () => {
    expect(tokenProblem({ ...working, usedAt: now, expiresAt: new Date("2026-11-29T00:00:00Z") }, now)).toBe("used");
  });
});

describe("minutesUntil", () => {
  it("rounds up to whole minutes and never says zero", () => {
    expect(minutesUntil(new Date("2026-11-30T12:10:01Z"), now)).toBe(11);
    expect(minutesUntil(new Date("2026-11-30T12:00:10Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2026-11-30T11:00:00Z"), now)).toBe(1);
  });
});
