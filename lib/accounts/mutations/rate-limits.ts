import "server-only";
import type { Tx } from "@/lib/db";
import type { RateLimit } from "../limits";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Counts one request against each `rule` for its key, inside the caller's transaction: allowed when
 * every rule has fewer than `limit` hits in its window (then a hit is recorded for each), else
 * refused with the moment the request would be allowed again. Counting and recording happen under an
 * advisory lock per bucket and key, taken in the order given, so parallel requests are counted one
 * after another and cannot all slip under a limit. A refused request writes nothing.
 */
export async function takeRateLimits(
  tx: Tx,
  checks: readonly { rule: RateLimit; key: string }[],
  now = new Date(),
): Promise<RateLimitVerdict> {
  let retryAt: Date | null = null;
  for (const { rule, key } of checks) {
    // 7331: this module's lock class (sign-in uses 7311/7312, the board 7301, memberships 7302).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7331, hashtext(${`${rule.bucket}:${key}`}))`;
    const recent = await tx.rateLimitHit.findMany({
      where: { bucket: rule.bucket, key, at: { gt: windowStart(rule, now) } },
      orderBy: { at: "desc" },
      take: rule.limit,
      select: { at: true },
    });
    // The oldest hit that still counts: once it leaves the window, there is room for one more.
    const oldestCounted = recent[rule.limit - 1];
    if (oldestCounted) {
      const freeAt = new Date(oldestCounted.at.getTime() + rule.windowMs);
      if (!retryAt || freeAt > retryAt) retryAt = freeAt;
    }
  }
  if (retryAt) return { allowed: false, retryAt };
  for (const { rule, key } of checks) {
    // Hits that no longer count are cleared on the way: the table holds at most one window per key.
    await tx.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key, at: { lte: windowStart(rule, now) } } });
    await tx.rateLimitHit.create({ data: { bucket: rule.bucket, key, at: now } });
  }
  return { allowed: true };
}

function windowStart(rule: RateLimit, now: Date): Date {
  return new Date(now.getTime() - rule.windowMs);
}
