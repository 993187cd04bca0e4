import "server-only";
import { db } from "@/lib/db";
import { toReaders } from "../audience";
import type { ReadKey } from "../keys";
import type { Subjects } from "./standing";

const NOTIFICATION_SELECT = {
  id: true,
  userId: true,
  kind: true,
  message: true,
  href: true,
  dedupeKey: true,
  programmeId: true,
  createdAt: true,
  actor: { select: { name: true } },
  programme: { select: { title: true } },
} as const;

export function loadNotification(notificationId: string) {
  return db.notification.findUnique({ where: { id: notificationId }, select: NOTIFICATION_SELECT });
}

/** A digest's notifications (only the person's own), oldest first. */
export function loadNotificationsOf(userId: string, ids: readonly string[]) {
  return db.notification.findMany({
    where: { userId, id: { in: [...ids] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: NOTIFICATION_SELECT,
  });
}
export type NotificationToSend = NonNullable<Awaited<ReturnType<typeof loadNotification>>>;

/**
 * The items these notifications lead to, as they are now, and how the person stands in their
 * programmes: five queries whatever the number of notifications (a digest may carry hundreds).
 */
export async function loadSubjects(userId: string, keys: readonly ReadKey[], programmeIds: readonly string[]): Promise<Subjects> {
  const idsOf = (type: ReadKey["subject"]["type"]) => [...new Set(keys.filter((k) => k.subject.type === type).map((k) => k.subject.id))];
  const [memberships, issues, engagements, advice, invitations] = await Promise.all([
    db.membership.findMany({
      where: { userId, programmeId: { in: [...new Set(programmeIds)] }, user: { deactivatedAt: null } },
      select: { programmeId: true, userId: true, role: true, institutionId: true, representations: { select: { service: true } } },
    }),
    db.boardIssue.findMany({ where: { id: { in: idsOf("issue") } }, select: { id: true, status: true, dueDate: true, assigneeId: true } }),
    db.engagement.findMany({
      where: { id: { in: idsOf("engagement") } },
      select: { id: true, stage: true, dueDate: true, ownerId: true, partner: { select: { archivedAt: true } } },
    }),
    db.adviceEntry.findMany({
      where: { id: { in: idsOf("advice") } },
      select: { id: true, institutionId: true, service: true, visibility: true, deletedAt: true },
    }),
    db.invitation.findMany({
      where: { id: { in: idsOf("invitation") }, userId },
      select: { id: true, expiresAt: true, acceptedAt: true, declinedAt: true, revokedAt: true },
    }),
  ]);
  const byProgramme = new Map<string, typeof memberships>();
  for (const m of memberships) byProgramme.set(m.programmeId, [...(byProgramme.get(m.programmeId) ?? []), m]);
  return {
    readers: new Map([...byProgramme].map(([programmeId, rows]) => [programmeId, toReaders(rows).get(userId)!])),
    issues: new Map(issues.map((i) => [i.id, i])),
    engagements: new Map(engagements.map(({ partner, ...e }) => [e.id, { ...e, archived: partner.archivedAt !== null }])),
    advice: new Map(advice.map((a) => [a.id, a])),
    invitations: new Map(invitations.map((i) => [i.id, i])),
  };
}

/** When and where the person's digest goes out, for its closing words. */
export function loadDigestSettings(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { digestHour: true, timeZone: true } });
}

/** The comment a notification is about (its text goes into the e-mail). */
export function loadCommentText(commentId: string) {
  return db.boardComment.findUnique({ where: { id: commentId }, select: { body: true } });
}
