import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listAdvice, listAdviceInstitutions, mayLogAnyAdvice } from "@/lib/advice/data";
import { adviceFiltersToQuery, parseAdviceFilters } from "@/lib/advice/schema";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { AdviceFilterForm } from "@/components/advice/advice-filters";
import { KindBadge, VisibilityBadge } from "@/components/advice/advice-badges";
import { formatDay } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { getT } from "@/lib/i18n/server";
import { LinkArea } from "@/components/ui/link-area";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("advice");
  return { title: t("list.title") };
}

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
  const [result, institutions, mayLog, reader, t, tDomain] = await Promise.all([
    listAdvice(actor, programmeId, filters),
    listAdviceInstitutions(programmeId),
    mayLogAnyAdvice(actor, programmeId),
    getReader(),
    getT("advice"),
    getT("domain"),
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
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            {mayLog && (
              <Link href={`${base}/new`} className={buttonClasses("primary")}>
                {t("list.logAdvice")}
              </Link>
            )}
            <a href={`${base}/export${query ? `?${query}` : ""}`} className={buttonClasses("secondary")} download>
              {t("list.exportCsv")}
            </a>
          </>
        }
      />
      <AdviceFilterForm action={base} filters={filters} institutions={institutions} canSeeRemoved={can(actor, "advice.restore")} />
      <p className="mb-3 text-sm text-slate-700" role="status">
        {t("list.status", {
          state: result.total === 0 ? "none" : result.rows.length === 0 ? "beyond" : "page",
          first,
          last,
          total: result.total,
          capped: result.totalCapped ? "yes" : "no",
          search: filters.q ? "yes" : "no",
          q: filters.q ?? "",
          removed: filters.removed ? "yes" : "no",
        })}
      </p>
      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? t("list.emptyFiltered") : t("list.emptyNone")}>
          {filtered ? (
            <p>
              {t.rich("list.emptyFilteredHint", {
                link: (chunks) => (
                  <a className="text-blue-800 underline" href={base}>
                    {chunks}
                  </a>
                ),
              })}
            </p>
          ) : mayLog ? (
            <p>
              {t.rich("list.emptyLogHint", {
                link: (chunks) => (
                  <Link className="text-blue-800 underline" href={`${base}/new`}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <p>{t("list.emptyWaitHint")}</p>
          )}
        </EmptyState>
      ) : (
        // Entry titles are plain links navigated client-side by one handler (LinkArea).
        <LinkArea selector="a.advice-title">
          <ul className="space-y-3" aria-label={t("list.entries")}>
            {result.rows.map((row) => (
              <li key={row.id} className="advice-row">
                <div className="advice-meta">
                  <span className="font-medium text-slate-900">{row.institutionName}</span>
                  <span aria-hidden="true">·</span>
                  <span>{tDomain(`service.${row.service}`)}</span>
                  <KindBadge kind={row.kind} />
                  <VisibilityBadge visibility={row.visibility} />
                  {row.followUpNeeded && (
                    <span className="rounded-full border border-slate-400 px-2 py-0.5 font-medium text-slate-800">
                      {t("list.followUpNeeded")}
                    </span>
                  )}
                  {row.deletedAt && (
                    <span className="rounded-full border border-red-700 bg-red-50 px-2 py-0.5 font-medium text-red-900">
                      {t("list.removed")}
                    </span>
                  )}
                </div>
                <h2 className="mt-1 text-base font-semibold">
                  <a href={`${base}/${row.id}`} className="advice-title">
                    {row.summary}
                  </a>
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {t("list.rowMeta", {
                    day: formatDay(row.givenOn, reader),
                    name: row.givenByName,
                    hasRole: row.givenByRole ? "yes" : "no",
                    role: row.givenByRole,
                    author: row.authorName,
                    asLeader: row.loggedAsTeamLeader ? "yes" : "no",
                    attachments: row.attachmentCount,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </LinkArea>
      )}
      {result.pageCount > 1 && (
        <nav aria-label={t("list.pages")} className="mt-5 flex items-center justify-between text-sm">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className={buttonClasses("secondary", "sm")} rel="prev">
              ← {t("list.newer", { search: filters.q ? "yes" : "no" })}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-700">
            {t("list.pageOf", { page: result.page, count: result.pageCount, capped: result.totalCapped ? "yes" : "no" })}
          </span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(result.page + 1)} className={buttonClasses("secondary", "sm")} rel="next">
              {t("list.older", { search: filters.q ? "yes" : "no" })} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
