// Saves every application table once and puts it back in a few milliseconds, so a test that needs
// the same starting world many times (the authorization matrix, the fuzz runs) does not rebuild it.
// Row ids stay the same, so the factory's World object stays valid after a restore.
import { db } from "@/lib/db";

export type Snapshot = {
  restore: () => Promise<void>;
  /** Call in afterAll: other suites (backup) see every schema. */ drop: () => Promise<void>;
};

export async function takeSnapshot(name = "matrix"): Promise<Snapshot> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const tables = rows.map((r) => r.tablename);
  const schema = `snapshot_${name.replace(/\W/g, "_")}`;
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.$executeRawUnsafe(`CREATE SCHEMA "${schema}"`);
  for (const t of tables) await db.$executeRawUnsafe(`CREATE TABLE "${schema}"."${t}" AS TABLE "public"."${t}"`);
  return {
    restore: async () => {
      await db.$transaction(async (tx) => {
        // Replica mode: no foreign-key checks or row triggers while the saved rows go back as they were.
        // DELETE, not TRUNCATE: on tables this small, TRUNCATE's new files per table and index cost far more.
        await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
        for (const t of tables) await tx.$executeRawUnsafe(`DELETE FROM "public"."${t}"`);
        for (const t of tables) await tx.$executeRawUnsafe(`INSERT INTO "public"."${t}" SELECT * FROM "${schema}"."${t}"`);
      });
    },
    drop: async () => {
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
