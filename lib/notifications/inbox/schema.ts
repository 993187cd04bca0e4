// What the inbox, the notification settings, the Watch toggle and the unsubscribe page send, and
// what the inbox page reads from its address. Isomorphic: forms use the same shapes.
import { z } from "zod";
import { NotificationDelivery, type NotificationKind } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";
import { firstValues, type SearchParams } from "@/lib/domain/search-params";
import { NOTIFICATION_KINDS } from "../kinds";

const id = z.string().trim().min(1).max(64);

/** One notification of the signed-in person: mark it read, or open it. */
export const notificationIdSchema = z.object({ notificationId: id });

/**
 * "Mark all as read": everything that arrived up to the moment the page was shown (`upTo`), so a
 * notification that comes in while the person reads is not marked read unseen. Absent: now.
 */
export const markAllReadSchema = z.object({
  upTo: z.iso
    .datetime({ offset: true })
    .optional()
    .transform((value) => (value ? new Date(value) : new Date())),
});

const delivery = z.enum(NotificationDelivery, { error: zodMessage("inbox.settings.errors.chooseDelivery") });

export const DIGEST_HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The settings form: one delivery per kind (a radio group named after the kind) and the digest hour. */
export const notificationSettingsSchema = z.object({
  ...(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery])) as Record<NotificationKind, typeof delivery>),
  digestHour: z.coerce
    .number({ error: zodMessage("inbox.settings.errors.chooseHour") })
    .int(zodMessage("inbox.settings.errors.chooseHour"))
    .min(0, zodMessage("inbox.settings.errors.chooseHour"))
    .max(23, zodMessage("inbox.settings.errors.chooseHour")),
});
export type NotificationSettingsInput = z.output<typeof notificationSettingsSchema>;

/** The Watch toggle sends the state it asks for (not "toggle"), so a double submission cannot undo itself. */
const watching = z.enum(["true", "false"]).transform((value) => value === "true");
export const watchIssueSchema = z.object({ issueId: id, watching });
export const watchEngagementSchema = z.object({ engagementId: id, watching });

/** The unsubscribe page's confirmation: the signed token from the e-mail's link. */
export const unsubscribeSchema = z.object({ token: z.string().max(200) });

// ——— The inbox page's address: ?show=unread&before=<cursor> ———

export type InboxFilter = "all" | "unread";
/** Where a page of the inbox starts: the notification just beyond it (its time and id). */
export type InboxCursor = { createdAt: Date; id: string };

const CURSOR = /^(\d{1,15})\.([a-z0-9]{1,40})$/;

export function writeCursor(cursor: InboxCursor): string {
  return `${cursor.createdAt.getTime()}.${cursor.id}`;
}

function readCursor(value: string | undefined): InboxCursor | undefined {
  const match = value ? CURSOR.exec(value) : null;
  return match ? { createdAt: new Date(Number(match[1])), id: match[2]! } : undefined;
}

export type InboxQuery = { filter: InboxFilter; before?: InboxCursor; after?: InboxCursor };

/** What the inbox's address asks for; anything it cannot read is the first page of everything. */
export function readInboxQuery(params: SearchParams): InboxQuery {
  const { show, before, after } = firstValues(params);
  const filter: InboxFilter = show === "unread" ? "unread" : "all";
  const olderThan = readCursor(before);
  if (olderThan) return { filter, before: olderThan };
  const newerThan = readCursor(after);
  return newerThan ? { filter, after: newerThan } : { filter };
}

/** The inbox's address for a filter and a page. */
export function inboxHref(filter: InboxFilter, page: { before?: InboxCursor; after?: InboxCursor } = {}): string {
  const params = new URLSearchParams();
  if (filter === "unread") params.set("show", "unread");
  if (page.before) params.set("before", writeCursor(page.before));
  else if (page.after) params.set("after", writeCursor(page.after));
  const query = params.toString();
  return query ? `/notifications?${query}` : "/notifications";
}
