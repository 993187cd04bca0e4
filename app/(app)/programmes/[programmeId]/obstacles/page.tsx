import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getReader } from "@/lib/account/data";
import { formatDateTime } from "@/lib/domain/dates";
import type { SearchParams } from "@/lib/domain/search-params";
import { listObstacleInstitutions, listObstacles } from "@/lib/obstacles/data";
import { OBSTACLE_STAGES } from "@/lib/obstacles/pathway";
import { parseObstacleFilters } from "@/lib/obstacles/schema";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { buttonClasses } from "@/components/ui/button";
import { ObstacleStageBadge } from "@/components/plan/badges";
import { Pagination } from "@/components/admin/list-controls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("obstacles");
  return { title: t("register.title") };
}

/** The regulatory obstacles: rules that block or constrain the programme, and where each is on its pathway. */
export default async function ObstaclesPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { programmeId } = await params;
  await requireProgrammeMember(await requireUser(), programmeId);
  const filters = parseObstacleFilters(await searchParams);
  const [list, institutions, t, tDomain, reader] = await Promise.all([
    listObstacles(programmeId, filters),
    listObstacleInstitutions(programmeId),
    getT("obstacles"),
    getT("domain"),
    getReader(),
  ]);
  const base = `/programmes/${programmeId}/obstacles`;
  const filtered = Boolean(filters.stage || filters.institution || filters.open);
  return (
    <>
      <PageHeader
        title={t("register.title")}
        description={t("register.description")}
        actions={
          <Link href={`${base}/new`} className={buttonClasses("primary")}>
            {t("register.raise")}
          </Link>
        }
      />
      <form
        method="get"
        action={base}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3"
        aria-label={t("filters.formLabel")}
      >
        <FilterSelect
          id="filter-stage"
          name="stage"
          label={t("filters.stage")}
          allLabel={t("filters.allStages")}
          value={filters.stage}
          options={OBSTACLE_STAGES.map((s) => ({ value: s, label: `${tDomain(`obstacleStage.${s}`)} (${list.byStage[s] ?? 0})` }))}
        />
        <FilterSelect
          id="filter-institution"
          name="institution"
          label={t("filters.institution")}
          allLabel={t("filters.allInstitutions")}
          value={filters.institution}
          options={institutions.map((i) => ({ value: i.id, label: i.shortName }))}
        />
        <label className="flex items-center gap-2 self-center text-sm text-slate-900">
          <input type="checkbox" name="open" value="1" defaultChecked={filters.open === "1"} className="size-4" />
          {t("filters.openOnly")}
        </label>
        <button type="submit" className={buttonClasses("secondary")}>
          {t("filters.apply")}
        </button>
        {filtered && (
          <Link href={base} className="self-center text-sm text-blue-900 underline">
            {t("filters.clear")}
          </Link>
        )}
      </form>
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("register.noneMatching") : t("register.none")}>
          {filtered ? (
            <Link href={base} className="text-blue-900 underline">
              {t("filters.clear")}
            </Link>
          ) : (
            t("register.noneHint")
          )}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={t("register.caption")}
            columns={[
              { label: t("register.obstacle") },
              { label: t("register.institution") },
              { label: t("register.level") },
              { label: t("register.element") },
              { label: t("register.stage") },
              { label: t("register.updated") },
            ]}
          >
            {list.rows.map((o) => (
              <tr key={o.id}>
                <td className="px-4 py-2">
                  <Link href={`${base}/${o.number}`} className="font-medium text-blue-900 underline">
                    {t("reference", { number: o.number, title: o.title })}
                  </Link>
                </td>
                <td className="px-4 py-2">{o.institution.shortName}</td>
                <td className="px-4 py-2">
                  {tDomain(`ruleLevel.${o.ruleLevel}`)}
                  {o.country && ` (${o.country})`}
                </td>
                <td className="px-4 py-2">{tDomain(`programmeElement.${o.element}`)}</td>
                <td className="px-4 py-2">
                  <ObstacleStageBadge stage={o.stage} />
                </td>
                <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(o.updatedAt, reader)}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            basePath={base}
            page={list.page}
            pageCount={list.pages}
            totalLabel={t("register.count", { count: list.total })}
            params={{ stage: filters.stage ?? "", institution: filters.institution ?? "", open: filters.open ?? "" }}
          />
        </>
      )}
    </>
  );
}
