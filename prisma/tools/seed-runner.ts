// Runs prisma/seed.ts in a child process: it imports the app's lib/ code, which needs the
// `react-server` export condition (the `server-only` package) and DATABASE_URL set before import.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./paths.ts";

export const seedScript = path.join(projectRoot, "prisma", "seed.ts");

export function runSeed(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    // `node --import tsx` rather than the tsx CLI: one process, so signals reach the seed directly.
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", seedScript], {
      cwd: projectRoot,
      env,
      stdio: "inherit",
    });
    child.on("error", () => resolve(1));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Empties every application table (not the migration history); the schema stays. */
export async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => `"public"."${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
