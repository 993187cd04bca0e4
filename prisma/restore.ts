// `npm run db:restore <file>`: restores a `db:backup` dump into DATABASE_URL (or the embedded
// database), which must be EMPTY: restoring over live data would mix two histories.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "./tools/database.ts";
import { connectionForTool, findPgTool, MissingPgToolError, serverMajorVersion } from "./tools/pg-tools.ts";

export class RestoreRefusedError extends Error {}

export async function countUserTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ count: string }>(
      `SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    return Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new RestoreRefusedError(`No backup file at ${file}.`);
  const tables = await countUserTables(url);
  if (tables > 0) {
    throw new RestoreRefusedError(
      `The target database is not empty (it has ${tables} tables), so nothing was restored. ` +
        `Create an empty database (for example \`createdb consort_restored\`) and point DATABASE_URL at it, ` +
        `or, for the embedded database, stop Consort and move its data folder (.data/postgres or CONSORT_DATA_DIR) aside first.`,
    );
  }
  const pgRestore = findPgTool("pg_restore", await serverMajorVersion(url));
  const { dbname, env } = connectionForTool(url);
  // One transaction: a failed restore leaves the database empty, not half-filled.
  execFileSync(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, file], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run db:restore <file>   (a dump made by npm run db:backup)");
    process.exit(2);
  }
  const database = await openDatabase((line) => console.log(line));
  try {
    await restoreDatabase(database.url, path.resolve(file));
    console.log(`Restored ${file}. Start Consort with npm start.`);
  } catch (error) {
    console.error(
      error instanceof RestoreRefusedError || error instanceof MissingPgToolError ? error.message : `The restore failed: ${String(error)}`,
    );
    await database.stop();
    process.exit(1); // tsx does not pass process.exitCode on
  }
  await database.stop();
}
