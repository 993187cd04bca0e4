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

export const metadata: Metadata = { title: "Institutions · Admin" };

export default async function AdminInstitutionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePlatformAdmin();
  const query = listQuerySchema.parse(firstValues(await searchParams));
  const list = await listInstitutionsForAdmin(query);
  return (
    <>
      <PageHeader
        title="Institutions"
        description="Universities on the platform. Short names, Erasmus codes and SCHAC codes are unique."
        actions={
          <Link href="/admin/institutions/new" className={buttonClasses("primary")}>
            New institution
          </Link>
        }
      />
      <SearchForm basePath="/admin/institutions" label="Search by name, city, country or code" q={query.q} />
      {list.rows.length === 0 ? (
        <EmptyState title={query.q ? `No institution matches “${query.q}”.` : "No institutions yet."}>
          {query.q ? (
            "Check the spelling or clear the search."
          ) : (
            <Link href="/admin/institutions/new" className="text-blue-800 underline">
              Create the first institution.
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable
          caption="Institutions"
          columns={[
            { label: "Name" },
            { label: "Short name" },
            { label: "Country" },
            { label: "City" },
            { label: "Erasmus code" },
            { label: "SCHAC code" },
            { label: "Programmes", numeric: true },
            { label: "Users", numeric: true },
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
        total={list.total}
        params={{ q: query.q }}
        noun={list.total === 1 ? "institution" : "institutions"}
      />
    </>
  );
}
