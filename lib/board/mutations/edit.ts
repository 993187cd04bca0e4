import "server-only";
import { db } from "@/lib/db";
import { changedFields } from "@/lib/audit/mutations";
import { invalid, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { EscalationLevel, IssuePriority, PlanStepKey, Service } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/mutations";
import { recordEvent } from "./history";
import { assertAssignable, assertLinks, loadForUpdate, type IssueState } from "./issue-rows";

export async function assignIssue(actorId: string, input: { issueId: string; version: number; assigneeId: string | null }) {
  return db.$transaction(async (tx) => {
    const issue = await loadForUpdate(tx, input.issueId, input.version);
    if (issue.assigneeId === input.assigneeId) return { changed: false, version: issue.version };
    if (input.assigneeId) await assertAssignable(tx, issue.programmeId, input.assigneeId);
    await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    const changes = { assigneeId: { from: issue.assigneeId, to: input.assigneeId } };
    await recordEvent(
      tx,
      issue,
      actorId,
      "ASSIGNED",
      changes,
      { action: "assignIssue", before: { assigneeId: issue.assigneeId }, after: { assigneeId: input.assigneeId } },
      "assigned",
    );
    if (input.assigneeId) await notify(tx, { type: "issueAssigned", issueId: issue.id, actorId });
    return { changed: true, version: issue.version + 1 };
  });
}

type EditIssueData = {
  issueId: string;
  version: number;
  title: string;
  description: string;
  services?: readonly Service[];
  institutionId?: string | null;
  priority?: IssuePriority;
  dueDate?: Date | null;
  labels?: readonly string[];
  escalation?: EscalationLevel | null;
  engagementId?: string | null;
  adviceId?: string | null;
  planStep?: PlanStepKey | null;
};

/** Edits the given fields; fields left undefined are kept (an author may change only the text). */
export async function editIssue(actorId: string, input: EditIssueData) {
  return db.$transaction(async (tx) => {
    const issue = await loadForUpdate(tx, input.issueId, input.version);
    const { issueId: _id, version: _v, ...fields } = input;
    const next = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<IssueState>;
    if (next.services && next.services.length === 0) throw invalid(msg("board.errors.atLeastOneService"));
    await assertLinks(tx, issue.programmeId, next);
    const normalise = (s: Partial<IssueState>) => ({ ...s, dueDate: s.dueDate ? s.dueDate.toISOString().slice(0, 10) : s.dueDate });
    const diff = changedFields(normalise(issue) as Record<string, unknown>, normalise(next));
    if (diff.changed.length === 0) return { changed: [] as string[], version: issue.version };
    await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: {
        ...next,
        services: next.services ? [...next.services] : undefined,
        labels: next.labels ? [...next.labels] : undefined,
        version: { increment: 1 },
      },
    });
    await recordEvent(
      tx,
      issue,
      actorId,
      "EDITED",
      { before: diff.before, after: diff.after },
      { action: "editIssue", before: diff.before, after: diff.after },
      "edited",
    );
    return { changed: diff.changed, version: issue.version + 1 };
  });
}

export async function addComment(actorId: string, input: { issueId: string; body: string }) {
  return db.$transaction(async (tx) => {
    const issue = await tx.boardIssue.findUnique({ where: { id: input.issueId }, select: { id: true, programmeId: true } });
    if (!issue) throw notFound(msg("board.errors.issueGone"));
    const comment = await tx.boardComment.create({
      data: { issueId: issue.id, authorId: actorId, body: input.body },
      select: { id: true },
    });
    const excerpt = input.body.length > 120 ? `${input.body.slice(0, 117)}…` : input.body;
    await recordEvent(
      tx,
      issue,
      actorId,
      "COMMENTED",
      { commentId: comment.id, excerpt },
      { action: "commentIssue", after: { commentId: comment.id } },
      "commented",
    );
    await notify(tx, { type: "issueCommented", commentId: comment.id, actorId });
    return comment;
  });
}
