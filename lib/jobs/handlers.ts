import "server-only";
import { deliverEmail } from "@/lib/mail/mutations";
import { sendDigest } from "@/lib/notifications/digest";
import { fanOut } from "@/lib/notifications/fanout";
import { runHourlyTick } from "@/lib/notifications/tick";
import type { JobData } from "./jobs";
import type { QueueName } from "./queues";

/** What each queue's jobs do. */
export const HANDLERS: { [Q in QueueName]: (data: JobData[Q]) => Promise<unknown> } = {
  email: deliverEmail,
  notify: (event) => fanOut(event),
  digest: (job) => sendDigest(job),
  tick: () => runHourlyTick(),
};
