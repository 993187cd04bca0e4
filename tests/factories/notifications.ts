// Notifications as the fan-out would have left them in a person's inbox: direct inserts (one row, or
// a thousand with createMany), for the inbox's tests and the benchmark.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { storedMessage, type MessageKey, type MessageValues } from "@/lib/i18n/message";

export type NotificationDraft = {
  userId: string;
  programmeId?: string | null;
  kind?: NotificationKind;
  actorId?: string | null;
  /** What it says (a message key and its values); by default the kind's own description. */
  message?: { key: MessageKey; values?: MessageValues };
  href?: string;
  createdAt?: Date;
  read?: boolean;
};

function row(draft: NotificationDraft, createdAt: Date) {
  const kind = draft.kind ?? "ISSUE_COMMENT";
  const message = draft.message ?? { key: `inbox.kinds.${kind}.description` as const };
  return {
    userId: draft.userId,
    programmeId: draft.programmeId ?? null,
    kind,
    actorId: draft.actorId ?? null,
    message: storedMessage(message.key, message.values),
    href: draft.href ?? "/programmes",
    dedupeKey: `test:${randomUUID()}`,
    createdAt,
    readAt: draft.read ? createdAt : null,
  };
}

export function createNotification(draft: NotificationDraft) {
  return db.notification.create({ data: row(draft, draft.createdAt ?? new Date()) });
}

/** `count` notifications one minute apart, the newest `newestAt` (default now). */
export async function createNotifications(count: number, draft: NotificationDraft, newestAt: Date = new Date()): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => row(draft, new Date(newestAt.getTime() - i * 60_000)));
  for (let start = 0; start < rows.length; start += 500) await db.notification.createMany({ data: rows.slice(start, start + 500) });
}
