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

export const metadata: Metadata = { title: "Board" };

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

  const tabs = (
    <nav aria-label="Board views" className="mb-3 flex gap-1">
      {(["board", "list"] as const).map((v) => (
        <Link
          key={v}
          href={`${basePath}${boardQuery(filters, { view: v === "board" ? undefined : v, page: undefined, more: undefined })}`}
          aria-current={view === v ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 text-sm font-medium ${view === v ? "bg-slate-800 text-white" : "text-slate-800 hover:bg-slate-200"}`}
        >
          {v === "board" ? "Board view" : "List view"}
        </Link>
      ))}
    </nav>
  );

  return (
    <>
      <PageHeader
        title="Open issues board"
        description="Problems the task force works through together: who has it, where it stands, and how it was solved."
        actions={
          <Link href={`${basePath}/new`} className={buttonClasses("primary")}>
            New issue
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
  const columns = await getBoardColumns(programmeId, filters, userId);
  const moreHref: Partial<Record<IssueStatus, string>> = Object.fromEntries(
    // The expanded column has no "show all" link: if it is still cut, it points to the list view.
    BOARD_STATUSES.filter((s) => s !== filters.more).map((s) => [s, `${basePath}${boardQuery(filters, { more: s })}#column-${s}`]),
  );
  if (columns.every((c) => c.total === 0)) {
    return (
      <EmptyState title={filtersActive(filters) ? "No issues match these filters." : "No issues yet."}>
        {filtersActive(filters)
          ? "Clear the filters to see every issue."
          : "When something blocks the programme, add it as an issue so the right task-force member picks it up."}
      </EmptyState>
    );
  }
  return (
    <>
      {!canMove && (
        <p className="mb-3 text-sm text-slate-700">
          You can add issues and comment. Task-force members and the team leader move and assign them.
        </p>
      )}
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
  const list = await listIssues(programmeId, filters, userId);
  if (list.total === 0) return <EmptyState title={filtersActive(filters) ? "No issues match these filters." : "No issues yet."} />;
  return <IssueList basePath={basePath} programmeId={programmeId} filters={filters} {...list} />;
}

function filtersActive(f: ReturnType<typeof boardFilterSchema.parse>) {
  return Boolean(f.service || f.institution || f.assignee || f.mine || f.overdue || f.label || f.q);
}
