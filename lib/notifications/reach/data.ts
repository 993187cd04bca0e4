import "server-only";
import { db } from "@/lib/db";
import { parseMentions, type Mention } from "../mentions";

/**
 * The people `text` @mentions who are not active members of the programme: a mention of them does
 * nothing, and the person writing is told so. One query (none without mentions).
 */
export async function findUnreachableMentions(programmeId: string, text: string): Promise<Mention[]> {
  const mentions = parseMentions(text);
  if (mentions.length === 0) return [];
  const members = await db.membership.findMany({
    where: { programmeId, userId: { in: mentions.map((m) => m.userId) }, user: { deactivatedAt: null } },
    distinct: ["userId"],
    select: { userId: true },
  });
  const reachable = new Set(members.map((m) => m.userId));
  return mentions.filter((m) => !reachable.has(m.userId));
}
