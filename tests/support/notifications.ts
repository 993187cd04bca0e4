// Notification tests run the fan-out the way the worker would, without waiting for one: the `notify`
// jobs a change enqueued are read from pg-boss's table and handed to the same handler, in order.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { JOB_SCHEMA } from "@/lib/jobs/queues";
import type { NotificationEvent } from "@/lib/notifications/events";
import { fanOut } from "@/lib/notifications/fanout";
import { db } from "./database";

/** The events the changes so far enqueued and nobody handled yet (oldest first); they are taken off the queue. */
export async function takeNotifyJobs(): Promise<NotificationEvent[]> {
  const rows = await db.$queryRawUnsafe<{ data: NotificationEvent }[]>(
    `WITH taken AS (DELETE FROM ${JOB_SCHEMA}.job WHERE name = 'notify' AND state = 'created' RETURNING data, created_on)
     SELECT data FROM taken ORDER BY created_on`,
  );
  return rows.map((r) => r.data);
}

/** Runs the fan-out of every waiting `notify` job, as the worker would. */
export async function runNotifyJobs(now: Date = new Date()): Promise<NotificationEvent[]> {
  const events = await takeNotifyJobs();
  for (const event of events) await fanOut(event, now);
  return events;
}

/** Who got which kind of notification: "Name:KIND", sorted. */
export async function notified(): Promise<string[]> {
  const rows = await db.notification.findMany({ select: { kind: true, user: { select: { name: true } } } });
  return rows.map((r) => `${r.user.name}:${r.kind}`).sort();
}

export function notificationsOf(user: { id: string }, kind?: NotificationKind) {
  return db.notification.findMany({ where: { userId: user.id, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
}

/** The `email` jobs waiting, by key (template and args). */
export async function emailJobs(): Promise<{ template: string; key: string; args: Record<string, unknown> }[]> {
  const rows = await db.$queryRawUnsafe<{ data: { template: string; key: string; args: Record<string, unknown> } }[]>(
    `SELECT data FROM ${JOB_SCHEMA}.job WHERE name = 'email' ORDER BY created_on`,
  );
  return rows.map((r) => r.data);
}

/** The `email` job keys for these notifications' rows ("notification:<id>"). */
export async function emailedNotificationKeys(): Promise<string[]> {
  return (await emailJobs()).filter((j) => j.template === "notification").map((j) => j.key);
}

export async function setDelivery(user: { id: string }, kind: NotificationKind, delivery: "EMAIL_NOW" | "DIGEST" | "IN_APP") {
  await db.notificationPreference.upsert({
    where: { userId_kind: { userId: user.id, kind } },
    create: { userId: user.id, kind, delivery },
    update: { delivery },
  });
}

/** A person leaving the programme (their memberships removed, as People does). */
export async function leaveProgramme(user: { id: string }, programmeId: string) {
  await db.membership.deleteMany({ where: { userId: user.id, programmeId } });
}
