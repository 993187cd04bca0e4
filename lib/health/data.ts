import "server-only";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/actions/database-errors";

export type Health = { database: "ok" | "unavailable" | "error" };

/** One trivial query: can Consort reach its database right now? */
export async function checkDatabase(): Promise<Health> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { database: "ok" };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { database: "unavailable" };
    console.error("Health check failed", error);
    return { database: "error" };
  }
}
