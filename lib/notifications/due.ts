// Due tomorrow and overdue: once per item, person and day (the person's day is in the dedupeKey), so
// the hourly tick may run any number of times.
import { msg } from "@/lib/i18n/message";
import { engagementPath, issuePath, planNotification, type PlannedNotification } from "./planned";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";

/** An engagement a person owns or an issue assigned to them, due tomorrow or overdue on their day. */
export type DueItem = {
  userId: string;
  /** The person's day (YYYY-MM-DD). */
  day: string;
  programmeId: string;
  /** Days from the person's day to the due date: 1 is tomorrow, negative is overdue. */
  daysUntil: number;
} & (
  | { type: "engagement"; itemId: string; service: Service; stage: EngagementStage; institution: string }
  | { type: "issue"; itemId: string; number: number; title: string }
);

export function planDueNotifications(items: readonly DueItem[]): PlannedNotification[] {
  return items.map((item) => {
    const kind = item.daysUntil > 0 ? "DUE_SOON" : "OVERDUE";
    const days = -item.daysUntil;
    const about = { cause: item.day, programmeId: item.programmeId, actorId: null };
    if (item.type === "engagement") {
      const values = { service: item.service, institution: item.institution, stage: item.stage };
      return planNotification(item.userId, kind, {
        ...about,
        subject: { type: "engagement", id: item.itemId },
        message:
          kind === "DUE_SOON"
            ? msg("notifications.message.dueSoonEngagement", values)
            : msg("notifications.message.overdueEngagement", { ...values, days }),
        href: engagementPath(item.programmeId, item.itemId),
      });
    }
    const values = { number: item.number, title: item.title };
    return planNotification(item.userId, kind, {
      ...about,
      subject: { type: "issue", id: item.itemId },
      message:
        kind === "DUE_SOON"
          ? msg("notifications.message.dueSoonIssue", values)
          : msg("notifications.message.overdueIssue", { ...values, days }),
      href: issuePath(item.programmeId, item.number),
    });
  });
}
