// What each queue's jobs carry (ids and keys, never secrets: a link's token is derived when it is sent).
import type { EmailJob } from "@/lib/mail/mutations";
import type { NotificationEvent } from "@/lib/notifications/events";
import type { QueueName } from "./queues";

export type JobData = {
  email: EmailJob;
  notify: NotificationEvent;
  digest: { userId: string; day: string };
  tick: { what: "hourly" };
};

export type Job<Q extends QueueName> = { id: string; data: JobData[Q] };
