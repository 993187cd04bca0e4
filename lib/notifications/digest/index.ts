import "server-only";
import { deliverEmail } from "@/lib/mail/mutations";
import { findUndigested } from "./data";
import { markDigested } from "./mutations";

/** The e-mail key of a person's digest for their day: at most one such e-mail, whatever runs twice. */
export const digestKey = (userId: string, day: string) => `digest:${userId}:${day}`;

/**
 * The `digest` job: picks the person's undigested notifications, sends the digest e-mail (once per
 * person and day: deliverEmail keeps one message per key, also with two workers or after a restart),
 * then marks what it carried. A job that finds the e-mail already sent marks nothing: what arrived
 * since waits for the next digest. A crash between sending and marking repeats those lines in the next
 * digest rather than losing them.
 */
export async function sendDigest({ userId, day }: { userId: string; day: string }, now: Date = new Date()) {
  const notificationIds = await findUndigested(userId, now);
  if (notificationIds.length === 0) return "nothing-to-send" as const;
  const outcome = await deliverEmail({ template: "digest", key: digestKey(userId, day), args: { userId, day, notificationIds } });
  if (outcome !== "already-sent") await markDigested(userId, notificationIds, now);
  return outcome;
}
