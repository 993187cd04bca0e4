// `npm run test:faults` (second part): the SMTP server goes away while e-mails are queued, and one of
// two worker processes crashes and restarts meanwhile. Runs two real `npm run worker` processes
// against a throwaway PostgreSQL and a real SMTP server, queues e-mails, refuses every delivery for
// a while, then accepts again, and checks that every message arrives exactly once. Prints figures.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import PgBoss from "pg-boss";
import { JOB_SCHEMA } from "../../lib/jobs/queues.ts";
import { startSmtpServer } from "../support/smtp-server.ts";
import { withTestDatabase } from "../with-database.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const MESSAGES = Number(process.env.FAULT_EMAILS ?? 100);
const OUTAGE_MS = Number(process.env.FAULT_SMTP_OUTAGE_MS ?? 15_000);
// A crashed worker's jobs wait for their expiry (60 s) and the next maintenance pass (≤ 30 s).
const DELIVERY_LIMIT_MS = 180_000;

const t0 = Date.now();
const log = (line: string) => console.log(`[smtp-faults ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}`);
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "  ok  " : "  FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

/** A worker process, once it says it has started. */
async function startWorkerProcess(name: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "lib/jobs/cli.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const quiet = (chunk: Buffer) => {
    // Each refused delivery is logged by the worker; only show what is not that.
    for (const line of chunk.toString().split("\n")) if (line && !line.includes("will be retried")) console.log(`  [${name}] ${line}`);
  };
  child.stdout?.on("data", quiet);
  child.stderr?.on("data", quiet);
  await new Promise<void>((resolve, reject) => {
    const ready = (chunk: Buffer) => {
      if (!chunk.toString().includes("Job worker started")) return;
      child.stdout?.off("data", ready);
      resolve();
    };
    child.stdout?.on("data", ready);
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code} before it started`)));
  });
  return child;
}

async function waitUntil(what: string, probe: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await sleep(200);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}.`);
}

const exitCode = await withTestDatabase(async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const smtp = await startSmtpServer();
  const workers: ChildProcess[] = [];
  try {
    const users = Array.from({ length: MESSAGES }, (_, i) => ({
      id: `faultuser${String(i).padStart(5, "0")}`,
      email: `person${i}@uni.example`,
    }));
    for (const u of users) {
      await client.query(`INSERT INTO "User" (id, name, email, "updatedAt") VALUES ($1, $2, $3, now())`, [u.id, `Person ${u.id}`, u.email]);
    }
    const env = { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, AUTH_SECRET: randomBytes(32).toString("base64") };

    smtp.refuse();
    workers.push(...(await Promise.all([startWorkerProcess("worker 1", env), startWorkerProcess("worker 2", env)])));
    const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: false });
    await boss.start();
    for (const u of users) await boss.send("email", { template: "test", key: `fault:${u.id}`, args: { userId: u.id } });
    await boss.stop({ graceful: false });
    log(`Queued ${MESSAGES} e-mails; the SMTP server refuses every delivery for ${OUTAGE_MS / 1000} s.`);

    await sleep(OUTAGE_MS / 2);
    log("Worker 1 crashes (SIGKILL) and is started again.");
    workers[0]?.kill("SIGKILL");
    workers[0] = await startWorkerProcess("worker 1 (restarted)", env);
    await sleep(OUTAGE_MS / 2);

    const refusedDuringOutage = smtp.refusals();
    smtp.accept();
    log(`The SMTP server accepts again (${refusedDuringOutage} deliveries were refused).`);
    const mostAfterMs = await waitUntil("90 % of the e-mails", () => smtp.inbox.length >= MESSAGES * 0.9, DELIVERY_LIMIT_MS);
    const deliveredAfterMs = await waitUntil(`${MESSAGES} e-mails`, () => smtp.inbox.length >= MESSAGES, DELIVERY_LIMIT_MS).catch(
      async (error: unknown) => {
        const { rows } = await client.query(
          `SELECT state, count(*) AS n, max(retry_count) AS retries, max(output::text) AS output FROM ${JOB_SCHEMA}.job WHERE name = 'email' GROUP BY state`,
        );
        console.log(`Received ${smtp.inbox.length}; e-mail jobs by state:`, rows);
        throw error;
      },
    );
    log(`All ${MESSAGES} e-mails arrived ${(deliveredAfterMs / 1000).toFixed(1)} s after the server came back.`);
    await waitUntil(
      "every e-mail job to finish",
      async () => {
        const { rows } = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM ${JOB_SCHEMA}.job WHERE name = 'email' AND state IN ('created', 'retry', 'active')`,
        );
        return Number(rows[0]?.n) === 0;
      },
      DELIVERY_LIMIT_MS,
    );
    const { rows: attempts } = await client.query<{ max: number; avg: string }>(
      `SELECT max(attempts) AS max, avg(attempts)::numeric(5,1) AS avg FROM "EmailMessage"`,
    );

    const recipients = smtp.inbox.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? "");
    const distinct = new Set(recipients);
    check(refusedDuringOutage > 0, `deliveries were refused during the outage (${refusedDuringOutage})`);
    check(distinct.size === MESSAGES, `every e-mail arrived (${distinct.size} of ${MESSAGES})`);
    check(smtp.inbox.length === MESSAGES, `none arrived twice (${smtp.inbox.length} received for ${MESSAGES} e-mails)`);
    check(deliveredAfterMs <= DELIVERY_LIMIT_MS, `all delivered within ${DELIVERY_LIMIT_MS / 1000} s of recovery`);
    console.log(
      `\nFigures: ${MESSAGES} e-mails, SMTP down ${OUTAGE_MS / 1000} s, one of two workers crashed and restarted; ` +
        `${refusedDuringOutage} refused attempts; all ${distinct.size} delivered once, ${(deliveredAfterMs / 1000).toFixed(1)} s after ` +
        `recovery (90 % after ${(mostAfterMs / 1000).toFixed(1)} s; the rest were held by the crashed worker until they expired); attempts per e-mail: average ${attempts[0]?.avg}, at most ${attempts[0]?.max}.`,
    );
    return failures.length === 0 ? 0 : 1;
  } finally {
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => (w.exitCode === null ? new Promise((r) => w.once("exit", r)) : Promise.resolve())));
    await smtp.close();
    await client.end();
  }
});
process.exit(exitCode);
