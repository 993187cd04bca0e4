// Writes for what a person does with their own notifications: read them, choose how each kind
// reaches them, stop a kind from an e-mail's unsubscribe link, watch an issue or engagement.
// Every write is scoped to the person in its `where` clause.
//
// Reading a notification is not audited: it changes nothing anyone else sees (like opening an
// e-mail). What changes which messages a person is sent — settings, unsubscribing, watching — is.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { readableBy } from "../data";
import { writeAudit } from "@/lib/audit/mutations";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "../kinds";
import { readUnsubscribeToken, type UnsubscribeTopic } from "../unsubscribe";
import type { NotificationSettingsInput } from "./schema";

export type MarkReadOutcome = "marked" | "alreadyRead" | "missing";

/** Marks one of the person's notifications read; another person's is "missing", like one that does not exist. */
export async function markNotificationRead(userId: string, notificationId: string): Promise<MarkReadOutcome> {
  const { count } = await db.notification.updateMany({ where: { id: notificationId, userId, readAt: null }, data: { readAt: new Date() } });
  if (count > 0) return "marked";
  const mine = await db.notification.findFirst({ where: { id: notificationId, userId }, select: { id: true } });
  return mine ? "alreadyRead" : "missing";
}

/** Marks every unread notification the person had received by `upTo` read; how many. */
export async function markAllNotificationsRead(userId: string, upTo: Date): Promise<number> {
  const { count } = await db.notification.updateMany({
    // What the inbox shows (readableBy): the count it answers matches what the person saw go.
    where: { ...readableBy(userId), readAt: null, createdAt: { lte: upTo } },
    data: { readAt: new Date() },
  });
  return count;
}

/** Opening a notification reads it: marks it read (if it was not) and says where it leads; null when it is not the person's. */
export async function openNotification(userId: string, notificationId: string): Promise<{ href: string } | null> {
  return db.$transaction(async (tx) => {
    const notification = await tx.notification.findFirst({
      where: { id: notificationId, userId },
      select: { href: true, readAt: true },
    });
    if (!notification) return null;
    if (!notification.readAt) await tx.notification.update({ where: { id: notificationId }, data: { readAt: new Date() } });
    return { href: notification.href };
  });
}

type Deliveries = Record<NotificationKind, NotificationDelivery>;

/** The person's row locked for the change (two saves at once are applied one after the other), and each kind's delivery. */
async function lockSettings(tx: Tx, userId: string): Promise<{ digestHour: number; deliveries: Deliveries } | null> {
  const [user] = await tx.$queryRaw<{ digestHour: number }[]>`SELECT "digestHour" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!user) return null;
  const rows = await tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } });
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  const deliveries = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, chosen.get(kind) ?? DEFAULT_DELIVERY[kind]])) as Deliveries;
  return { digestHour: user.digestHour, deliveries };
}

/** Stores the deliveries of `kinds` (one statement; an existing choice is replaced). */
async function storeDeliveries(tx: Tx, userId: string, kinds: readonly NotificationKind[], deliveries: Partial<Deliveries>) {
  if (kinds.length === 0) return;
  const values = kinds.map((kind) => deliveries[kind]!);
  await tx.$executeRaw`
    INSERT INTO "NotificationPreference" ("userId", "kind", "delivery")
    SELECT ${userId}, t.kind::"NotificationKind", t.delivery::"NotificationDelivery"
    FROM unnest(${kinds as NotificationKind[]}::text[], ${values}::text[]) AS t(kind, delivery)
    ON CONFLICT ("userId", "kind") DO UPDATE SET "delivery" = EXCLUDED."delivery"`;
}

/** The settings form: each kind's delivery and the digest hour, saved together; audited when anything changed. */
export async function saveNotificationSettings(userId: string, input: NotificationSettingsInput): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await lockSettings(tx, userId);
    if (!current) throw new Error(`No user ${userId}`);
    const changedKinds = NOTIFICATION_KINDS.filter((kind) => input[kind] !== current.deliveries[kind]);
    const hourChanged = input.digestHour !== current.digestHour;
    if (changedKinds.length === 0 && !hourChanged) return { changed: false };
    await storeDeliveries(tx, userId, changedKinds, input);
    if (hourChanged) await tx.user.update({ where: { id: userId }, data: { digestHour: input.digestHour } });
    const before: Record<string, string | number> = Object.fromEntries(changedKinds.map((kind) => [kind, current.deliveries[kind]]));
    const after: Record<string, string | number> = Object.fromEntries(changedKinds.map((kind) => [kind, input[kind]]));
    if (hourChanged) {
      before.digestHour = current.digestHour;
      after.digestHour = input.digestHour;
    }
    await writeAudit(tx, { actorId: userId, action: "setNotificationPreferences", entityType: "User", entityId: userId, before, after });
    return { changed: true };
  });
}

export type UnsubscribeOutcome = {
  userId: string;
  topic: UnsubscribeTopic;
  /** The kinds that now reach the person in the app only (empty: they already did). */
  stopped: NotificationKind[];
};

/**
 * An e-mail's unsubscribe link, followed (the confirmation page's button, or a mail client's RFC 8058
 * one-click POST): no sign-in, the signed token says who and what. A kind stops being e-mailed (it
 * stays in the inbox); "DIGEST" stops the daily digest: every kind it carried is then in-app only.
 * Nothing else changes. Null when the token is not one Consort made, or its person is gone.
 */
export async function unsubscribeByToken(token: string): Promise<UnsubscribeOutcome | null> {
  const reader = readUnsubscribeToken(token);
  if (!reader) return null;
  const { userId, topic } = reader;
  return db.$transaction(async (tx) => {
    const current = await lockSettings(tx, userId);
    if (!current) return null;
    const stopped = (topic === "DIGEST" ? NOTIFICATION_KINDS.filter((kind) => current.deliveries[kind] === "DIGEST") : [topic]).filter(
      (kind) => current.deliveries[kind] !== "IN_APP",
    );
    if (stopped.length > 0) {
      const inAppOnly = Object.fromEntries(stopped.map((kind) => [kind, "IN_APP"])) as Partial<Deliveries>;
      await storeDeliveries(tx, userId, stopped, inAppOnly);
      await writeAudit(tx, {
        actorId: userId,
        action: "unsubscribe",
        entityType: "User",
        entityId: userId,
        before: Object.fromEntries(stopped.map((kind) => [kind, current.deliveries[kind]])),
        after: { ...inAppOnly, topic },
      });
    }
    return { userId, topic, stopped };
  });
}

export type WatchTarget = { issueId: string } | { engagementId: string };

/**
 * Starts or stops watching an issue or engagement (the state asked for, so repeating it changes
 * nothing); audited when it changed. The target was loaded and authorized by the action.
 */
export async function setWatch(userId: string, target: WatchTarget, watching: boolean): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const where = "issueId" in target ? { userId, issueId: target.issueId } : { userId, engagementId: target.engagementId };
    const { count } = watching ? await tx.watch.createMany({ data: [where], skipDuplicates: true }) : await tx.watch.deleteMany({ where });
    if (count === 0) return { changed: false };
    const isIssue = "issueId" in target;
    await writeAudit(tx, {
      actorId: userId,
      action: `${watching ? "watch" : "unwatch"}${isIssue ? "Issue" : "Engagement"}`,
      entityType: isIssue ? "BoardIssue" : "Engagement",
      entityId: isIssue ? target.issueId : target.engagementId,
    });
    return { changed: true };
  });
}
