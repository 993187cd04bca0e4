// npm run db:reset [-- --yes] — drop every table of the database, re-apply the migrations and seed
// the demo partnership. Works on DATABASE_URL or the embedded database; asks first.
import { createInterface } from "node:readline/promises";
import pg from "pg";
import { applyMigrations } from "./tools/apply-migrations.ts";
import { openDatabase } from "./tools/database.ts";
import { runSeed } from "./tools/seed-runner.ts";

function describe(url: string) {
  const parsed = new URL(url);
  return `database "${parsed.pathname.slice(1)}" on ${parsed.hostname}:${parsed.port || 5432}`;
}

async function confirm(question: string): Promise<boolean> {
  if (process.argv.includes("--yes")) return true;
  if (!process.stdin.isTTY) {
    console.error("Refusing to reset without confirmation. Run `npm run db:reset -- --yes` to skip the question.");
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

const database = await openDatabase(console.log);
try {
  if (!(await confirm(`This deletes ALL data in the ${describe(database.url)}, then re-creates the demo partnership. Continue? [y/N] `))) {
    console.log("Nothing was changed.");
    process.exitCode = 1;
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE");
      await client.query("CREATE SCHEMA public");
    } finally {
      await client.end();
    }
    console.log("Dropped every table.");
    const applied = await applyMigrations(database.url, console.log);
    console.log(`Applied ${applied.length} migration(s). Seeding the demo partnership …`);
    const code = await runSeed({ ...process.env, DATABASE_URL: database.url });
    if (code !== 0) {
      console.error("Seeding failed (see above).");
      process.exitCode = code;
    } else {
      console.log("The database was reset and holds the demo partnership.");
    }
  }
} finally {
  await database.stop();
}
