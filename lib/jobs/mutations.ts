import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { JOB_SCHEMA, type QueueName } from "./queues";
import type { JobData } from "./jobs";

// Enqueues a job inside the caller's transaction: the job exists exactly when the change that caused
// it is committed (a rolled-back change leaves no e-mail behind; a committed one is never without its
// job). One INSERT into pgboss.job on the transaction's own connection, nothing else: the request
// never waits for SMTP or for the fan-out.

/** Only builds the INSERT (never started, holds no connection): every send runs on a caller's transaction. */
const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => {
      throw new Error("Jobs are enqueued inside a transaction: pass it to enqueue(tx, …).");
    },
  },
});

function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

function onTransaction(tx: Tx) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<{ id: string }[]>(text, ...values.map(parameter)),
    }),
  };
}

export type EnqueueOptions = {
  /** Seconds from now, or a moment: when the job may start. */
  startAfter?: number | Date;
  /** At most one queued job with this key (later sends are dropped while one waits). */
  singletonKey?: string;
};

/** Adds a job to `queue`; returns its id, or null when `singletonKey` found one already waiting. */
export async function enqueue<Q extends QueueName>(
  tx: Tx,
  queue: Q,
  data: JobData[Q],
  options: EnqueueOptions = {},
): Promise<string | null> {
  const id = await sender.send(queue, data as object, { ...options, db: onTransaction(tx) });
  if (id === null && !options.singletonKey)
    throw new Error(`The job queue "${queue}" does not exist: run the migrations (npm run db:migrate).`);
  return id;
}

/** Adds many jobs to `queue` in ONE statement (a fan-out's e-mails, a tick's digests), inside the caller's transaction. */
export async function enqueueMany<Q extends QueueName>(tx: Tx, queue: Q, jobs: readonly JobData[Q][]): Promise<void> {
  if (jobs.length === 0) return;
  await sender.insert(
    jobs.map((data) => ({ name: queue, data })),
    { db: onTransaction(tx) },
  );
}
