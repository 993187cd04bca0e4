import "server-only";
import type { PlannedNotification } from "../planned";
import { mayRead, type ReadableItem } from "../audience";
import { loadReaders } from "./data";

/**
 * A notification someone would get if they may read what it is about — and, with `unlessReadable`,
 * only if they could not read that already (advice shared: news to those who could not read the draft).
 */
export type Candidate = { plan: PlannedNotification; item: ReadableItem; unlessReadable?: ReadableItem };

/**
 * The candidates who may read their item now — members of the programme with an active account, and
 * for advice, readers of that entry — never the person whose action it was. One query.
 */
export async function keepReaders(
  programmeId: string,
  actorId: string | null,
  candidates: readonly Candidate[],
): Promise<PlannedNotification[]> {
  const others = candidates.filter((c) => c.plan.userId !== actorId);
  if (others.length === 0) return [];
  const readers = await loadReaders(
    programmeId,
    others.map((c) => c.plan.userId),
  );
  return others
    .filter((c) => {
      const reader = readers.get(c.plan.userId);
      return mayRead(reader, c.item) && !(c.unlessReadable && mayRead(reader, c.unlessReadable));
    })
    .map((c) => c.plan);
}
