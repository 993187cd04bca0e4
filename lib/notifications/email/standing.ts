// Whether a notification is still worth an e-mail when the e-mail is written (later than the change):
// the person may still read what it leads to, and a due-date notice is still true.
import type { ProgrammeActor } from "@/lib/auth/permissions";
import type { AdviceVisibility, EngagementStage, IssueStatus, NotificationKind, Service } from "@/lib/generated/prisma/enums";
import { mayRead, type ReadableItem } from "../audience";
import type { ReadKey } from "../keys";

export type Subjects = {
  /** The person's standing per programme (absent: not a member, or deactivated). */
  readers: Map<string, ProgrammeActor>;
  issues: Map<string, { status: IssueStatus; dueDate: Date | null; assigneeId: string | null }>;
  engagements: Map<string, { stage: EngagementStage; dueDate: Date | null; ownerId: string | null; archived: boolean }>;
  advice: Map<string, { institutionId: string; service: Service; visibility: AdviceVisibility; deletedAt: Date | null }>;
  invitations: Map<string, { expiresAt: Date; acceptedAt: Date | null; declinedAt: Date | null; revokedAt: Date | null }>;
};

type Notice = { kind: NotificationKind; programmeId: string | null };

const DONE_ISSUE: readonly IssueStatus[] = ["RESOLVED", "CLOSED"];
const DONE_ENGAGEMENT: readonly EngagementStage[] = ["SETTLED", "NOT_APPLICABLE"];

/** "2026-11-30" + 1 day. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A due-date notice of `day` still holds: the item is open, still the person's, and due as it said. */
function stillDue(kind: NotificationKind, day: string, item: { dueDate: Date | null; mine: boolean; open: boolean }): boolean {
  if (!item.open || !item.mine || !item.dueDate) return false;
  const due = item.dueDate.toISOString().slice(0, 10);
  return kind === "DUE_SOON" ? due === nextDay(day) : due < day;
}

function readableItem(key: ReadKey, subjects: Subjects): ReadableItem | null {
  switch (key.subject.type) {
    case "issue":
      return subjects.issues.has(key.subject.id) ? { type: "issue" } : null;
    case "engagement":
      return subjects.engagements.has(key.subject.id) ? { type: "engagement" } : null;
    case "advice": {
      const advice = subjects.advice.get(key.subject.id);
      return advice ? { type: "advice", ...advice } : null;
    }
    case "invitation":
      return null;
  }
}

export function isStillNews(notice: Notice, key: ReadKey | null, subjects: Subjects, now: Date): boolean {
  if (!key) return notice.programmeId !== null && subjects.readers.has(notice.programmeId);
  if (key.subject.type === "invitation") {
    const invitation = subjects.invitations.get(key.subject.id);
    return Boolean(invitation && !invitation.acceptedAt && !invitation.declinedAt && !invitation.revokedAt && invitation.expiresAt > now);
  }
  const item = readableItem(key, subjects);
  if (!item || !notice.programmeId || !mayRead(subjects.readers.get(notice.programmeId), item)) return false;
  if (notice.kind !== "DUE_SOON" && notice.kind !== "OVERDUE") return true;
  if (key.subject.type === "issue") {
    const issue = subjects.issues.get(key.subject.id)!;
    return stillDue(notice.kind, key.cause, {
      dueDate: issue.dueDate,
      mine: issue.assigneeId === key.userId,
      open: !DONE_ISSUE.includes(issue.status),
    });
  }
  const engagement = subjects.engagements.get(key.subject.id)!;
  return stillDue(notice.kind, key.cause, {
    dueDate: engagement.dueDate,
    mine: engagement.ownerId === key.userId,
    open: !engagement.archived && !DONE_ENGAGEMENT.includes(engagement.stage),
  });
}
