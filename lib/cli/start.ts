// `npm start` (production build) and `npm run dev` (`--dev`, next dev): one command that brings up
// the database, the schema, the demo data and the web server, and takes them down again on Ctrl-C.
//   --fresh-demo   empty the database and seed the demo partnership before serving (the e2e server
//                  uses this against its throwaway database; never needed by hand)
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../prisma/tools/apply-migrations.ts";
import { openDatabase } from "../../prisma/tools/database.ts";
import { emptyDatabase, runSeed } from "../../prisma/tools/seed-runner.ts";
import { projectRoot } from "../../prisma/tools/paths.ts";
import { loadAuthSecret } from "./auth-secret.ts";
import { buildState } from "./build.ts";
import { serverCommand } from "./server-command.ts";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const freshDemo = args.has("--fresh-demo");
const port = Number(process.env.PORT ?? 3000);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const url = `http://localhost:${port}`;
const started = Date.now();
const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);

function step(line: string) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[consort ${seconds}s] ${line}`);
}

function fail(message: string): never {
  console.error(`\n[consort] ${message}`);
  process.exit(1);
}

if (freshDemo && !process.env.DATABASE_URL)
  fail("--fresh-demo empties the database; it needs DATABASE_URL pointing at a throwaway database.");
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);

function portIsFree(candidate: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(candidate, () => probe.close(() => resolve(true)));
  });
}

function displayPath(file: string) {
  const relative = path.relative(projectRoot, file);
  return relative.startsWith("..") ? file : relative;
}

async function countInstitutions(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>(`SELECT count(*) FROM "Institution"`);
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

// Children run in their own process group so that stopping one also stops whatever it spawned
// (next start forks next-server; killing only its PID would leave the server on the port).
let current: ChildProcess | undefined;

function runChild(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, commandArgs, { cwd: projectRoot, env, stdio: "inherit", detached: true });
  current = child;
  return child;
}

function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

async function stopChild(child: ChildProcess | undefined) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 5000);
  await exited(child);
  clearTimeout(timer);
}

let stopDatabase: () => Promise<void> = async () => {};
let stopping = false;

async function shutdown(code: number, why?: string) {
  if (stopping) return;
  stopping = true;
  if (why) step(why);
  await stopChild(current);
  await stopDatabase().catch((error: unknown) => console.error(`[consort] Could not stop PostgreSQL cleanly: ${String(error)}`));
  step("Stopped.");
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0, `Received ${signal}: stopping the web server and the database …`));
}

async function waitUntilServing(server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && server.exitCode === null && !stopping) {
    try {
      const response = await fetch(`${url}/login`, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

async function main() {
  if (!(await portIsFree(port)))
    fail(`Port ${port} is already in use. Stop the program using it, or choose another port: PORT=3001 npm ${dev ? "run dev" : "start"}`);

  const external = Boolean(process.env.DATABASE_URL);
  step(external ? "Connecting to the PostgreSQL server at DATABASE_URL …" : "Starting the embedded PostgreSQL …");
  let database;
  try {
    database = await openDatabase(step);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  stopDatabase = database.stop;

  step("Applying migrations …");
  const applied = await applyMigrations(database.url, step);
  step(applied.length ? `Applied ${applied.length} migration(s).` : "The database schema is up to date.");

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: loadAuthSecret(step, displayPath),
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };

  if (freshDemo) {
    step("Emptying the database and seeding the demo partnership …");
    await emptyDatabase(database.url);
    if ((await runSeed(childEnv)) !== 0) return shutdown(1, "Seeding the demo partnership failed (see above).");
  } else if (!database.embedded) {
    step("Using DATABASE_URL: not seeding (run `npm run db:seed` to load the demo partnership).");
  } else if ((await countInstitutions(database.url)) === 0) {
    step("First start: seeding the demo partnership …");
    if ((await runSeed(childEnv)) !== 0) return shutdown(1, "Seeding the demo partnership failed (see above).");
  } else {
    step("Reusing the existing data (already seeded).");
  }
  if (stopping) return;

  let server: ChildProcess;
  if (dev) {
    step("Starting next dev …");
    server = runChild(bin("next"), ["dev", "-p", String(port)], { ...childEnv, NODE_ENV: "development" });
  } else {
    const state = buildState(projectRoot, distDir);
    if (state.fresh) {
      step(`The production build in ${distDir}/ is up to date.`);
    } else {
      step(`Building the production app (${state.reason}); this takes about half a minute …`);
      const build = runChild(bin("next"), ["build"], { ...childEnv, NODE_ENV: "production" });
      if ((await exited(build)) !== 0) return shutdown(1, "The build failed (see above).");
      if (stopping) return;
    }
    step("Starting the web server …");
    // lib/cli/serve.mjs instead of `next start`: same handler, but a forged X-Forwarded-For is dropped.
    const { command, args: serverArgs } = serverCommand(projectRoot);
    server = runChild(command, serverArgs, {
      ...childEnv,
      NODE_ENV: "production",
      PORT: String(port),
    });
  }
  void exited(server).then((code) => shutdown(code, `The web server exited (code ${code}); stopping the database …`));

  if (await waitUntilServing(server)) {
    step(`Consort is ready at ${url}  (Ctrl-C to stop)`);
    if (database.embedded && !freshDemo)
      step("Demo accounts: leader@consort.test, partner@consort.test, admin@consort.test … password consort-demo");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  void shutdown(1, "Startup failed; stopping …");
});
