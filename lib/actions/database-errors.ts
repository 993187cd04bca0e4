// Recognises "the database is not reachable right now", as opposed to a bug.
// Measured with @prisma/adapter-pg 7.10 by stopping PostgreSQL under a running app
// (tests/faults/outage.ts): a refused connection arrives as P1001 (driver kind
// "DatabaseNotReachable"); a server that is shutting down or starting up arrives as P2039 with
// meta.driverAdapterError.cause = { kind: "postgres", code/originalCode: "57P03" }; a connection
// cut mid-query as kind "ConnectionClosed" (P1017).

// SQLSTATE class 08 (connection exception), 57P01–57P05 (admin shutdown, crash shutdown, cannot
// connect now, database dropped, idle session timeout), 53300 (too many connections); Node socket
// errors; Prisma's "can't reach", "connection closed" and pool-timeout codes, and P2028: a
// transaction that could not start, or finish, within lib/db.ts's limits (a database too busy).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "57P05",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "08007",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "P2028",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|Connection terminated|terminating connection|Can't reach database|database system is (shutting down|starting up|in recovery mode)|timeout exceeded when trying to connect/i;

type Candidate = {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length && seen < 12; seen++) {
    const candidate = queue.shift() as Candidate | null | undefined;
    if (!candidate || typeof candidate !== "object") continue;
    for (const code of [candidate.code, candidate.originalCode]) if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof candidate.kind === "string" && UNAVAILABLE_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && UNAVAILABLE_TEXT.test(candidate.message)) return true;
    queue.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}

/** A unique index refused a row: the same thing was just added in parallel (Prisma P2002, SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as Candidate | null;
  if (typeof candidate !== "object" || candidate === null) return false;
  if (candidate.code === "P2002" || candidate.code === "23505" || candidate.originalCode === "23505") return true;
  const cause = candidate.meta?.driverAdapterError as Candidate | undefined;
  return !!cause && isUniqueViolation((cause as { cause?: unknown }).cause ?? null);
}
