// The checked-in migrations are the schema's history: they must agree with schema.prisma and
// build a working database from nothing (tables, bookkeeping, and the hand-written triggers).
import { readdir, readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/prisma/tools/apply-migrations";
import { migrationsDir, schemaPath } from "@/prisma/tools/paths";
import { diffMigrationsToSchema } from "@/prisma/tools/schema-engine";

const isEmptyDiff = (sql: string) => ["", "-- This is an empty migration."].includes(sql.trim());

describe("schema.prisma and prisma/migrations", () => {
  it("agree: the migrations produce exactly the schema (else author one with npm run db:migration:new)", async () => {
    const diff = await diffMigrationsToSchema();
    expect(diff.trim(), "SQL missing from prisma/migrations").toSatisfy(isEmptyDiff);
  });

  it("disagree as soon as the schema changes without a migration", async () => {
    const edited = (await readFile(schemaPath, "utf8")) + "\nmodel DriftCheck {\n  id String @id\n  label String\n}\n";
    const diff = await diffMigrationsToSchema(edited);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(diff).toContain(`CREATE TABLE "DriftCheck"`);
  });
});

describe("applying the migrations to an empty database", () => {
  const name = `consort_fresh_${process.pid}_${Date.now()}`;
  let admin: pg.Client;
  let fresh: pg.Client;
  let freshUrl: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    freshUrl = url.toString();
    fresh = new pg.Client({ connectionString: freshUrl });
    await fresh.connect();
  });

  afterAll(async () => {
    await fresh?.end();
    await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.end();
  });

  it("creates every table, records each migration once, and is a no-op the second time", async () => {
    const folders = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(await applyMigrations(freshUrl)).toEqual(folders);
    expect(await applyMigrations(freshUrl)).toEqual([]);

    const tables = await fresh.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining([
        "_prisma_migrations",
        "Institution",
        "User",
        "Programme",
        "ProgrammePartner",
        "Membership",
        "Engagement",
        "EngagementEvent",
        "AdviceEntry",
        "BoardIssue",
        "AuditLog",
      ]),
    );
    const recorded = await fresh.query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      `SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(folders);
    expect(recorded.rows.every((r) => r.finished_at !== null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);

    const triggers = await fresh.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`);
    expect(triggers.rows.map((r) => r.tgname)).toEqual(expect.arrayContaining(["advice_entry_search_vector", "audit_log_is_append_only"]));
  });

  it("keeps the audit log append-only", async () => {
    const inserted = await fresh.query<{ id: string }>(
      `INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('createProgramme', 'Programme', 'p1') RETURNING id`,
    );
    const id = inserted.rows[0]!.id;
    await expect(fresh.query(`UPDATE "AuditLog" SET action = 'tampered' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(fresh.query(`DELETE FROM "AuditLog" WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const row = await fresh.query<{ action: string }>(`SELECT action FROM "AuditLog" WHERE id = $1`, [id]);
    expect(row.rows[0]?.action).toBe("createProgramme");
  });

  it("fills and refreshes the advice search vector", async () => {
    await fresh.query(
      `INSERT INTO "Institution" (id, name, "shortName", country, city, "updatedAt") VALUES ('i1', 'Rijnmond University', 'RMU', 'Netherlands', 'Rotterdam', now())`,
    );
    await fresh.query(`INSERT INTO "User" (id, name, email, "updatedAt") VALUES ('u1', 'Marieke', 'm@example.test', now())`);
    await fresh.query(
      `INSERT INTO "Programme" (id, title, ects, "eqfLevel", "deliveryMode", "leadInstitutionId", "updatedAt") VALUES ('p1', 'Water', 15, 7, 'BLENDED', 'i1', now())`,
    );
    await fresh.query(`INSERT INTO "ProgrammePartner" (id, "programmeId", "institutionId", role) VALUES ('pp1', 'p1', 'i1', 'LEAD')`);
    await fresh.query(
      `INSERT INTO "Engagement" (id, "programmeId", "institutionId", service, "updatedAt") VALUES ('e1', 'p1', 'i1', 'LEGAL', now())`,
    );
    await fresh.query(
      `INSERT INTO "AdviceEntry" (id, "programmeId", "engagementId", "institutionId", service, "givenOn", "givenByName", summary, details, kind, "authorId", "updatedAt")
       VALUES ('a1', 'p1', 'e1', 'i1', 'LEGAL', current_date, 'Legal office', 'Consortium agreement needs signatures', 'Rector signs', 'REQUIREMENT', 'u1', now())`,
    );
    const matches = (term: string) =>
      fresh.query(`SELECT id FROM "AdviceEntry" WHERE "searchVector" @@ plainto_tsquery('simple', $1)`, [term]).then((r) => r.rowCount);
    expect(await matches("consortium agreement")).toBe(1);
    expect(await matches("rector")).toBe(1);
    expect(await matches("diploma")).toBe(0);

    await fresh.query(`UPDATE "AdviceEntry" SET summary = 'Joint diploma template' WHERE id = 'a1'`);
    expect(await matches("diploma")).toBe(1);
    expect(await matches("consortium")).toBe(0);
  });
});
