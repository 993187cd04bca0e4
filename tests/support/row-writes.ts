// Counts committed row writes (insert, update, delete) to the application tables with row triggers.
// Reading one counter costs far less than digesting every table (databaseDigest), so the fuzz runs
// check it after each of thousands of calls. A rolled-back write is not counted: the counter changes
// in the writer's own transaction. Snapshot restores (replica mode) fire no triggers.
import { db } from "@/lib/db";

const SCHEMA = "row_writes";
/** SignInAttempt is written on purpose by a refused password check (see databaseDigest). */
const NOT_WATCHED = ["_prisma_migrations", "SignInAttempt"];

export type RowWrites = { count: () => Promise<number>; stop: () => Promise<void> };

export async function watchRowWrites(): Promise<RowWrites> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const tables = rows.map((r) => r.tablename).filter((t) => !NOT_WATCHED.includes(t));
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.$executeRawUnsafe(`CREATE SCHEMA ${SCHEMA}`);
  await db.$executeRawUnsafe(`CREATE TABLE ${SCHEMA}.counter (n bigint NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO ${SCHEMA}.counter VALUES (0)`);
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${SCHEMA}.bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE ${SCHEMA}.counter SET n = n + 1; RETURN NULL; END $$`,
  );
  const trigger = (t: string) => `"row_writes_${t}"`;
  for (const t of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER ${trigger(t)} AFTER INSERT OR UPDATE OR DELETE ON "public"."${t}" FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.bump()`,
    );
  }
  return {
    count: async () => {
      const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT n FROM ${SCHEMA}.counter`);
      return Number(row?.n ?? 0);
    },
    stop: async () => {
      for (const t of tables) await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${trigger(t)} ON "public"."${t}"`);
      await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    },
  };
}
