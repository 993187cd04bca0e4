// Board constants, client-sayable Messages and date helpers without zod, so client components can import them without pulling the
// validation library into the browser bundle. lib/board/schema.ts re-exports them for server code.
import type { IssuePriority, IssueStatus } from "@/lib/generated/prisma/enums";
import { msg, type Message, type MessageKey, type MessageValues } from "@/lib/i18n/message";

/** Board columns, in order. */
export const BOARD_STATUSES = ["OPEN", "IN_PROGRESS", "WAITING_ON_PARTNER", "RESOLVED", "CLOSED"] as const satisfies readonly IssueStatus[];
export const DONE_STATUSES: readonly IssueStatus[] = ["RESOLVED", "CLOSED"];

/**
 * @deprecated Say `boardClient` `status.<IssueStatus>` instead (kept only until the engagements page
 * stops importing it; the board itself no longer uses it).
 */
export const STATUS_LABELS: Record<IssueStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  WAITING_ON_PARTNER: "Waiting on partner",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};
export const PRIORITY_RANK: Record<IssuePriority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };

/** A Message the board's client components can say: its key is in the `boardClient` namespace (sent to the browser). */
export type BoardClientKey = Extract<MessageKey, `boardClient.${string}`>;
export type BoardClientMessage = Message & { readonly key: BoardClientKey };

export function boardClientMsg(key: BoardClientKey, values?: MessageValues): BoardClientMessage {
  return msg(key, values) as BoardClientMessage;
}

export function isOverdue(dueDate: Date | string | null, status: IssueStatus, today: Date = new Date()): boolean {
  if (!dueDate || DONE_STATUSES.includes(status)) return false;
  const due = typeof dueDate === "string" ? dueDate.slice(0, 10) : dueDate.toISOString().slice(0, 10);
  return due < todayIso(today);
}

export function todayIso(now: Date = new Date()): string {
  // The calendar date where the user is: local date of the server/browser clock.
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
