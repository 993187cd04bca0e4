// Board constants, labels and date helpers without zod, so client components can import them without pulling the
// validation library into the browser bundle. lib/board/schema.ts re-exports them for server code.
import type { EscalationLevel, IssueCloseReason, IssuePriority, IssueStatus } from "@/lib/generated/prisma/enums";

/** Board columns, in order. */
export const BOARD_STATUSES = ["OPEN", "IN_PROGRESS", "WAITING_ON_PARTNER", "RESOLVED", "CLOSED"] as const satisfies readonly IssueStatus[];
export const DONE_STATUSES: readonly IssueStatus[] = ["RESOLVED", "CLOSED"];

export const STATUS_LABELS: Record<IssueStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  WAITING_ON_PARTNER: "Waiting on partner",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};
export const PRIORITY_LABELS: Record<IssuePriority, string> = { LOW: "Low", NORMAL: "Normal", HIGH: "High", URGENT: "Urgent" };
export const PRIORITY_RANK: Record<IssuePriority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
export const ESCALATION_LABELS: Record<EscalationLevel, string> = {
  PROGRAMME_TEAM: "Within the programme team",
  INSTITUTION_RULES: "Institution rules need to change",
  NATIONAL_REGULATION: "National regulation",
};
export const CLOSE_REASON_LABELS: Record<IssueCloseReason, string> = { WONT_FIX: "Won't fix", DUPLICATE: "Duplicate" };

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
