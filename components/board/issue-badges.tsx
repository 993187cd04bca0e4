import type { IssuePriority } from "@/lib/generated/prisma/enums";
import { isOverdue, PRIORITY_LABELS } from "@/lib/board/labels";
import { formatDay } from "@/lib/domain/dates";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

/** One class per priority (app/globals.css): a badge is on every board card. */
export function PriorityBadge({ priority }: { priority: IssuePriority }) {
  return <span className={`priority priority-${priority}`}>{`${PRIORITY_LABELS[priority]} priority`}</span>;
}

/** Due date; overdue ones say so in words and colour (never colour alone). */
export function DueDate({ dueDate, status }: { dueDate: string | null; status: IssueStatus }) {
  if (!dueDate) return <span className="text-slate-700">No due date</span>;
  const overdue = isOverdue(dueDate, status);
  return (
    <span className={overdue ? "font-semibold text-red-800" : "text-slate-700"}>
      {overdue ? "Overdue: " : "Due "}
      <time dateTime={dueDate}>{formatDay(dueDate)}</time>
    </span>
  );
}
