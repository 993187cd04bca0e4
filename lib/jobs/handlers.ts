import "server-only";
import { deliverEmail } from "@/lib/mail/mutations";
import type { JobData } from "./jobs";
import type { QueueName } from "./queues";

/** What each queue's jobs do. */
export const HANDLERS: { [Q in QueueName]: (data: JobData[Q]) => Promise<unknown> } = {
  email: deliverEmail,
  notify: async () => {
    throw new Error("notify: not wired yet");
  },
  digest: async () => {
    throw new Error("digest: not wired yet");
  },
  tick: async () => {
    throw new Error("tick: not wired yet");
  },
};
