// `npm run db:backup [file]`: a pg_dump (custom format) of DATABASE_URL, or of the embedded
// database when DATABASE_URL is unset, made with a pg_dump of the server's own major version.
// Default file: backups/consort-<timestamp>.dump (git-ignored). Restore with `npm run db:restore`.
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "./tools/database.ts";
import { projectRoot } from "./tools/paths.ts";
import { connectionForTool, findPgTool, MissingPgToolError, serverMajorVersion } from "./tools/pg-tools.ts";

export async function backupDatabase(
  url: string,
  file: string,
): Promise<{ file: string; bytes: number; serverMajor: number; pgDump: string }> {
  const serverMajor = await serverMajorVersion(url);
  const pgDump = findPgTool("pg_dump", serverMajor);
  mkdirSync(path.dirname(file), { recursive: true });
  const { dbname, env } = connectionForTool(url);
  // --no-owner/--no-privileges: the dump restores into a database owned by any role.
  execFileSync(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return { file, bytes: statSync(file).size, serverMajor, pgDump };
}

export function defaultBackupFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-").replace("Z", "");
  return path.join(projectRoot, "backups", `consort-${stamp}.dump`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = path.resolve(process.argv[2] ?? defaultBackupFile());
  const database = await openDatabase((line) => console.log(line));
  try {
    const result = await backupDatabase(database.url, file);
    console.log(
      `Backed up the database to ${path.relative(process.cwd(), result.file) || result.file} (${result.bytes} bytes, PostgreSQL ${result.serverMajor}, ${result.pgDump}).`,
    );
    console.log(`Restore it into an empty database with: npm run db:restore ${path.relative(process.cwd(), result.file)}`);
  } catch (error) {
    console.error(error instanceof MissingPgToolError ? error.message : `The backup failed: ${String(error)}`);
    await database.stop();
    process.exit(1); // tsx does not pass process.exitCode on
  }
  await database.stop();
}
