import "server-only";
import type { Tx } from "@/lib/db";
import { enqueue } from "@/lib/jobs/mutations";
import type { NotificationEvent } from "./events";

/**
 * Tells the notification fan-out about a change, inside the change's transaction: one INSERT of a
 * `notify` job, nothing else. Who hears of it is decided later by the worker.
 */
export async function notify(tx: Tx, event: NotificationEvent): Promise<void> {
  await enqueue(tx, "notify", event);
}
