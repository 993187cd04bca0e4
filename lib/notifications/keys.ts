// A notification's dedupeKey says what it is about, so the same news is one row however often its
// job runs: `<kind>:<subject type>:<subject id>:<cause>:<recipient>`, e.g.
// "ISSUE_COMMENT:issue:<issueId>:<commentId>:<userId>" or "OVERDUE:engagement:<id>:2026-11-30:<userId>".
// The subject is read back when the notification is e-mailed, to check the person may still read it.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS } from "./kinds";

export const SUBJECT_TYPES = ["issue", "engagement", "advice", "invitation"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** What a notification is about: the row the reader follows its link to. */
export type NotificationSubject = { type: SubjectType; id: string };

const SEPARATOR = ":";

function clean(part: string): string {
  if (!part || part.includes(SEPARATOR)) throw new Error(`A notification key part must be non-empty and without "${SEPARATOR}": "${part}"`);
  return part;
}

/** The key of one notification: one per kind, subject, cause (an event, a revision, a day) and person. */
export function notificationKey(kind: NotificationKind, subject: NotificationSubject, cause: string, userId: string): string {
  return [kind, subject.type, clean(subject.id), clean(cause), clean(userId)].join(SEPARATOR);
}

export type ReadKey = { kind: NotificationKind; subject: NotificationSubject; cause: string; userId: string };

/** The parts of a key made by notificationKey, or null for anything else. */
export function readNotificationKey(key: string): ReadKey | null {
  const parts = key.split(SEPARATOR);
  if (parts.length !== 5) return null;
  const [kind, type, id, cause, userId] = parts as [string, string, string, string, string];
  if (!(NOTIFICATION_KINDS as string[]).includes(kind) || !(SUBJECT_TYPES as readonly string[]).includes(type)) return null;
  if (!id || !cause || !userId) return null;
  return { kind: kind as NotificationKind, subject: { type: type as SubjectType, id }, cause, userId };
}
