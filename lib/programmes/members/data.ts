import "server-only";
import { db } from "@/lib/db";
import { DONE_STATUSES } from "@/lib/board/labels";

export type MemberImpact = { ownedEngagements: number; openAssignedIssues: number };

/**
 * Per person: the programme's engagements they own and its open issues assigned to them — what
 * removing them (or taking away their task-force or leader role) would hand back. Two grouped
 * queries for the whole programme, not one per member.
 */
export async function getMemberImpacts(programmeId: string): Promise<Record<string, MemberImpact>> {
  const [owned, assigned] = await Promise.all([
    db.engagement.groupBy({ by: ["ownerId"], where: { programmeId, ownerId: { not: null } }, _count: { _all: true } }),
    db.boardIssue.groupBy({
      by: ["assigneeId"],
      where: { programmeId, assigneeId: { not: null }, status: { notIn: [...DONE_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  const impacts: Record<string, MemberImpact> = {};
  const of = (userId: string) => (impacts[userId] ??= { ownedEngagements: 0, openAssignedIssues: 0 });
  for (const row of owned) if (row.ownerId) of(row.ownerId).ownedEngagements = row._count._all;
  for (const row of assigned) if (row.assigneeId) of(row.assigneeId).openAssignedIssues = row._count._all;
  return impacts;
}

/** The programme a membership belongs to (for authorization: derived from the row, never from the request). */
export function getMembershipTarget(membershipId: string) {
  return db.membership.findUnique({ where: { id: membershipId }, select: { id: true, programmeId: true } });
}
