import Link from "next/link";
import type { BoardFilters } from "@/lib/board/schema";
import type { IssueCard } from "@/lib/board/data";
import { getT } from "@/lib/i18n/server";
import { DueDate, PriorityBadge } from "./issue-badges";
import { boardQuery } from "./board-filters";

type Sort = "due" | "priority" | "number";

/** The board's issues as a table, sortable by due date and priority (links, so it works without JS). */
export async function IssueList({
  basePath,
  programmeId,
  filters,
  rows,
  total,
  page,
  pageCount,
}: {
  basePath: string;
  programmeId: string;
  filters: BoardFilters;
  rows: IssueCard[];
  total: number;
  page: number;
  pageCount: number;
}) {
  const [t, tClient, tDomain] = await Promise.all([getT("board"), getT("boardClient"), getT("domain")]);
  const sort: Sort = filters.sort ?? "due";
  const dir = filters.dir ?? (sort === "priority" ? "desc" : "asc");
  const header = (key: Sort, label: string) => {
    const activeSort = sort === key;
    const nextDir = activeSort ? (dir === "asc" ? "desc" : "asc") : key === "priority" ? "desc" : "asc";
    return (
      <th scope="col" className="px-3 py-2 font-semibold" aria-sort={activeSort ? (dir === "asc" ? "ascending" : "descending") : "none"}>
        <Link href={`${basePath}${boardQuery(filters, { sort: key, dir: nextDir, page: undefined })}`} className="text-blue-900 underline">
          {label}
          {activeSort && <SortArrow direction={dir} />}
          <span className="sr-only">{nextDir === "asc" ? t("list.sortAscending") : t("list.sortDescending")}</span>
        </Link>
      </th>
    );
  };
  return (
    <div>
      {/* `relative`: the table's screen-reader-only texts stay inside this scrolling box instead of widening the page. */}
      <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{t("list.caption", { total })}</caption>
          <thead className="bg-slate-100 text-slate-800">
            <tr>
              {header("number", "#")}
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("list.title")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("list.status")}
              </th>
              {header("priority", t("list.priority"))}
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("list.service")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("list.institution")}
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("list.assignee")}
              </th>
              {header("due", t("list.dueDate"))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2 font-mono text-xs">#{r.number}</td>
                <td className="px-3 py-2">
                  <Link
                    className="font-medium text-blue-900 underline"
                    href={`/programmes/${programmeId}/board/${r.number}`}
                    prefetch={false}
                  >
                    {r.title}
                  </Link>
                </td>
                <td className="px-3 py-2">{tClient(`status.${r.status}`)}</td>
                <td className="px-3 py-2">
                  <PriorityBadge priority={r.priority} />
                </td>
                <td className="px-3 py-2">{r.services.map((s) => tDomain(`service.${s}`)).join(", ")}</td>
                <td className="px-3 py-2">{r.institution?.shortName ?? "—"}</td>
                <td className="px-3 py-2">{r.assignee?.name ?? t("list.unassigned")}</td>
                <td className="px-3 py-2">
                  <DueDate dueDate={r.dueDate} status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label={t("list.pages")} className="mt-3 flex items-center gap-3 text-sm">
          {page > 1 && (
            <Link className="text-blue-800 underline" href={`${basePath}${boardQuery(filters, { page: page - 1 })}`}>
              {t("list.previous")}
            </Link>
          )}
          <span>{t("list.pageOf", { page, count: pageCount })}</span>
          {page < pageCount && (
            <Link className="text-blue-800 underline" href={`${basePath}${boardQuery(filters, { page: page + 1 })}`}>
              {t("list.next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

/** Drawn, not a "▲" glyph: axe cannot check a glyph's contrast, and it is not part of the link's name. */
function SortArrow({ direction }: { direction: "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10" className="ml-1 inline h-2.5 w-2.5 fill-current align-baseline">
      <path d={direction === "asc" ? "M5 1 9 8H1z" : "M1 2h8L5 9z"} />
    </svg>
  );
}
