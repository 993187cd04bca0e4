// Board issues as the board would have left them: numbered per programme, placed at the end of
// their status column, with their event trail, comments and audit rows. Direct inserts.
import { db } from "@/lib/db";
import type { EscalationLevel, IssuePriority, IssueStatus, Service } from "@/lib/generated/prisma/enums";
import { dateInDays, daysAgo } from "./engagements";

export type IssueDraft = {
  programmeId: string;
  authorId: string;
  createdDaysAgo: number;
  title: string;
  description?: string;
  services?: Service[];
  institutionId?: string;
  priority?: IssuePriority;
  assigneeId?: string;
  dueInDays?: number;
  labels?: string[];
  /** The column it ends in; reached by one move `movedDaysAgo` days ago by `movedById`. */
  status?: IssueStatus;
  movedDaysAgo?: number;
  movedById?: string;
  escalation?: EscalationLevel;
  resolutionNote?: string;
  engagementId?: string;
  adviceId?: string;
  comments?: { authorId: string; body: string; daysAgo: number }[];
};

export async function createBoardIssue(draft: IssueDraft, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.update({
      where: { id: draft.programmeId },
      data: { nextIssueNumber: { increment: 1 } },
      select: { nextIssueNumber: true },
    });
    const number = programme.nextIssueNumber - 1;
    const status = draft.status ?? "OPEN";
    const position = await tx.boardIssue.count({ where: { programmeId: draft.programmeId, status } });
    const createdAt = daysAgo(now, draft.createdDaysAgo);
    const moved = status !== "OPEN";
    const movedAt = daysAgo(now, draft.movedDaysAgo ?? Math.max(draft.createdDaysAgo - 1, 0));
    const movedById = draft.movedById ?? draft.assigneeId ?? draft.authorId;
    const comments = draft.comments ?? [];
    const lastTouch = [createdAt, ...(moved ? [movedAt] : []), ...comments.map((c) => daysAgo(now, c.daysAgo))].reduce((a, b) =>
      b > a ? b : a,
    );
    const issue = await tx.boardIssue.create({
      data: {
        programmeId: draft.programmeId,
        number,
        title: draft.title,
        description: draft.description ?? "",
        services: draft.services ?? [],
        institutionId: draft.institutionId ?? null,
        priority: draft.priority ?? "NORMAL",
        assigneeId: draft.assigneeId ?? null,
        dueDate: draft.dueInDays === undefined ? null : dateInDays(now, draft.dueInDays),
        labels: draft.labels ?? [],
        status,
        position,
        escalation: draft.escalation ?? null,
        resolutionNote: draft.resolutionNote ?? null,
        engagementId: draft.engagementId ?? null,
        adviceId: draft.adviceId ?? null,
        authorId: draft.authorId,
        version: moved ? 1 : 0,
        createdAt,
        updatedAt: lastTouch,
      },
    });
    await tx.boardIssueEvent.create({
      data: { issueId: issue.id, actorId: draft.authorId, kind: "CREATED", changes: { title: draft.title, status: "OPEN" }, at: createdAt },
    });
    await tx.auditLog.create({
      data: {
        at: createdAt,
        actorId: draft.authorId,
        programmeId: draft.programmeId,
        action: "createIssue",
        entityType: "BoardIssue",
        entityId: issue.id,
        after: { number, title: draft.title, priority: issue.priority },
      },
    });
    if (moved) {
      const kind = status === "RESOLVED" ? "RESOLVED" : status === "CLOSED" ? "CLOSED" : "MOVED";
      await tx.boardIssueEvent.create({
        data: { issueId: issue.id, actorId: movedById, kind, changes: { status: { from: "OPEN", to: status } }, at: movedAt },
      });
      await tx.auditLog.create({
        data: {
          at: movedAt,
          actorId: movedById,
          programmeId: draft.programmeId,
          action: "moveIssue",
          entityType: "BoardIssue",
          entityId: issue.id,
          before: { status: "OPEN" },
          after: { status },
        },
      });
    }
    for (const comment of comments) {
      const at = daysAgo(now, comment.daysAgo);
      const row = await tx.boardComment.create({
        data: { issueId: issue.id, authorId: comment.authorId, body: comment.body, createdAt: at },
      });
      await tx.boardIssueEvent.create({
        data: { issueId: issue.id, actorId: comment.authorId, kind: "COMMENTED", changes: { commentId: row.id }, at },
      });
      await tx.auditLog.create({
        data: {
          at,
          actorId: comment.authorId,
          programmeId: draft.programmeId,
          action: "commentIssue",
          entityType: "BoardComment",
          entityId: row.id,
          after: { issueId: issue.id },
        },
      });
    }
    return issue;
  });
}
