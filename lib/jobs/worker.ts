import "server-only";
import PgBoss from "pg-boss";
import { JOB_SCHEMA, MAINTENANCE_SECONDS, QUEUES, QUEUE_NAMES, type QueueName } from "./queues";
import { HANDLERS } from "./handlers";

// The job worker: runs inside every `npm start` (instrumentation.ts) unless CONSORT_WORKER=off, and
// alone with `npm run worker`. Any number of workers may share one database: pg-boss hands each job to
// one of them (SELECT … FOR UPDATE SKIP LOCKED), and the hourly tick is scheduled once for all.

export type RunningWorker = { stop: () => Promise<void> };

/** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
const POLL_SECONDS = 1;

export async function startWorker(databaseUrl: string, log: (line: string) => void = console.log): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_SCHEMA,
    max: 3,
    migrate: false,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
  });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  for (const queue of QUEUE_NAMES) {
    const handle = HANDLERS[queue] as (data: unknown) => Promise<unknown>;
    const options = { batchSize: QUEUES[queue].batchSize, pollingIntervalSeconds: POLL_SECONDS };
    await boss.work(queue, options, async (jobs) => {
      // Side by side; a failed job is failed alone (pg-boss retries it), the rest complete.
      const outcomes = await Promise.allSettled(jobs.map((job) => handle(job.data)));
      for (const [index, outcome] of outcomes.entries()) {
        const job = jobs[index];
        if (outcome.status === "fulfilled" || !job) continue;
        const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
        console.error(`[jobs] ${queue} job ${job.id} failed (it will be retried): ${reason}`);
        await boss.fail(queue, job.id, { message: reason });
      }
    });
  }
  // Every hour on the hour (UTC): due dates, overdue items and the daily digests that are due.
  await boss.schedule("tick" satisfies QueueName, "0 * * * *", { what: "hourly" }, { tz: "UTC" });
  log("Job worker started (e-mail, notifications, digests).");
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
