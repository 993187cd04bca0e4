// Backup and restore round trip: seed with the factories, `npm run db:backup`, `npm run db:restore`
// into a fresh database on the same server, then every table must hold the same rows.
// pg_dump must match the server's major version. When the test database's server has no matching
// pg_dump on this machine (the embedded PostgreSQL 18 ships none), the round trip runs on a
// throwaway cluster of a PostgreSQL whose server and client tools are installed (Debian's).
import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/prisma/tools/apply-migrations";
import { findPgTool, MissingPgToolError, serverMajorVersion } from "@/prisma/tools/pg-tools";
import { freePort } from "@/tests/with-database";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

type Server = { baseUrl: (database: string) => string; stop: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A PostgreSQL cluster from the distribution's packages, run as the postgres user when root. */
async function startDistributionCluster(): Promise<Server> {
  const base = "/usr/lib/postgresql";
  const major = (existsSync(base) ? readdirSync(base) : [])
    .map(Number)
    .filter((v) => existsSync(`${base}/${v}/bin/initdb`) && existsSync(`${base}/${v}/bin/pg_dump`))
    .sort((a, b) => b - a)[0];
  if (!major) throw new Error("The backup test needs a pg_dump matching a PostgreSQL server: install postgresql (server + client) from your distribution, e.g. apt-get install postgresql-15.");
  const bin = `${base}/${major}/bin`;
  const dir = mkdtempSync(path.join(tmpdir(), "consort-backup-pg-"));
  chmodSync(dir, 0o755);
  const password = randomBytes(12).toString("hex");
  writeFileSync(path.join(dir, "pw"), password);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chownSync(path.join(dir, "pw"), uid, gid);
  }
  const as = (command: string, args: string[]) => (asRoot ? run("runuser", ["-u", "postgres", "--", command, ...args]) : run(command, args));
  const port = await freePort();
  const data = path.join(dir, "data");
  await as(`${bin}/initdb`, ["-D", data, "-U", "consort", "--auth=scram-sha-256", `--pwfile=${path.join(dir, "pw")}`, "--no-sync"]);
  await as(`${bin}/pg_ctl`, ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`, "start"]);
  return {
    baseUrl: (database) => `postgresql://consort:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await as(`${bin}/pg_ctl`, ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row count and a checksum of every row's content, per table (sequences' positions too). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await query<{ n: string; digest: string }>(url, `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "public"."${tablename}" t`);
    out[tablename] = `${row?.n} rows, ${row?.digest}`;
  }
  const sequences = await query<{ sequencename: string; last_value: string | null }>(url, `SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`);
  for (const s of sequences) out[`sequence ${s.sequencename}`] = String(s.last_value);
  return out;
}

let server: Server;
let sourceUrl: string;
const work = mkdtempSync(path.join(tmpdir(), "consort-backup-"));

beforeAll(async () => {
  const testUrl = process.env.DATABASE_URL!;
  let matched = true;
  try {
    findPgTool("pg_dump", await serverMajorVersion(testUrl));
  } catch (error) {
    if (!(error instanceof MissingPgToolError)) throw error;
    matched = false;
  }
  server = matched ? { baseUrl: (database) => withDatabase(testUrl, database), stop: async () => {} } : await startDistributionCluster();
  const admin = server.baseUrl("postgres");
  await query(admin, `DROP DATABASE IF EXISTS consort_backup_source`);
  await query(admin, `DROP DATABASE IF EXISTS consort_backup_restored`);
  await query(admin, `CREATE DATABASE consort_backup_source`);
  await query(admin, `CREATE DATABASE consort_backup_restored`);
  sourceUrl = server.baseUrl("consort_backup_source");
  await applyMigrations(sourceUrl);

  // The app's modules read DATABASE_URL when first imported: point them at the source first.
  process.env.DATABASE_URL = sourceUrl;
  const { createWorld } = await import("@/tests/factories");
  const { findEngagement } = await import("@/tests/factories/engagements");
  const { logAdviceEntry } = await import("@/tests/factories/advice");
  const { db } = await import("@/lib/db");
  const world = await createWorld();
  const engagement = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
  const advice = await logAdviceEntry({
    engagementId: engagement.id,
    authorId: world.legalB.id,
    givenDaysAgo: 3,
    givenByName: "Dr. Zoë Ñúñez-Ødegård",
    summary: "GDPR: joint controllers — « accord » needed",
    details: "Line one\nLine two with emoji 🎓 and quotes '\" and a backslash \\",
    kind: "REQUIREMENT",
    earlier: { summary: "First wording", details: "", daysAgo: 2, editedById: world.legalB.id },
  });
  await db.attachment.create({
    data: { adviceId: advice.id, fileName: "opinion.pdf", mimeType: "application/pdf", size: 256, sha256: "x".repeat(64), content: new Uint8Array(randomBytes(256)), uploadedById: world.legalB.id },
  });
  await db.$disconnect();
}, 120_000);

afterAll(async () => {
  if (server) {
    const admin = server.baseUrl("postgres");
    await query(admin, `DROP DATABASE IF EXISTS consort_backup_source WITH (FORCE)`).catch(() => {});
    await query(admin, `DROP DATABASE IF EXISTS consort_backup_restored WITH (FORCE)`).catch(() => {});
    await server.stop();
  }
  rmSync(work, { recursive: true, force: true });
});

describe("npm run db:backup / db:restore", () => {
  it("round-trips every row of every table into an empty database", async () => {
    const before = await fingerprint(sourceUrl);
    expect(Number(before["Engagement"]?.split(" ")[0])).toBeGreaterThan(0);
    expect(Number(before["AuditLog"]?.split(" ")[0])).toBeGreaterThan(0);
    expect(Number(before["Attachment"]?.split(" ")[0])).toBe(1);

    const file = path.join(work, "round-trip.dump");
    const backup = await run(tsx, ["prisma/backup.ts", file], { cwd: root, env: { ...process.env, DATABASE_URL: sourceUrl } });
    expect(backup.stdout).toContain("Backed up the database");
    expect(existsSync(file)).toBe(true);

    const restoredUrl = server.baseUrl("consort_backup_restored");
    const restore = await run(tsx, ["prisma/restore.ts", file], { cwd: root, env: { ...process.env, DATABASE_URL: restoredUrl } });
    expect(restore.stdout).toContain("Restored");

    const after = await fingerprint(restoredUrl);
    expect(after).toEqual(before);
    // The restored copy still works as Consort's database: the append-only trigger came along.
    await expect(query(restoredUrl, `DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
  });

  it("refuses to restore into a database that already has tables, and changes nothing", async () => {
    const file = path.join(work, "refused.dump");
    await run(tsx, ["prisma/backup.ts", file], { cwd: root, env: { ...process.env, DATABASE_URL: sourceUrl } });
    const before = await fingerprint(sourceUrl);
    const refused = run(tsx, ["prisma/restore.ts", file], { cwd: root, env: { ...process.env, DATABASE_URL: sourceUrl } });
    const failure: unknown = await refused.then(() => null, (error: unknown) => error);
    expect((failure as { stderr?: string } | null)?.stderr).toMatch(/not empty \(it has \d+ tables\), so nothing was restored/);
    expect(await fingerprint(sourceUrl)).toEqual(before);
  });

  it("names the version to install when no pg_dump matches the server", () => {
    expect(() => findPgTool("pg_dump", 99, [])).toThrow(/server is version 99.*no pg_dump 99 was found.*postgresql-client-99/);
  });
});
