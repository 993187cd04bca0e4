import { useLocale, useTranslations } from "next-intl";
import type { IssuePriority } from "@/lib/generated/prisma/enums";
import { isOverdue } from "@/lib/board/labels";
import { formatDay } from "@/lib/domain/dates";
import { FORMATTING_LOCALE } from "@/lib/i18n/locales";
import type { IssueStatus } from "@/lib/generated/prisma/enums";

// Shared by server pages and the (client) board: next-intl's hooks work on both sides, in boardClient.

/** One class per priority (app/globals.css): a badge is on every board card. */
export function PriorityBadge({ priority }: { priority: IssuePriority }) {
  const t = useTranslations("boardClient");
  return <span className={`priority priority-${priority}`}>{t(`priorityBadge.${priority}`)}</span>;
}

/** Due date; overdue ones say so in words and colour (never colour alone). A calendar day: only the reader's locale matters. */
export function DueDate({ dueDate, status }: { dueDate: string | null; status: IssueStatus }) {
  const t = useTranslations("boardClient");
  const reader = { locale: FORMATTING_LOCALE[useLocale()] };
  if (!dueDate) return <span className="text-slate-700">{t("due.none")}</span>;
  const overdue = isOverdue(dueDate, status);
  const time = (chunks: React.ReactNode) => <time dateTime={dueDate}>{chunks}</time>;
  return (
    <span className={overdue ? "font-semibold text-red-800" : "text-slate-700"}>
      {t.rich(overdue ? "due.overdue" : "due.due", { date: formatDay(dueDate, reader), time })}
    </span>
  );
}
