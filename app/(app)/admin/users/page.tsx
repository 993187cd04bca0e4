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

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePlatformAdmin();
  const query = listQuerySchema.parse(firstValues(await searchParams));
  const list = await listUsersForAdmin(query);
  const filtered = query.q || query.status !== "all";
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone with an account. Deactivated people cannot sign in; their memberships and history stay."
        actions={
          <Link href="/admin/users/new" className={buttonClasses("primary")}>
            New user
          </Link>
        }
      />
      <SearchForm basePath="/admin/users" label="Search by name, email or institution" q={query.q} status={query.status} />
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? "No user matches this search." : "No users yet."}>
          {filtered ? "Check the spelling, change the status filter, or clear the search." : null}
        </EmptyState>
      ) : (
        <DataTable
          caption="Users"
          columns={[
            { label: "Name" },
            { label: "Email" },
            { label: "Home institution" },
            { label: "Rights" },
            { label: "Status" },
            { label: "Programmes", numeric: true },
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
              <td className="px-4 py-2">{rightsOf(u)}</td>
              <td className="px-4 py-2">
                {u.deactivatedAt ? (
                  <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-medium text-slate-900">Deactivated</span>
                ) : (
                  <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-medium text-green-900">Active</span>
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
        total={list.total}
        params={{ q: query.q, status: query.status }}
        noun={list.total === 1 ? "user" : "users"}
      />
    </>
  );
}

/** What a person may do beyond their programme roles. */
function rightsOf(user: { isPlatformAdmin: boolean; isProgrammeCreator: boolean }): string {
  const rights = [user.isPlatformAdmin && "Platform admin", user.isProgrammeCreator && "Programme creator"].filter(Boolean);
  return rights.length > 0 ? rights.join(", ") : "—";
}
