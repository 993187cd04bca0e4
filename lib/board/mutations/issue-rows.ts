import "server-only";
import type { Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/message";
import { indexInColumn } from "./positions";

// Every change of an issue runs in one transaction that holds the issue's row lock (and, for a change
// of status or place, the board's lock): the row it checks is the row it changes.

export async function lockBoard(tx: Tx, programmeId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7301, hashtext(${programmeId}))`;
}

const issueState = {
  id: true,
  programmeId: true,
  number: true,
  title: true,
  description: true,
  services: true,
  institutionId: true,
  priority: true,
  assigneeId: true,
  dueDate: true,
  labels: true,
  status: true,
  position: true,
  escalation: true,
  resolutionNote: true,
  closeReason: true,
  closeNote: true,
  engagementId: true,
  adviceId: true,
  planStep: true,
  authorId: true,
  version: true,
} as const satisfies Prisma.BoardIssueSelect;

export type IssueState = Prisma.BoardIssueGetPayload<{ select: typeof issueState }>;

export async function loadForUpdate(tx: Tx, issueId: string, expectedVersion: number): Promise<IssueState> {
  // Row lock: a concurrent edit of the same card waits here and then sees the new version.
  await tx.$queryRaw`SELECT 1 FROM "BoardIssue" WHERE id = ${issueId} FOR UPDATE`;
  const issue = await tx.boardIssue.findUnique({ where: { id: issueId }, select: issueState });
  if (!issue) throw notFound(msg("board.errors.issueGone"));
  if (issue.version !== expectedVersion) {
    const assignee = issue.assigneeId ? await tx.user.findUnique({ where: { id: issue.assigneeId }, select: { name: true } }) : null;
    const now = { number: String(issue.number), status: issue.status, position: (await indexInColumn(tx, issue)) + 1 };
    throw conflict(
      assignee ? msg("board.errors.staleAssigned", { ...now, assignee: assignee.name }) : msg("board.errors.staleUnassigned", now),
    );
  }
  return issue;
}

/** Locks the board of an issue, then the issue itself at the version the person saw (a move or a close). */
export async function lockBoardAndIssue(tx: Tx, issueId: string, expectedVersion: number): Promise<IssueState> {
  const peek = await tx.boardIssue.findUnique({ where: { id: issueId }, select: { programmeId: true } });
  if (!peek) throw notFound(msg("board.errors.issueGone"));
  await lockBoard(tx, peek.programmeId);
  return loadForUpdate(tx, issueId, expectedVersion);
}

export async function assertAssignable(tx: Tx, programmeId: string, userId: string) {
  const membership = await tx.membership.findFirst({
    where: { programmeId, userId, role: { in: ["TASK_FORCE", "TEAM_LEADER"] }, user: { deactivatedAt: null } },
    select: { id: true },
  });
  if (!membership) throw invalid(msg("board.errors.notAssignable"));
}

export async function assertLinks(
  tx: Tx,
  programmeId: string,
  links: { institutionId?: string | null; engagementId?: string | null; adviceId?: string | null },
) {
  if (links.institutionId) {
    const partner = await tx.programmePartner.findUnique({
      where: { programmeId_institutionId: { programmeId, institutionId: links.institutionId } },
      select: { id: true },
    });
    if (!partner) throw invalid(msg("board.errors.institutionNotPartner"));
  }
  if (links.engagementId) {
    const engagement = await tx.engagement.findFirst({ where: { id: links.engagementId, programmeId }, select: { id: true } });
    if (!engagement) throw invalid(msg("board.errors.engagementElsewhere"));
  }
  if (links.adviceId) {
    const advice = await tx.adviceEntry.findFirst({ where: { id: links.adviceId, programmeId, deletedAt: null }, select: { id: true } });
    if (!advice) throw invalid(msg("board.errors.adviceElsewhere"));
  }
}
