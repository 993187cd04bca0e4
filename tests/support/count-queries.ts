// Counts the SQL statements sent to PostgreSQL while `work` runs (every query goes through a
// pg.Client, whichever code sent it): "constant queries per request" is tested with it. `matching`:
// only the statements whose SQL it matches (e.g. those reading one table).
import pg from "pg";

export async function countQueries(work: () => Promise<unknown>, matching?: RegExp): Promise<number> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let count = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [query] = args;
    const text = typeof query === "string" ? query : (query as { text?: unknown } | null)?.text;
    if (!matching || (typeof text === "string" && matching.test(text))) count++;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return count;
}
