import "server-only";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "./kinds";
import { enqueueDigests } from "./digest/mutations";
import { planDueNotifications } from "./due";
import { saveNotifications } from "./fanout/mutations";
import { findDigestsDue, findDueItems } from "./schedule/data";

const DIGEST_BY_DEFAULT = NOTIFICATION_KINDS.filter((kind) => DEFAULT_DELIVERY[kind] === "DIGEST");

/**
 * The hourly `tick` job. For everyone whose digest hour has come today (in their time zone): the
 * due-tomorrow and overdue notices of their day (once per item and day), then a digest job for each
 * person with news whose digest has not gone out today. Set-based: a few statements for everyone.
 */
export async function runHourlyTick(now: Date = new Date()) {
  const due = await saveNotifications(planDueNotifications(await findDueItems(now)), now);
  const digests = await findDigestsDue(now, DIGEST_BY_DEFAULT);
  await enqueueDigests(digests);
  return { dueNotices: due.created, digests: digests.length };
}
