import "server-only";
import { db } from "@/lib/db";
import { enqueueMany } from "@/lib/jobs/mutations";

/** One digest job per person whose digest is due (a second job for the same day sends nothing: the e-mail's key). */
export async function enqueueDigests(due: readonly { userId: string; day: string }[]): Promise<void> {
  if (due.length === 0) return;
  await db.$transaction((tx) => enqueueMany(tx, "digest", due));
}

/** The notifications a digest carried (or that were no longer news when it was written) are e-mailed: never in a digest again. */
export async function markDigested(userId: string, ids: readonly string[], at: Date): Promise<void> {
  await db.notification.updateMany({ where: { userId, id: { in: [...ids] }, emailedAt: null }, data: { emailedAt: at } });
}
