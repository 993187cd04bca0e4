// Which database a Consort command talks to: DATABASE_URL when set, otherwise the embedded
// PostgreSQL under .data/ (started here, or shared when `npm start` already runs it).
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres.ts";
import { localDataDir } from "./paths.ts";

export const DEFAULT_EMBEDDED_PORT = 54329;

export async function openDatabase(log: (line: string) => void): Promise<RunningDatabase & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    log("Using the PostgreSQL server at DATABASE_URL.");
    return { url: external, stop: async () => {}, embedded: false };
  }
  const port = Number(process.env.CONSORT_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const dataDir = process.env.CONSORT_DATA_DIR ?? localDataDir;
  const running = await startEmbeddedPostgres({ dataDir, port, database: "consort", log });
  return { ...running, embedded: true };
}
