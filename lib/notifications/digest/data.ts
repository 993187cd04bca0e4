import "server-only";
import { db } from "@/lib/db";
import { digestKinds } from "../delivery";
import { UNDIGESTED_DAYS } from "../schedule/data";

/** At most this many notifications go into one digest (the oldest first; the rest wait for the next). */
export const DIGEST_LIMIT = 500;

/**
 * The person's notifications for their digest: of the kinds they get by digest, not in any e-mail yet,
 * from the last week up to `now`. Two queries.
 */
export async function findUndigested(userId: string, now: Date): Promise<string[]> {
  const preferences = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } });
  const rows = await db.notification.findMany({
    where: {
      userId,
      emailedAt: null,
      kind: { in: digestKinds(preferences) },
      createdAt: { gt: new Date(now.getTime() - UNDIGESTED_DAYS * 86_400_000), lte: now },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: DIGEST_LIMIT,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
