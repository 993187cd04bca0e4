import type { IssuePriority } from "@/lib/generated/prisma/enums";
import { isOverdue, PRIORITY_LABELS } from "@/lib/board/labels";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

const PRIORITY_STYLES: Record<IssuePriority, string> = {
  URGENT: "border-red-700 bg-red-50 text-red-900",
  HIGH: "border-amber-700 bg-amber-50 text-amber-900",
  NORMAL: "border-slate-400 bg-slate-50 text-slate-800",
  LOW: "border-slate-300 bg-white text-slate-700",
};

export function PriorityBadge({ priority }: { priority: IssuePriority }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${PRIORITY_STYLES[priority]}`}>
      {PRIORITY_LABELS[priority]} priority
    </span>
  );
}

export function formatDate(iso: string) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** Due date; overdue ones say so in words and colour (never colour alone). */
export function DueDate({ dueDate, status }: { dueDate: string | null; status: IssueStatus }) {
  if (!dueDate) return <span className="text-slate-700">No due date</span>;
  const overdue = isOverdue(dueDate, status);
  return (
    <span className={overdue ? "font-semibold text-red-800" : "text-slate-700"}>
      {overdue ? "Overdue: " : "Due "}
      <time dateTime={dueDate}>{formatDate(dueDate)}</time>
    </span>
  );
}
