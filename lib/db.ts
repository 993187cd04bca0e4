import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// One client per server process; kept on globalThis so dev-mode hot reloads don't leak pools.
const globalForDb = globalThis as unknown as { consortDb?: PrismaClient };

function createClient() {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
}

export const db = globalForDb.consortDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.consortDb = db;

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
