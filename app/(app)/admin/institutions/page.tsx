import type { Metadata } from "next";
import Link from "next/link";
import { listInstitutionsForAdmin } from "@/lib/admin/data";
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
  return { title: t("meta.institutions") };
}

export default async function AdminInstitutionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePlatformAdmin();
  const query = listQuerySchema.parse(firstValues(await searchParams));
  const [list, t] = await Promise.all([listInstitutionsForAdmin(query), getT("admin")]);
  return (
    <>
      <PageHeader
        title={t("institutions.title")}
        description={t("institutions.description")}
        actions={
          <Link href="/admin/institutions/new" className={buttonClasses("primary")}>
            {t("institutions.newButton")}
          </Link>
        }
      />
      <SearchForm basePath="/admin/institutions" label={t("institutions.searchLabel")} q={query.q} />
      {list.rows.length === 0 ? (
        <EmptyState title={query.q ? t("institutions.noMatch", { q: query.q }) : t("institutions.empty")}>
          {query.q ? (
            t("list.noMatchHint")
          ) : (
            <Link href="/admin/institutions/new" className="text-blue-800 underline">
              {t("institutions.createFirst")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable
          caption={t("institutions.title")}
          columns={[
            { label: t("institutions.columns.name") },
            { label: t("institutions.columns.shortName") },
            { label: t("institutions.columns.country") },
            { label: t("institutions.columns.city") },
            { label: t("institutions.columns.erasmusCode") },
            { label: t("institutions.columns.schacCode") },
            { label: t("institutions.columns.programmes"), numeric: true },
            { label: t("institutions.columns.users"), numeric: true },
          ]}
        >
          {list.rows.map((i) => (
            <tr key={i.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/admin/institutions/${i.id}`} className="text-blue-800 underline">
                  {i.name}
                </Link>
              </td>
              <td className="px-4 py-2">{i.shortName}</td>
              <td className="px-4 py-2">{i.country}</td>
              <td className="px-4 py-2">{i.city}</td>
              <td className="px-4 py-2 font-mono text-xs whitespace-pre">{i.erasmusCode ?? "—"}</td>
              <td className="px-4 py-2 font-mono text-xs">{i.schacCode ?? "—"}</td>
              <td className="px-4 py-2 text-right">{i.programmeCount}</td>
              <td className="px-4 py-2 text-right">{i.userCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        basePath="/admin/institutions"
        page={list.page}
        pageCount={list.pageCount}
        totalLabel={t("institutions.count", { count: list.total })}
        params={{ q: query.q }}
      />
    </>
  );
}
