// Recognises "the database is not reachable right now", as opposed to a bug.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "08006", "08001", "08003", "P1001", "P1017", "P2024"]);

export const UNAVAILABLE_MESSAGE = "Consort is temporarily unavailable (the database cannot be reached). Nothing was saved; please try again in a minute.";

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && /ECONNREFUSED|Connection terminated|terminating connection|Can't reach database/i.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}
