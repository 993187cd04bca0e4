import type { Metadata } from "next";
import Link from "next/link";
import { listProgrammesForAdmin } from "@/lib/admin/data";
import { listQuerySchema } from "@/lib/admin/schema";
import { firstValues } from "@/lib/domain/search-params";
import { PROGRAMME_STATUS_LABELS } from "@/lib/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { Pagination, SearchForm } from "@/components/admin/list-controls";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Programmes · Admin" };

export default async function AdminProgrammesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePlatformAdmin();
  const query = listQuerySchema.parse(firstValues(await searchParams));
  const list = await listProgrammesForAdmin(query);
  return (
    <>
      <PageHeader
        title="Programmes"
        description="Every programme on the platform. As an admin you can open a programme's People page to set it up; its content is for its members."
        actions={
          <Link href="/admin/programmes/new" className={buttonClasses("primary")}>
            New programme
          </Link>
        }
      />
      <SearchForm basePath="/admin/programmes" label="Search by title or lead institution" q={query.q} />
      {list.rows.length === 0 ? (
        <EmptyState title={query.q ? `No programme matches “${query.q}”.` : "No programmes yet."}>
          {query.q ? (
            "Check the spelling or clear the search."
          ) : (
            <Link href="/admin/programmes/new" className="text-blue-800 underline">
              Set up the first programme for a team leader.
            </Link>
          )}
        </EmptyState>
      ) : (
        <DataTable
          caption="Programmes"
          columns={[
            { label: "Title" },
            { label: "Status" },
            { label: "Lead institution" },
            { label: "Team leader(s)" },
            { label: "Partners", numeric: true },
            { label: "Members", numeric: true },
          ]}
        >
          {list.rows.map((p) => (
            <tr key={p.id}>
              <td className="px-4 py-2 font-medium">
                <Link href={`/programmes/${p.id}/people`} className="text-blue-800 underline">
                  {p.title}
                </Link>
              </td>
              <td className="px-4 py-2">{PROGRAMME_STATUS_LABELS[p.status]}</td>
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
                  : "None"}
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
        total={list.total}
        params={{ q: query.q }}
        noun={list.total === 1 ? "programme" : "programmes"}
      />
    </>
  );
}
