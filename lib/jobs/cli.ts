// `npm run worker`: the job worker on its own (e.g. beside web servers started with CONSORT_WORKER=off).
import { env } from "@/lib/env";
import { startWorker } from "./worker";

const worker = await startWorker(env.DATABASE_URL, (line) => console.log(`[worker] ${line}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`[worker] ${signal}: finishing the jobs in hand …`);
    void worker.stop().then(() => process.exit(0));
  });
}
