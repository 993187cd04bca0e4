import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listAdvice, listAdviceInstitutions, mayLogAnyAdvice } from "@/lib/advice/data";
import { adviceFiltersToQuery, parseAdviceFilters } from "@/lib/advice/schema";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { AdviceFilterForm } from "@/components/advice/advice-filters";
import { KindBadge, VisibilityBadge } from "@/components/advice/advice-badges";
import { formatDay } from "@/lib/domain/dates";
import { LinkArea } from "@/components/ui/link-area";

export const metadata: Metadata = { title: "Advice" };

export default async function AdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const filters = parseAdviceFilters(await searchParams);
  const [result, institutions, mayLog] = await Promise.all([
    listAdvice(actor, programmeId, filters),
    listAdviceInstitutions(programmeId),
    mayLogAnyAdvice(actor, programmeId),
  ]);
  const base = `/programmes/${programmeId}/advice`;
  const query = adviceFiltersToQuery(filters, { page: undefined });
  const filtered = query !== "";
  const pageHref = (page: number) => {
    const q = adviceFiltersToQuery(filters, { page });
    return q ? `${base}?${q}` : base;
  };
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;

  return (
    <>
      <PageHeader
        title="Advice"
        description="What each institution's support services advised: the evidence the programme is built on. Drafts are visible to their institution and the team leader until shared."
        actions={
          <>
            {mayLog && (
              <Link href={`${base}/new`} className={buttonClasses("primary")}>
                Log advice
              </Link>
            )}
            <a href={`${base}/export${query ? `?${query}` : ""}`} className={buttonClasses("secondary")} download>
              Export CSV
            </a>
          </>
        }
      />
      <AdviceFilterForm action={base} filters={filters} institutions={institutions} canSeeRemoved={can(actor, "advice.restore")} />
      <p className="mb-3 text-sm text-slate-700" role="status">
        {result.total === 0
          ? "No entries"
          : result.rows.length === 0
            ? `No entries on this page (there are ${result.total.toLocaleString("en-GB")}${result.totalCapped ? "+" : ""}); go back to page 1`
            : `Showing ${first}–${last} of ${result.total.toLocaleString("en-GB")}${result.totalCapped ? "+" : ""} ${result.total === 1 ? "entry" : "entries"}`}
        {filters.q ? `, best matches for “${filters.q}” first` : ", newest first"}
        {filters.removed ? " (removed entries)" : ""}.
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? "No advice matches these filters." : "No advice has been logged yet."}>
          {filtered ? (
            <p>
              Try other words or fewer filters, or{" "}
              <a className="text-blue-800 underline" href={base}>
                clear the filters
              </a>
              .
            </p>
          ) : mayLog ? (
            <p>
              Record what a service told you with{" "}
              <Link className="text-blue-800 underline" href={`${base}/new`}>
                Log advice
              </Link>
              .
            </p>
          ) : (
            <p>Advice appears here once partner staff or task-force members log it.</p>
          )}
        </EmptyState>
      ) : (
        // Entry titles are plain links navigated client-side by one handler (LinkArea).
        <LinkArea selector="a.advice-title">
          <ul className="space-y-3" aria-label="Advice entries">
            {result.rows.map((row) => (
              <li key={row.id} className="advice-row">
                <div className="advice-meta">
                  <span className="font-medium text-slate-900">{row.institutionName}</span>
                  <span aria-hidden="true">·</span>
                  <span>{SERVICE_LABELS[row.service]}</span>
                  <KindBadge kind={row.kind} />
                  <VisibilityBadge visibility={row.visibility} />
                  {row.followUpNeeded && (
                    <span className="rounded-full border border-slate-400 px-2 py-0.5 font-medium text-slate-800">Follow-up needed</span>
                  )}
                  {row.deletedAt && (
                    <span className="rounded-full border border-red-700 bg-red-50 px-2 py-0.5 font-medium text-red-900">Removed</span>
                  )}
                </div>
                <h2 className="mt-1 text-base font-semibold">
                  <a href={`${base}/${row.id}`} className="advice-title">
                    {row.summary}
                  </a>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {`Given ${formatDay(row.givenOn)} by ${row.givenByName}${row.givenByRole ? ` (${row.givenByRole})` : ""} · logged by ${row.authorName}` +
                    (row.loggedAsTeamLeader ? " as team leader" : "") +
                    (row.attachmentCount > 0 ? ` · ${row.attachmentCount} attachment${row.attachmentCount === 1 ? "" : "s"}` : "")}
                </p>
              </li>
            ))}
          </ul>
        </LinkArea>
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-5 flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className={buttonClasses("secondary", "sm")} rel="prev">
              ← Newer{filters.q ? " / better matches" : ""}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-700">
            Page {result.page} of {result.pageCount}
            {result.totalCapped ? "+" : ""}
          </span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(result.page + 1)} className={buttonClasses("secondary", "sm")} rel="next">
              Older{filters.q ? " / weaker matches" : ""} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
