import type { Metadata } from "next";
import Link from "next/link";
import { listUsersForAdmin } from "@/lib/admin/data";
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
  return { title: t("meta.users") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePlatformAdmin();
  const query = listQuerySchema.parse(firstValues(await searchParams));
  const [list, t] = await Promise.all([listUsersForAdmin(query), getT("admin")]);
  const filtered = query.q || query.status !== "all";
  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={
          <Link href="/admin/users/new" className={buttonClasses("primary")}>
            {t("users.newButton")}
          </Link>
        }
      />
      <SearchForm basePath="/admin/users" label={t("users.searchLabel")} q={query.q} status={query.status} />
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("users.noMatch") : t("users.empty")}>{filtered ? t("users.noMatchHint") : null}</EmptyState>
      ) : (
        <DataTable
          caption={t("users.title")}
          columns={[
            { label: t("users.columns.name") },
            { label: t("users.columns.email") },
            { label: t("users.columns.institution") },
            { label: t("users.columns.rights") },
            { label: t("users.columns.status") },
            { label: t("users.columns.programmes"), numeric: true },
          ]}
        >
          {list.rows.map((u) => (
            <tr key={u.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/admin/users/${u.id}`} className="text-blue-800 underline">
                  {u.name}
                </Link>
              </td>
              <td className="px-4 py-2">{u.email}</td>
              <td className="px-4 py-2">{u.institution ? `${u.institution.name} (${u.institution.shortName})` : "—"}</td>
              <td className="px-4 py-2">{rightsOf(u, t)}</td>
              <td className="px-4 py-2">
                {u.deactivatedAt ? (
                  <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-medium text-slate-900">
                    {t("users.status.deactivated")}
                  </span>
                ) : (
                  <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-medium text-green-900">
                    {t("users.status.active")}
                  </span>
                )}
              </td>
              <td className="px-4 py-2 text-right">{u.programmeCount}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        basePath="/admin/users"
        page={list.page}
        pageCount={list.pageCount}
        totalLabel={t("users.count", { count: list.total })}
        params={{ q: query.q, status: query.status }}
      />
    </>
  );
}

/** What a person may do beyond their programme roles. */
function rightsOf(user: { isPlatformAdmin: boolean; isProgrammeCreator: boolean }, t: Awaited<ReturnType<typeof getT<"admin">>>): string {
  const rights = [
    user.isPlatformAdmin && t("users.rights.platformAdmin"),
    user.isProgrammeCreator && t("users.rights.programmeCreator"),
  ].filter(Boolean);
  return rights.length > 0 ? rights.join(", ") : "—";
}
