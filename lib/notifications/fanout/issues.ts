import "server-only";
import { isRoutingReason } from "@/lib/board/routing";
import { msg } from "@/lib/i18n/message";
import { parseMentions } from "../mentions";
import { issuePath, onePerPerson, planNotification, type PlannedNotification } from "../planned";
import { loadComment, loadIssueAssignment, type IssueAssignment } from "./data";
import { keepReaders, type Candidate } from "./readers";

const ISSUE = { type: "issue" } as const;

/**
 * ISSUE_ASSIGNED for whoever an issue is assigned to now, by its latest assignment: made by someone
 * ("assigned to you") or by routing when the issue was raised ("routed to you as the Legal
 * representative"). A person who was assigned and unassigned again before the job ran hears nothing.
 */
export async function planAssignments(issues: readonly IssueAssignment[]): Promise<PlannedNotification[]> {
  const planned: PlannedNotification[] = [];
  for (const issue of issues) {
    const [latest] = issue.events;
    if (!issue.assigneeId || !latest) continue;
    const changes = (latest.changes ?? {}) as { routing?: unknown };
    const routed = latest.kind === "CREATED" && isRoutingReason(changes.routing) && "service" in changes.routing ? changes.routing : null;
    const values = { number: issue.number, title: issue.title, actor: latest.actor.name };
    const plan = planNotification(issue.assigneeId, "ISSUE_ASSIGNED", {
      subject: { type: "issue", id: issue.id },
      cause: latest.id,
      programmeId: issue.programmeId,
      actorId: latest.actorId,
      message: routed
        ? msg("notifications.message.issueRouted", { ...values, service: routed.service })
        : msg("notifications.message.issueAssigned", values),
      href: issuePath(issue.programmeId, issue.number),
    });
    planned.push(...(await keepReaders(issue.programmeId, latest.actorId, [{ plan, item: ISSUE }])));
  }
  return planned;
}

export async function planIssueAssigned(issueId: string): Promise<PlannedNotification[]> {
  const issue = await loadIssueAssignment(issueId);
  return issue ? planAssignments([issue]) : [];
}

/** A comment: MENTION for the members it @mentions; ISSUE_COMMENT for the issue's author, assignee and watchers. */
export async function planIssueCommented(commentId: string): Promise<PlannedNotification[]> {
  const comment = await loadComment(commentId);
  if (!comment) return [];
  const { issue } = comment;
  const about = (cause: string) => ({
    subject: { type: "issue" as const, id: issue.id },
    cause,
    programmeId: issue.programmeId,
    actorId: comment.authorId,
    href: issuePath(issue.programmeId, issue.number),
  });
  const values = { number: issue.number, title: issue.title, actor: comment.author.name };
  const candidates: Candidate[] = [];
  for (const { userId } of parseMentions(comment.body)) {
    candidates.push({
      plan: planNotification(userId, "MENTION", { ...about(comment.id), message: msg("notifications.message.mentionComment", values) }),
      item: ISSUE,
    });
  }
  const followers = [issue.authorId, issue.assigneeId, ...issue.watches.map((w) => w.userId)].filter((id): id is string => Boolean(id));
  for (const userId of new Set(followers)) {
    candidates.push({
      plan: planNotification(userId, "ISSUE_COMMENT", { ...about(comment.id), message: msg("notifications.message.issueComment", values) }),
      item: ISSUE,
    });
  }
  return onePerPerson(await keepReaders(issue.programmeId, comment.authorId, candidates), ["MENTION", "ISSUE_COMMENT"]);
}
