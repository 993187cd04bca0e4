import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per server process; kept on globalThis so dev-mode hot reloads don't leak pools.
const globalForDb = globalThis as unknown as { consortDb?: PrismaClient };

export const SECOND_CONNECTION_MESSAGE =
  "A query asked the pool for a second connection while this code holds a transaction: use the transaction's client (tx), " +
  "or run the query before or after the transaction. Under load this deadlocks the pool.";

/** The transaction the current async context runs in, from its start until it commits or rolls back. */
const openTransaction = new AsyncLocalStorage<{ connected: boolean; finished: boolean }>();

/**
 * Never hold a transaction while asking the pool for another connection: with every connection
 * held by a transaction that waits for one more, the pool deadlocks (and other users' pages fail).
 * The pool refuses such a request at once, so a test finds the code path instead of a crowd.
 */
function guardedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const connect = pool.connect.bind(pool) as (callback?: (...args: unknown[]) => void) => Promise<pg.PoolClient> | void;
  pool.connect = ((callback?: (...args: unknown[]) => void) => {
    const transaction = openTransaction.getStore();
    if (transaction && !transaction.finished) {
      if (transaction.connected) {
        const error = new Error(SECOND_CONNECTION_MESSAGE);
        if (callback) return void callback(error);
        return Promise.reject(error);
      }
      transaction.connected = true;
    }
    return connect(callback);
  }) as typeof pool.connect;
  return pool;
}

// A bounded connect timeout: when the database is down or unreachable, pages and actions fail
// within seconds with "temporarily unavailable" instead of hanging (pg waits forever by default).
function createClient() {
  const pool = guardedPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 });
  // An idle connection the server closed (a restart, a dropped database) is replaced on next use; without
  // a listener its error event would crash the process. $disconnect() ends the pool, as before.
  pool.on("error", (error) => console.error("An idle database connection was closed by the server; it will be replaced.", error.message));
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Every transaction's limits, in one place. Prisma's defaults (2 s to get a connection, 5 s to
    // finish) fail changes on a busy machine while the database is merely slow; a transaction that
    // cannot start in 10 s or finish in 20 s is refused as "temporarily unavailable".
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  client.$transaction = ((...args: unknown[]) => {
    const outer = openTransaction.getStore();
    if (outer && !outer.finished) return Promise.reject(new Error(SECOND_CONNECTION_MESSAGE));
    const state = { connected: false, finished: false };
    return openTransaction.run(state, async () => {
      try {
        return await transaction(...args);
      } finally {
        state.finished = true;
      }
    });
  }) as typeof client.$transaction;
  return client;
}

export const db = globalForDb.consortDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.consortDb = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
