import "server-only";
import { db } from "@/lib/db";
import { enqueueMany } from "@/lib/jobs/mutations";
import { deliveryFrom } from "../delivery";
import type { PlannedNotification } from "../planned";

/** Rows per INSERT: far below PostgreSQL's limit of parameters per statement. */
const CHUNK = 1000;

/**
 * Writes planned notifications, each once (its dedupeKey: a retried job, or a second tick the same
 * day, adds nothing), and for those the person wants by e-mail at once enqueues the e-mail in the
 * same transaction — only for rows created now. Those rows are marked e-mailed, so the digest never
 * repeats them. A fixed number of statements per chunk of rows, whatever the number of people.
 */
export async function saveNotifications(planned: readonly PlannedNotification[], now: Date): Promise<{ created: number; emailed: number }> {
  const unique = [...new Map(planned.map((p) => [p.dedupeKey, p])).values()];
  if (unique.length === 0) return { created: 0, emailed: 0 };
  const preferences = await db.notificationPreference.findMany({
    where: { userId: { in: [...new Set(unique.map((p) => p.userId))] }, kind: { in: [...new Set(unique.map((p) => p.kind))] } },
    select: { userId: true, kind: true, delivery: true },
  });
  const delivery = deliveryFrom(preferences);
  return db.$transaction(async (tx) => {
    let created = 0;
    let emailed = 0;
    for (let start = 0; start < unique.length; start += CHUNK) {
      const rows = await tx.notification.createManyAndReturn({
        data: unique.slice(start, start + CHUNK).map((p) => ({
          ...p,
          createdAt: now,
          emailedAt: delivery(p.userId, p.kind) === "EMAIL_NOW" ? now : null,
        })),
        skipDuplicates: true,
        select: { id: true, emailedAt: true },
      });
      const emails = rows.filter((row) => row.emailedAt !== null);
      await enqueueMany(
        tx,
        "email",
        emails.map((row) => ({ template: "notification" as const, key: `notification:${row.id}`, args: { notificationId: row.id } })),
      );
      created += rows.length;
      emailed += emails.length;
    }
    return { created, emailed };
  });
}
