// `npm run test:faults`: the database goes away under load and comes back.
// Starts a throwaway embedded PostgreSQL and the production app (lib/cli/start.ts, demo data), puts
// it under a light, bounded load of page reads and board-issue writes, stops PostgreSQL, checks that
// users get the clear "temporarily unavailable" page/response (no stack traces), restarts
// PostgreSQL, measures how long Consort takes to recover by itself (must be < 10 s), and verifies
// that every acknowledged write is there, none twice, and none half-applied.
// Everything listens on 127.0.0.1/localhost only. Prints its figures; exits 1 on any failure.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium } from "@playwright/test";
import pg from "pg";
import { CHROMIUM_ARGS, findChromium } from "../support/chromium.ts";
import { mintSession, SESSION_COOKIE } from "../support/session-cookie.ts";
import { startEmbeddedPostgres, type RunningDatabase } from "../../prisma/tools/embedded-postgres.ts";
import { freePort } from "../support/free-port.ts";
import { findAction } from "./action-ids.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e"; // shares the e2e build: no second build in CI
const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 6000);
const RECOVERY_LIMIT_MS = 10_000;
const WRITERS = 3;
const UNAVAILABLE_TEXT = "temporarily unavailable";
const LEAK = /\bat [\w.<>]+ \(|node_modules|PrismaClient|ECONNREFUSED|P1001|Invalid `|DriverAdapterError/;

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "  ok  " : "  FAIL"} ${what}`);
  if (!ok) failures.push(what);
};
const t0 = Date.now();
const log = (line: string) => console.log(`[faults ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}`);

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}.`);
}

type Write = { title: string; at: number; outcome: "acknowledged" | "unavailable" | "other"; detail: string };
type Read = { at: number; status: number; ok: boolean; unavailable: boolean; leak: boolean; text: string };

const dir = await mkdtemp(path.join(tmpdir(), "consort-faults-"));
await chmod(dir, 0o755);
const pgPort = await freePort();
const webPort = await freePort();
const base = `http://localhost:${webPort}`;
const secret = randomBytes(32).toString("base64url");
let database: RunningDatabase | undefined;
let app: ChildProcess | undefined;

async function stopApp() {
  if (!app?.pid || app.exitCode !== null) return;
  const exited = new Promise((resolve) => app!.once("exit", resolve));
  app.kill("SIGTERM"); // start.ts stops the Next.js process group it started
  await Promise.race([exited, sleep(15_000)]);
}

try {
  database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: pgPort, database: "consort_faults" });
  const url = database.url;
  log(`PostgreSQL on 127.0.0.1:${pgPort}; starting Consort (production build in ${distDir}/) on ${base} …`);
  // Node itself with tsx's loader, not the tsx CLI: under load the CLI's 30 ms signal hand-over fails,
  // it SIGKILLs start.ts, and the web server start.ts runs in its own process group outlives the test.
  app = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts", "--fresh-demo"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(webPort),
      NEXT_DIST_DIR: distDir,
      AUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let appOutput = "";
  const appLog = process.env.FAULT_APP_LOG ? createWriteStream(process.env.FAULT_APP_LOG) : undefined;
  const collect = (d: unknown) => {
    appOutput = (appOutput + String(d)).slice(-20_000);
    appLog?.write(String(d));
  };
  app.stdout?.on("data", collect);
  app.stderr?.on("data", collect);
  await waitFor("Consort to serve /login", async () => (await fetch(`${base}/login`)).ok, 300_000).catch((error) => {
    console.error(appOutput.slice(-4000));
    throw error;
  });
  log("Consort is up.");

  // A signed session for the demo team leader (same format and secret as Auth.js).
  const [leader] = await sql<{ id: string; name: string; email: string }>(
    url,
    `SELECT id, name, email FROM "User" WHERE email = 'leader@consort.test'`,
  );
  const [programme] = await sql<{ id: string; title: string }>(
    url,
    `SELECT p.id, p.title FROM "Programme" p JOIN "Membership" m ON m."programmeId" = p.id WHERE m."userId" = $1 AND m.role = 'TEAM_LEADER' ORDER BY p."createdAt" LIMIT 1`,
    [leader?.id],
  );
  if (!leader || !programme) throw new Error("The demo seed has no team leader with a programme (leader@consort.test).");
  // The cookie names a session row (lib/auth/session.ts), as a real sign-in's does.
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  const { cookieValue: token } = await mintSession(session, leader.email, secret).finally(() => session.end());
  const cookie = `${SESSION_COOKIE}=${token}`;
  const boardPath = `/programmes/${programme.id}/board`;
  const action = findAction(path.join(root, distDir), "createIssueAction", { programmeId: programme.id });

  const writes: Write[] = [];
  const reads: Read[] = [];
  let sequence = 0;
  async function writeOnce(): Promise<Write> {
    const title = `fault-${++sequence}-${randomBytes(3).toString("hex")}`;
    const at = Date.now();
    try {
      const response = await fetch(`${base}${action.pagePath}`, {
        method: "POST",
        headers: { cookie, "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: base },
        body: JSON.stringify([
          { status: "idle" },
          { programmeId: programme!.id, title, description: "Written during the fault test.", services: ["LEGAL"], priority: "NORMAL" },
        ]),
        redirect: "manual",
        signal: AbortSignal.timeout(15_000),
      });
      const body = await response.text();
      const redirectTo = response.headers.get("x-action-redirect") ?? "";
      // A created issue redirects to its page (/board/<number>; Next may append ";push" or ";replace").
      if (response.status === 200 && /\/board\/\d+(;|$)/.test(redirectTo))
        return { title, at, outcome: "acknowledged", detail: redirectTo };
      if (body.includes(UNAVAILABLE_TEXT) && !LEAK.test(body)) return { title, at, outcome: "unavailable", detail: `${response.status}` };
      return { title, at, outcome: "other", detail: `${response.status} ${body.slice(0, 300)}` };
    } catch (error) {
      return { title, at, outcome: "other", detail: String(error) };
    }
  }
  async function readOnce(): Promise<Read> {
    const at = Date.now();
    try {
      const response = await fetch(`${base}${boardPath}`, { headers: { cookie }, signal: AbortSignal.timeout(15_000) });
      const body = await response.text();
      const text = body
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      return {
        at,
        status: response.status,
        // What the page shows, not its scripts: every page carries its client messages (the
        // unavailable notice's words among them) in the RSC payload.
        ok: response.status === 200 && text.includes(programme!.title) && !text.includes(UNAVAILABLE_TEXT),
        unavailable: text.includes(UNAVAILABLE_TEXT),
        leak: LEAK.test(body),
        text,
      };
    } catch {
      return { at, status: 0, ok: false, unavailable: false, leak: false, text: "" };
    }
  }

  let loading = true;
  const loops = [
    ...Array.from({ length: WRITERS }, async () => {
      while (loading) {
        writes.push(await writeOnce());
        await sleep(150);
      }
    }),
    (async () => {
      while (loading) {
        reads.push(await readOnce());
        await sleep(200);
      }
    })(),
  ];

  // Warm up until writes go through (the first requests of a fresh server are slow), then a bit more.
  await waitFor("a first acknowledged write", async () => writes.some((w) => w.outcome === "acknowledged"), 60_000).catch(() => {});
  await sleep(2000);
  const before = writes.filter((w) => w.outcome === "acknowledged").length;
  check(before > 0, `writes acknowledged before the outage: ${before}`);

  // A person with the board open in a browser during the outage.
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base, httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));

  log("Stopping PostgreSQL …");
  const stopRequested = Date.now();
  await database.stop();
  // From here the server is gone (stop() resolves when PostgreSQL has exited).
  const outageStart = Date.now();
  log(`PostgreSQL stopped (${outageStart - stopRequested} ms).`);
  await sleep(1000);
  await page.goto(`${base}${boardPath}`);
  const heading = page.getByRole("heading", { name: /temporarily unavailable/i });
  await heading.waitFor({ timeout: 10_000 }).then(
    () => check(true, "a page opened during the outage says “Consort is temporarily unavailable”"),
    async () =>
      check(
        false,
        `a page opened during the outage says “temporarily unavailable” (it showed: ${(
          await page
            .locator("body")
            .innerText()
            .catch(() => "")
        ).slice(0, 200)})`,
      ),
  );
  await page
    .getByText(/retries by itself/)
    .waitFor({ timeout: 10_000 })
    .then(
      () => check(true, "the page then says it retries by itself"),
      () => check(false, "the page then says it retries by itself"),
    );
  if (process.env.FAULT_SCREENSHOT) await page.screenshot({ path: process.env.FAULT_SCREENSHOT });
  await sleep(Math.max(0, OUTAGE_MS - (Date.now() - outageStart)));

  log("Restarting PostgreSQL …");
  const restartAt = Date.now();
  database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: pgPort, database: "consort_faults" });
  const pgReadyAt = Date.now();
  let recoveredAt = 0;
  const recoveryDeadline = pgReadyAt + 30_000;
  while (!recoveredAt && Date.now() < recoveryDeadline) {
    const okRead = reads.some((r) => r.at >= pgReadyAt && r.ok);
    const okWrite = writes.some((w) => w.at >= pgReadyAt && w.outcome === "acknowledged");
    if (okRead && okWrite) recoveredAt = Date.now();
    else await sleep(100);
  }
  // The tab left open on the unavailable page comes back by itself.
  const tabBack = await page
    .getByRole("heading", { name: /temporarily unavailable/i })
    .waitFor({ state: "detached", timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  await sleep(1500);
  loading = false;
  await Promise.all(loops);
  await browser.close();

  // Figures.
  const outageEnd = pgReadyAt;
  const during = (t: number) => t >= outageStart && t < restartAt;
  const outageWrites = writes.filter((w) => during(w.at));
  const outageReads = reads.filter((r) => during(r.at));
  // Requests made while PostgreSQL was shutting down may still succeed; they must never fail badly.
  const shutdownWrites = writes.filter((w) => w.at >= stopRequested && w.at < outageStart);
  const acked = writes.filter((w) => w.outcome === "acknowledged");
  console.log("\nFigures");
  console.log(
    `  load: ${WRITERS} writers + 1 reader; ${writes.length} writes, ${reads.length} page reads in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(`  outage: PostgreSQL down for ${((restartAt - outageStart) / 1000).toFixed(1)} s, restart took ${pgReadyAt - restartAt} ms`);
  console.log(
    `  during the outage: ${outageWrites.length} writes (${outageWrites.filter((w) => w.outcome === "unavailable").length} answered "temporarily unavailable"), ${outageReads.length} page reads (status ${[...new Set(outageReads.map((r) => r.status))].join("/") || "–"})`,
  );
  console.log(
    `  while PostgreSQL shut down (${outageStart - stopRequested} ms): ${shutdownWrites.length} writes (${shutdownWrites.filter((w) => w.outcome === "acknowledged").length} acknowledged, ${shutdownWrites.filter((w) => w.outcome === "unavailable").length} "temporarily unavailable")`,
  );
  console.log(`  a page read during the outage, as text without JavaScript: "${outageReads[0]?.text.slice(0, 160) ?? ""}"`);
  console.log(
    `  recovery: ${recoveredAt ? `${recoveredAt - pgReadyAt} ms after PostgreSQL was back (${recoveredAt - restartAt} ms after the restart began)` : "NOT within 30 s"}; no restart of Consort`,
  );
  console.log(`  acknowledged writes: ${acked.length}`);

  const wrong = [...outageWrites.filter((w) => w.outcome !== "unavailable"), ...shutdownWrites.filter((w) => w.outcome === "other")];
  check(
    outageWrites.length > 0 && wrong.length === 0,
    `every write during the outage was answered with the "temporarily unavailable" message${wrong.length ? ` (${wrong.length} not, e.g. ${wrong[0]!.detail.replace(/\s+/g, " ").slice(0, 240)})` : ""}`,
  );
  check(
    outageReads.length > 0 && outageReads.every((r) => !r.ok && !r.leak),
    `no page read during the outage pretended to work or leaked a stack trace or driver error (${outageReads.map((r) => `${r.status}${r.ok ? " ok" : ""}${r.leak ? " LEAK" : ""}${r.unavailable ? " unavailable" : ""}`).join(", ")})`,
  );
  check(
    writes.every((w) => !LEAK.test(w.detail)),
    "no action response leaked a stack trace or driver error",
  );
  check(
    recoveredAt > 0 && recoveredAt - pgReadyAt < RECOVERY_LIMIT_MS,
    `Consort recovered by itself within ${RECOVERY_LIMIT_MS / 1000} s of PostgreSQL coming back`,
  );
  check(tabBack, "the tab left open on the unavailable page reloaded the board by itself");
  check(!consoleErrors.some((e) => /Content Security Policy/i.test(e)), "no CSP violation in the browser console");
  check(app.exitCode === null, "Consort kept running throughout (never restarted)");

  // Durability: every acknowledged write is there exactly once, and nothing is half-applied.
  const issues = await sql<{ id: string; title: string; events: string; audits: string }>(
    database.url,
    `SELECT i.id, i.title,
            (SELECT count(*) FROM "BoardIssueEvent" e WHERE e."issueId" = i.id) AS events,
            (SELECT count(*) FROM "AuditLog" a WHERE a."entityType" = 'BoardIssue' AND a."entityId" = i.id) AS audits
       FROM "BoardIssue" i WHERE i.title LIKE 'fault-%'`,
  );
  const byTitle = new Map<string, number>();
  for (const issue of issues) byTitle.set(issue.title, (byTitle.get(issue.title) ?? 0) + 1);
  const missing = acked.filter((w) => byTitle.get(w.title) !== 1);
  check(
    missing.length === 0,
    `every acknowledged write is in the database exactly once (${acked.length} checked${missing.length ? `; missing or duplicated: ${missing.map((w) => w.title).join(", ")}` : ""})`,
  );
  const half = issues.filter((i) => Number(i.events) < 1 || Number(i.audits) !== 1);
  check(half.length === 0, `no write is half-applied: each of the ${issues.length} issues has its history event and exactly one audit row`);
  const orphanAudits = await sql<{ n: string }>(
    database.url,
    `SELECT count(*) AS n FROM "AuditLog" a WHERE a."entityType" = 'BoardIssue' AND NOT EXISTS (SELECT 1 FROM "BoardIssue" i WHERE i.id = a."entityId")`,
  );
  check(Number(orphanAudits[0]?.n) === 0, "no audit row without its issue");
  console.log(
    `  issues written: ${issues.length} (${issues.length - acked.length} committed but not acknowledged — the reply was lost to the outage, as allowed)`,
  );
  void outageEnd;
} catch (error) {
  failures.push(String(error instanceof Error ? error.message : error));
  console.error(error);
} finally {
  await stopApp();
  await database?.stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
}

console.log(
  `\n${failures.length === 0 ? "faults: all checks passed" : `faults: ${failures.length} check(s) failed:\n  - ${failures.join("\n  - ")}`}`,
);
process.exit(failures.length === 0 ? 0 : 1);
