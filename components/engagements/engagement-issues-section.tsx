import Link from "next/link";
import { listEngagementIssues } from "@/lib/board/data";
import { buttonClasses } from "@/components/ui/button";
import { DueDate, PriorityBadge } from "@/components/board/issue-badges";
import { getT } from "@/lib/i18n/server";

/** The board issues linked to one engagement, with a shortcut to raise a new one about it. */
export async function EngagementIssuesSection({ programmeId, engagementId }: { programmeId: string; engagementId: string }) {
  const [issues, t, tBoard] = await Promise.all([
    listEngagementIssues(programmeId, engagementId),
    getT("engagements"),
    getT("boardClient"),
  ]);
  const open = issues.filter((i) => i.status !== "RESOLVED" && i.status !== "CLOSED").length;
  return (
    <section aria-labelledby={`issues-${engagementId}`} className="rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`issues-${engagementId}`} className="text-lg font-semibold">
          {t("issues.heading")}
          <span className="ml-2 text-sm font-normal text-slate-700">
            {issues.length === 0 ? t("issues.noneYet") : t("issues.openOf", { open, total: issues.length })}
          </span>
        </h2>
        <Link href={`/programmes/${programmeId}/board/new?engagement=${engagementId}`} className={buttonClasses("secondary", "sm")}>
          {t("issues.raise")}
        </Link>
      </div>
      {issues.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("issues.empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {issues.map((issue) => (
            <li key={issue.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
              <Link href={`/programmes/${programmeId}/board/${issue.number}`} className="font-medium text-blue-900 underline">
                #{issue.number} {issue.title}
              </Link>
              <span className="rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-800">{tBoard(`status.${issue.status}`)}</span>
              <PriorityBadge priority={issue.priority} />
              <span className="text-xs text-slate-800">
                {issue.assignee ? t("issues.assignedTo", { name: issue.assignee.name }) : t("issues.unassigned")}
              </span>
              <span className="text-xs">
                <DueDate dueDate={issue.dueDate} status={issue.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
