import type { Metadata } from "next";
import Link from "next/link";
import { listProgrammesForAdmin } from "@/lib/admin/data";
import { listQuerySchema } from "@/lib/admin/schema";
import { firstValues } from "@/lib/domain/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { Pagination, SearchForm } from "@/components/admin/list-controls";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { DataTable } from "@/components/ui/data-table";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.programmes") };
}

export default async function AdminProgrammesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePlatformAdmin();
  const query = listQuerySchema.parse(firstValues(await searchParams));
  const [list, t, tDomain] = await Promise.all([listProgrammesForAdmin(query), getT("admin"), getT("domain")]);
  return (
    <>
      <PageHeader
        title={t("programmes.title")}
        description={t("programmes.description")}
        actions={
          <Link href="/admin/programmes/new" className={buttonClasses("primary")}>
            {t("programmes.newButton")}
          </Link>
        }
      />
      <SearchForm basePath="/admin/programmes" label={t("programmes.searchLabel")} q={query.q} />
      {list.rows.length === 0 ? (
        <EmptyState title={query.q ? t("programmes.noMatch", { q: query.q }) : t("programmes.empty")}>
          {query.q ? (
            t("list.noMatchHint")
          ) : (
            <Link href="/admin/programmes/new" className="text-blue-800 underline">
              {t("programmes.setUpFirst")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable
          caption={t("programmes.title")}
          columns={[
            { label: t("programmes.columns.title") },
            { label: t("programmes.columns.status") },
            { label: t("programmes.columns.lead") },
            { label: t("programmes.columns.leaders") },
            { label: t("programmes.columns.partners"), numeric: true },
            { label: t("programmes.columns.members"), numeric: true },
          ]}
        >
          {list.rows.map((p) => (
            <tr key={p.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/programmes/${p.id}/people`} className="text-blue-800 underline">
                  {p.title}
                </Link>
              </td>
              <td className="px-4 py-2">{tDomain(`programmeStatus.${p.status}`)}</td>
              <td className="px-4 py-2">
                {p.lead.name} ({p.lead.shortName})
              </td>
              <td className="px-4 py-2">
                {p.leaders.length
                  ? p.leaders.map((l, index) => (
                      <span key={l.id}>
                        {index > 0 && ", "}
                        <Link href={`/admin/users/${l.id}`} className="text-blue-800 underline">
                          {l.name}
                        </Link>
                      </span>
                    ))
                  : t("programmes.noLeaders")}
              </td>
              <td className="px-4 py-2 text-right">{p.partnerCount}</td>
              <td className="px-4 py-2 text-right">{p.memberCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        basePath="/admin/programmes"
        page={list.page}
        pageCount={list.pageCount}
        totalLabel={t("programmes.count", { count: list.total })}
        params={{ q: query.q }}
      />
    </>
  );
}
