// Runs a command against a database: DATABASE_URL when set (it must be a disposable database —
// tests truncate it), otherwise a throwaway embedded PostgreSQL that is removed afterwards.
//   tsx tests/with-database.ts vitest run --project integration
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../prisma/tools/apply-migrations.ts";
import { startEmbeddedPostgres } from "../prisma/tools/embedded-postgres.ts";
import { freePort } from "./support/free-port.ts";


export async function withTestDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) {
    await applyMigrations(process.env.DATABASE_URL);
    return work(process.env.DATABASE_URL);
  }
  // Under /tmp, world-traversable: as root, PostgreSQL runs as the "postgres" user and must reach it.
  const dir = await mkdtemp(path.join(tmpdir(), "consort-test-db-"));
  await chmod(dir, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "consort_test" });
  try {
    await applyMigrations(database.url);
    return await work(database.url);
  } finally {
    await database.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.error("Usage: tsx tests/with-database.ts <command> [args…]");
    process.exit(2);
  }
  const bin = path.join(import.meta.dirname, "..", "node_modules", ".bin", command);
  const code = await withTestDatabase((url) =>
    run(bin, args, {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  );
  process.exit(code);
}
