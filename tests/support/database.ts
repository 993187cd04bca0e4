// Integration tests run against a real PostgreSQL at DATABASE_URL (started by tests/with-database.ts
// when none is configured). Call resetDatabase() in beforeEach to start every test from empty.
import { db } from "@/lib/db";

let tableList: string | undefined;

export async function resetDatabase(): Promise<void> {
  if (!tableList) {
    const rows = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    tableList = rows.map((r) => `"public"."${r.tablename}"`).join(", ");
  }
  await db.$executeRawUnsafe(`TRUNCATE ${tableList}, pgboss.job, pgboss.archive RESTART IDENTITY CASCADE`);
}

/** Row counts of every table: compare before/after to prove a refused action changed nothing. */
export async function tableFingerprint(): Promise<string> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const parts: string[] = [];
  for (const { tablename } of rows) {
    const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "public"."${tablename}" t`,
    );
    parts.push(`${tablename}:${row?.digest}`);
  }
  return parts.join("\n");
}

export { db };
