// What the fan-out and the hourly tick decide before anything is written: one notification for one
// person, with its words as a stored Message (said later in the reader's language), its link and the
// key that makes it happen once.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { storedMessage, type Message } from "@/lib/i18n/message";
import { notificationKey, type NotificationSubject } from "./keys";

export type PlannedNotification = {
  userId: string;
  kind: NotificationKind;
  programmeId: string | null;
  actorId: string | null;
  /** A stored Message (lib/i18n/message.ts). */
  message: string;
  href: string;
  dedupeKey: string;
};

type About = {
  subject: NotificationSubject;
  /** What made it news: an event, a comment, a revision, a day. */
  cause: string;
  programmeId: string | null;
  actorId: string | null;
  message: Message;
  href: string;
};

export function planNotification(userId: string, kind: NotificationKind, about: About): PlannedNotification {
  return {
    userId,
    kind,
    programmeId: about.programmeId,
    actorId: about.actorId,
    message: storedMessage(about.message.key, about.message.values),
    href: about.href,
    dedupeKey: notificationKey(kind, about.subject, about.cause, userId),
  };
}

/**
 * One notification per person and news item: where a person qualifies for several kinds (mentioned
 * in a comment on an issue they watch), the first kind in `precedence` wins.
 */
export function onePerPerson(planned: readonly PlannedNotification[], precedence: readonly NotificationKind[]): PlannedNotification[] {
  const rank = (kind: NotificationKind) => {
    const index = precedence.indexOf(kind);
    return index < 0 ? precedence.length : index;
  };
  const best = new Map<string, PlannedNotification>();
  for (const plan of planned) {
    const current = best.get(plan.userId);
    if (!current || rank(plan.kind) < rank(current.kind)) best.set(plan.userId, plan);
  }
  return [...best.values()];
}

// Where each kind of item lives in the app (the notification's link, the e-mail's button).
export const issuePath = (programmeId: string, number: number) => `/programmes/${programmeId}/board/${number}`;
export const engagementPath = (programmeId: string, engagementId: string) => `/programmes/${programmeId}/services/${engagementId}`;
export const advicePath = (programmeId: string, adviceId: string) => `/programmes/${programmeId}/advice/${adviceId}`;
export const invitationPath = (invitationId: string) => `/invitations/${invitationId}`;
export const INBOX_PATH = "/notifications";
