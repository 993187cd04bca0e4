// Backup and restore round trip: seed with the factories, `npm run db:backup`, `npm run db:restore`
// into a fresh database on the same server, then every table must hold the same rows.
// pg_dump must match the server's major version: the embedded PostgreSQL 15 pairs with Debian's
// postgresql-client-15 (installed by .ci/run); without it the test fails and names the package.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/prisma/tools/apply-migrations";
import { findPgTool, serverMajorVersion } from "@/prisma/tools/pg-tools";

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

/** Row count and a checksum of every row's content, per table (sequences' positions too). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await query<{ n: string; digest: string }>(
      url,
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "public"."${tablename}" t`,
    );
    out[tablename] = `${row?.n} rows, ${row?.digest}`;
  }
  const sequences = await query<{ sequencename: string; last_value: string | null }>(
    url,
    `SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  for (const s of sequences) out[`sequence ${s.sequencename}`] = String(s.last_value);
  return out;
}

let server: Server;
let sourceUrl: string;
const work = mkdtempSync(path.join(tmpdir(), "consort-backup-"));

beforeAll(async () => {
  const testUrl = process.env.DATABASE_URL!;
  findPgTool("pg_dump", await serverMajorVersion(testUrl));
  server = { baseUrl: (database) => withDatabase(testUrl, database), stop: async () => {} };
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
    data: {
      adviceId: advice.id,
      fileName: "opinion.pdf",
      mimeType: "application/pdf",
      size: 256,
      sha256: "x".repeat(64),
      content: new Uint8Array(randomBytes(256)),
      uploadedById: world.legalB.id,
    },
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
    const failure: unknown = await refused.then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as { stderr?: string } | null)?.stderr).toMatch(/not empty \(it has \d+ tables\), so nothing was restored/);
    expect(await fingerprint(sourceUrl)).toEqual(before);
  });

  it("names the version to install when no pg_dump matches the server", () => {
    expect(() => findPgTool("pg_dump", 99, [])).toThrow(/server is version 99.*no pg_dump 99 was found.*postgresql-client-99/);
  });
});
