// One database per Vitest worker, so integration test files run in parallel (each test still starts
// from empty: resetDatabase()). Global setup copies the migrated database at DATABASE_URL into
// `<name>_w1…wN` (CREATE DATABASE … TEMPLATE: a file-level copy, fast); each worker's setup file
// points DATABASE_URL at its own copy before any app module reads it.
import pg from "pg";

/** Parallel integration workers: two cores here, and PostgreSQL needs its share. */
export const INTEGRATION_WORKERS = Math.max(1, Number(process.env.CONSORT_TEST_WORKERS ?? 2) || 2);

export function workerDatabaseUrl(baseUrl: string, worker: number | string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${url.pathname.slice(1)}_w${worker}`;
  return url.toString();
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

async function withAdmin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(baseUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createWorkerDatabases(baseUrl: string): Promise<void> {
  const template = databaseName(baseUrl);
  await withAdmin(baseUrl, async (admin) => {
    for (let worker = 1; worker <= INTEGRATION_WORKERS; worker++) {
      const name = databaseName(workerDatabaseUrl(baseUrl, worker));
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    }
  });
}

export async function dropWorkerDatabases(baseUrl: string): Promise<void> {
  await withAdmin(baseUrl, async (admin) => {
    for (let worker = 1; worker <= INTEGRATION_WORKERS; worker++) {
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName(workerDatabaseUrl(baseUrl, worker))}" WITH (FORCE)`);
    }
  });
}
