import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getBoardColumns, getBoardFilterOptions, listIssues } from "@/lib/board/data";
import { BOARD_STATUSES } from "@/lib/board/labels";
import { boardFilterSchema } from "@/lib/board/schema";
import { firstValues } from "@/lib/domain/search-params";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { BoardView } from "@/components/board/board-view";
import { BoardFiltersForm, boardQuery } from "@/components/board/board-filters";
import { IssueList } from "@/components/board/issue-list";
import { LiveUpdates } from "@/components/board/live-updates";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("board");
  return { title: t("page.title") };
}

export default async function BoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId);
  const filters = boardFilterSchema.parse(firstValues(await searchParams));
  const basePath = `/programmes/${programmeId}/board`;
  const view = filters.view ?? "board";
  const options = await getBoardFilterOptions(programmeId);
  const canMove = can(actor, "board.move");
  const t = await getT("board");

  const tabs = (
    <nav aria-label={t("page.views")} className="mb-3 flex gap-1">
      {(["board", "list"] as const).map((v) => (
        <Link
          key={v}
          href={`${basePath}${boardQuery(filters, { view: v === "board" ? undefined : v, page: undefined, more: undefined })}`}
          aria-current={view === v ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ${view === v ? "bg-slate-800 text-white" : "text-slate-800 hover:bg-slate-200"}`}
        >
          {v === "board" ? t("page.boardView") : t("page.listView")}
        </Link>
      ))}
    </nav>
  );

  return (
    <>
      <PageHeader
        title={t("page.heading")}
        description={t("page.description")}
        actions={
          <Link href={`${basePath}/new`} className={buttonClasses("primary")}>
            {t("page.newIssue")}
          </Link>
        }
      />
      <LiveUpdates programmeId={programmeId} />
      <div className="mt-3">
        <BoardFiltersForm basePath={basePath} filters={filters} options={options} />
      </div>
      {tabs}
      {view === "list" ? (
        <ListSection basePath={basePath} programmeId={programmeId} filters={filters} userId={user.id} />
      ) : (
        <BoardSection programmeId={programmeId} basePath={basePath} filters={filters} userId={user.id} canMove={canMove} />
      )}
    </>
  );
}

async function BoardSection({
  programmeId,
  basePath,
  filters,
  userId,
  canMove,
}: {
  programmeId: string;
  basePath: string;
  filters: ReturnType<typeof boardFilterSchema.parse>;
  userId: string;
  canMove: boolean;
}) {
  const [columns, t] = await Promise.all([getBoardColumns(programmeId, filters, userId), getT("board")]);
  const moreHref: Partial<Record<IssueStatus, string>> = Object.fromEntries(
    // The expanded column has no "show all" link: if it is still cut, it points to the list view.
    BOARD_STATUSES.filter((s) => s !== filters.more).map((s) => [s, `${basePath}${boardQuery(filters, { more: s })}#column-${s}`]),
  );
  if (columns.every((c) => c.total === 0)) {
    return (
      <EmptyState title={filtersActive(filters) ? t("page.noMatches") : t("page.noIssues")}>
        {filtersActive(filters) ? t("page.clearFiltersHint") : t("page.emptyHint")}
      </EmptyState>
    );
  }
  return (
    <>
      {!canMove && <p className="mb-3 text-sm text-slate-700">{t("page.readOnly")}</p>}
      <BoardView programmeId={programmeId} columns={columns} canMove={canMove} moreHref={moreHref} />
    </>
  );
}

async function ListSection({
  basePath,
  programmeId,
  filters,
  userId,
}: {
  basePath: string;
  programmeId: string;
  filters: ReturnType<typeof boardFilterSchema.parse>;
  userId: string;
}) {
  const [list, t] = await Promise.all([listIssues(programmeId, filters, userId), getT("board")]);
  if (list.total === 0) return <EmptyState title={filtersActive(filters) ? t("page.noMatches") : t("page.noIssues")} />;
  return <IssueList basePath={basePath} programmeId={programmeId} filters={filters} {...list} />;
}

function filtersActive(f: ReturnType<typeof boardFilterSchema.parse>) {
  return Boolean(f.service || f.institution || f.assignee || f.mine || f.overdue || f.label || f.q);
}
