// The job queues, in PostgreSQL (pg-boss, schema "pgboss"). Every e-mail, fan-out and digest is a job:
// retried with backoff, kept across crashes and restarts, and taken by exactly one worker at a time.
export const JOB_SCHEMA = "pgboss";

export type QueueName = "email" | "notify" | "digest" | "tick";

type QueuePolicy = {
  /** Attempts after the first. */
  retryLimit: number;
  /** Seconds before the first retry; doubled for each further one (retryBackoff). */
  retryDelay: number;
  retryBackoff: boolean;
  /** Seconds a single attempt may take before it counts as failed. */
  expireInSeconds: number;
};

/**
 * E-mail is retried 12 times, each wait doubling from 5 s (plus up to as much again at random): about
 * 3 to 6 hours in all, so an SMTP server down for a maintenance window loses nothing. The fan-out and
 * digest jobs only touch the database, so fewer, quicker retries are enough.
 */
export const QUEUES: Record<QueueName, QueuePolicy> = {
  email: { retryLimit: 12, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  notify: { retryLimit: 10, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 },
  digest: { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  tick: { retryLimit: 2, retryDelay: 10, retryBackoff: false, expireInSeconds: 300 },
};

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];
