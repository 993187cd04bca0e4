// Creates pg-boss's schema and Consort's queues (with their retry policies). Run wherever migrations
// are applied (apply-migrations.ts), so a job can be enqueued from the first request on.
import PgBoss from "pg-boss";
import { JOB_SCHEMA, QUEUES, QUEUE_NAMES } from "../../lib/jobs/queues.ts";

export async function installJobQueues(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, supervise: false, schedule: false, max: 1 });
  boss.on("error", (error) => console.error("[jobs] while installing the queues:", error.message));
  await boss.start();
  try {
    for (const name of QUEUE_NAMES) {
      const { batchSize: _worker, ...retries } = QUEUES[name];
      const policy = { name, ...retries, retentionMinutes: 60 * 24 * 14 };
      if (await boss.getQueue(name)) await boss.updateQueue(name, policy);
      else await boss.createQueue(name, policy);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
