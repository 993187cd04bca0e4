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
  /**
   * Seconds a single attempt may take before it counts as failed: also how long the jobs of a worker
   * that crashed wait before another worker retries them (plus up to MAINTENANCE_SECONDS).
   */
  expireInSeconds: number;
  /** Jobs a worker takes at once and runs side by side (each poll takes up to this many). */
  batchSize: number;
};

/**
 * E-mail is retried 12 times, each wait doubling from 5 s (plus up to as much again at random): about
 * 3 to 6 hours in all, so an SMTP server down for a maintenance window loses nothing. The fan-out and
 * digest jobs only touch the database, so fewer, quicker retries are enough.
 */
export const QUEUES: Record<QueueName, QueuePolicy> = {
  email: { retryLimit: 12, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, batchSize: 5 },
  notify: { retryLimit: 10, retryDelay: 2, retryBackoff: true, expireInSeconds: 120, batchSize: 5 },
  digest: { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 300, batchSize: 5 },
  tick: { retryLimit: 2, retryDelay: 10, retryBackoff: false, expireInSeconds: 300, batchSize: 1 },
};

/** How often pg-boss looks for jobs whose worker died (expired) and hands them back for retry. */
export const MAINTENANCE_SECONDS = 30;

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];
