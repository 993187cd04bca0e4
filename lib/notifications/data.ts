// Reads for what a person sees of their notifications: the bell's count, the inbox, their settings,
// whether they watch an issue or engagement, and whom they can @mention. Every read is scoped to the
// person in its `where` clause; each is one statement, whatever the number of notifications.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { readStoredMessage, type Message } from "@/lib/i18n/message";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "./kinds";
import type { InboxCursor, InboxQuery } from "./inbox/schema";

export const INBOX_PAGE_SIZE = 25;

/**
 * The bell: how many of the person's notifications are unread. One COUNT on the person's rows,
 * memoised per request (the header and the inbox page both show it).
 */
export const countUnreadNotifications = cache(function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { ...readableBy(userId), readAt: null } });
});

/**
 * The person's notifications they may still follow: none from a programme they have left (its
 * items are not theirs to open any more), except invitations to join one. Part of the same statement: an EXISTS on their memberships.
 */
export function readableBy(userId: string) {
  return {
    userId,
    // An invitation is about a programme the person has not joined yet.
    OR: [{ programmeId: null }, { kind: "INVITATION" as const }, { programme: { memberships: { some: { userId } } } }],
  };
}

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  /** What happened, to be said in the reader's language; null when the row holds no readable message. */
  message: Message | null;
  createdAt: Date;
  unread: boolean;
  programme: { id: string; title: string } | null;
};

export type InboxPage = {
  items: InboxItem[];
  /** Where the page of newer notifications ends (its link), when there are newer ones. */
  newer?: InboxCursor;
  /** Where the page of older notifications starts, when there are older ones. */
  older?: InboxCursor;
};

const INBOX_SELECT = {
  id: true,
  kind: true,
  message: true,
  createdAt: true,
  readAt: true,
  programme: { select: { id: true, title: true } },
} as const;

/** Rows strictly older (`lt`) or newer (`gt`) than the cursor, in (createdAt, id) order. */
function beyond(cursor: InboxCursor, direction: "lt" | "gt") {
  return {
    OR: [{ createdAt: { [direction]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [direction]: cursor.id } }],
  };
}

async function readPage(userId: string, query: InboxQuery, newestFirst: boolean) {
  const cursor = newestFirst ? query.before : query.after;
  const order = newestFirst ? "desc" : "asc";
  const rows = await db.notification.findMany({
    where: {
      AND: [
        readableBy(userId),
        ...(query.filter === "unread" ? [{ readAt: null }] : []),
        ...(cursor ? [beyond(cursor, newestFirst ? "lt" : "gt")] : []),
      ],
    },
    orderBy: [{ createdAt: order }, { id: order }],
    take: INBOX_PAGE_SIZE + 1,
    select: INBOX_SELECT,
  });
  const more = rows.length > INBOX_PAGE_SIZE;
  const page = rows.slice(0, INBOX_PAGE_SIZE);
  return { rows: newestFirst ? page : page.reverse(), more };
}

function toItem(row: Awaited<ReturnType<typeof readPage>>["rows"][number]): InboxItem {
  return {
    id: row.id,
    kind: row.kind,
    message: readStoredMessage(row.message),
    createdAt: row.createdAt,
    unread: row.readAt === null,
    programme: row.programme,
  };
}

const cursorOf = (row: { createdAt: Date; id: string }): InboxCursor => ({ createdAt: row.createdAt, id: row.id });

/**
 * One page of the person's inbox, newest first: keyset pagination on (createdAt, id), which the
 * (userId, createdAt) index serves at any depth. One query; two only when a "newer" page turns out
 * to be the newest, which is then read as the first page.
 */
export async function listInbox(userId: string, query: InboxQuery): Promise<InboxPage> {
  if (query.after) {
    const { rows, more } = await readPage(userId, query, false);
    if (more) {
      const first = rows[0];
      const last = rows.at(-1);
      return { items: rows.map(toItem), newer: first && cursorOf(first), older: last && cursorOf(last) };
    }
    return listInbox(userId, { filter: query.filter });
  }
  const { rows, more } = await readPage(userId, query, true);
  const first = rows[0];
  const last = rows.at(-1);
  return {
    items: rows.map(toItem),
    newer: query.before && first ? cursorOf(first) : undefined,
    older: more && last ? cursorOf(last) : undefined,
  };
}

export type DeliveryChoice = { kind: NotificationKind; delivery: NotificationDelivery };

/** The settings page: each kind's delivery (the default where the person chose none), the digest hour, their zone. */
export async function getNotificationSettings(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { digestHour: true, timeZone: true, notificationPreferences: { select: { kind: true, delivery: true } } },
  });
  const chosen = new Map(user.notificationPreferences.map((p) => [p.kind, p.delivery]));
  const deliveries: DeliveryChoice[] = NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind] }));
  return { digestHour: user.digestHour, timeZone: user.timeZone, deliveries };
}

export type WatchState = { watching: boolean; watchers: number };

/** Whether the person watches issue #`number` of the programme, and how many people do: one query. */
export async function getIssueWatch(userId: string, programmeId: string, number: number): Promise<WatchState> {
  const issue = await db.boardIssue.findUnique({
    where: { programmeId_number: { programmeId, number } },
    select: { _count: { select: { watches: true } }, watches: { where: { userId }, select: { id: true } } },
  });
  return { watching: (issue?.watches.length ?? 0) > 0, watchers: issue?._count.watches ?? 0 };
}

/** Whether the person watches the engagement, and how many people do: one query. */
export async function getEngagementWatch(userId: string, programmeId: string, engagementId: string): Promise<WatchState> {
  const engagement = await db.engagement.findFirst({
    where: { id: engagementId, programmeId },
    select: { _count: { select: { watches: true } }, watches: { where: { userId }, select: { id: true } } },
  });
  return { watching: (engagement?.watches.length ?? 0) > 0, watchers: engagement?._count.watches ?? 0 };
}

/** The Watch toggle's targets: the row and the programme it belongs to (authorization reads the programme from here). */
export function findWatchableIssue(issueId: string) {
  return db.boardIssue.findUnique({ where: { id: issueId }, select: { id: true, programmeId: true, number: true } });
}

export function findWatchableEngagement(engagementId: string) {
  return db.engagement.findUnique({ where: { id: engagementId }, select: { id: true, programmeId: true } });
}

export type MentionablePerson = { userId: string; name: string };

/** Whom a comment or advice details can @mention: the programme's active members, each once. */
export async function listMentionablePeople(programmeId: string): Promise<MentionablePerson[]> {
  const people = await db.user.findMany({
    where: { deactivatedAt: null, memberships: { some: { programmeId } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return people.map((p) => ({ userId: p.id, name: p.name }));
}
