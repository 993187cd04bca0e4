import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per server process; kept on globalThis so dev-mode hot reloads don't leak pools.
const globalForDb = globalThis as unknown as { consortDb?: PrismaClient };

// A bounded connect timeout: when the database is down or unreachable, pages and actions fail
// within seconds with "temporarily unavailable" instead of hanging (pg waits forever by default).
function createClient() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5_000 }) });
}

export const db = globalForDb.consortDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.consortDb = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
