// What each queue's jobs carry (ids and keys, never secrets: a link's token is derived when it is sent).
import type { EmailJob } from "@/lib/mail/mutations";
import type { QueueName } from "./queues";

export type JobData = {
  email: EmailJob;
  notify: NotifyJob;
  digest: { userId: string; day: string };
  tick: { what: "hourly" };
};

/** Placeholder until notifications are wired: an event to fan out into notifications. */
export type NotifyJob = { event: string; id: string };

export type Job<Q extends QueueName> = { id: string; data: JobData[Q] };
