// Next.js calls register() once when a server starts: the job worker runs inside it (e-mail,
// notifications, digests) unless CONSORT_WORKER=off (then run `npm run worker` beside it).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CONSORT_WORKER === "off") return;
  const { startWorker } = await import("./lib/jobs/worker");
  const { env } = await import("./lib/env");
  await startWorker(env.DATABASE_URL);
}
