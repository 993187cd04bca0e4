"use client";
import Link from "next/link";
import { useSyncExternalStore, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { canMoveTo, moveControls } from "@/lib/board/moves";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { BoardColumn } from "@/lib/board/data";
import { useDelegatedLinks } from "@/components/ui/delegated-links";
import { IssueCardBody } from "./issue-card";
import { MoveButtons } from "./move-controls";
import { ResolveDialog } from "./resolve-dialog";
import { useBoardMoves } from "./use-board-moves";

const noSubscription = () => () => {};
/** False in the server's HTML and during hydration, true once the page's JavaScript runs. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** A key name in the keyboard hint. */
const kbd = (chunks: ReactNode) => <kbd className="rounded border border-slate-400 bg-white px-1 font-sans text-xs">{chunks}</kbd>;

export function BoardView({
  programmeId,
  columns: serverColumns,
  canMove,
  moreHref,
}: {
  programmeId: string;
  columns: BoardColumn[];
  canMove: boolean;
  moreHref: Partial<Record<IssueStatus, string>>;
}) {
  const t = useTranslations("boardClient");
  const navigate = useDelegatedLinks("a.card-title");
  // Moving needs JavaScript: the move buttons and dragging appear once it runs, never as dead controls
  // in the server's HTML (which also keeps four buttons per card out of every board response).
  const hydrated = useHydrated();
  const interactive = canMove && hydrated;
  const {
    columns,
    announcement,
    alert,
    pending,
    resolving,
    setResolving,
    send,
    controlMove,
    onCardKeyDown,
    onDrop,
    dragged,
    dropTarget,
    setDropTarget,
  } = useBoardMoves(serverColumns);

  return (
    <div>
      <div role="status" aria-live="polite" className="sr-only" data-testid="board-announcement">
        {announcement}
      </div>
      {alert && (
        <p role="alert" className="mb-3 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {alert}
        </p>
      )}
      {canMove && (
        <p id="board-keys" className="mb-3 text-sm text-slate-700">
          {t.rich("board.keysHint", { kbd })}
        </p>
      )}
      {/* Card titles are plain links navigated by one handler (see useDelegatedLinks). `relative`: the
          screen-reader-only texts inside are positioned within this scrolling box, not past the page's edge. */}
      <div
        data-testid="board-columns"
        aria-busy={pending}
        className="relative grid grid-flow-col gap-3 overflow-x-auto pb-2"
        style={{ gridAutoColumns: "minmax(14rem, 1fr)" }}
        onClick={navigate}
      >
        {columns.map((column) => (
          <section
            key={column.status}
            aria-labelledby={`column-${column.status}`}
            data-column={column.status}
            className={`flex min-h-48 flex-col rounded-lg border bg-slate-100 p-2 ${dropTarget === column.status ? "border-blue-800 ring-2 ring-blue-800" : "border-slate-300"}`}
            onDragOver={
              interactive
                ? (e) => {
                    if (dragged.current && !canMoveTo(dragged.current.status, column.status)) return;
                    e.preventDefault();
                    setDropTarget(column.status);
                  }
                : undefined
            }
            onDragLeave={() => setDropTarget((t) => (t === column.status ? null : t))}
            onDrop={interactive ? (e) => onDrop(e, column.status, null) : undefined}
          >
            <h2
              id={`column-${column.status}`}
              className="mb-2 flex items-baseline justify-between px-1 text-sm font-semibold text-slate-900"
            >
              <span>{t(`status.${column.status}`)}</span>
              <span className="relative rounded-full bg-white px-2 text-xs font-medium text-slate-800">
                {column.total}
                <span className="sr-only">{` ${t("board.issues", { count: column.total })}`}</span>
              </span>
            </h2>
            {column.cards.length === 0 ? (
              <p className="px-1 py-4 text-center text-sm text-slate-700">{t("board.noIssuesHere")}</p>
            ) : (
              <ol className="space-y-2" aria-label={t("board.columnIssues", { column: t(`status.${column.status}`) })}>
                {column.cards.map((card, index) => {
                  const controls = moveControls(card, index, column.cards.length);
                  return (
                    <li
                      key={card.id}
                      data-card-id={card.id}
                      draggable={interactive && card.status !== "CLOSED"}
                      onDragStart={(e) => {
                        dragged.current = card;
                        e.dataTransfer.effectAllowed = "move";
                        e.dataTransfer.setData("text/plain", `#${card.number}`);
                      }}
                      onDragOver={
                        interactive && column.status !== "CLOSED"
                          ? (e) => {
                              if (dragged.current && canMoveTo(dragged.current.status, column.status)) e.preventDefault();
                            }
                          : undefined
                      }
                      onDrop={interactive && column.status !== "CLOSED" ? (e) => onDrop(e, column.status, card) : undefined}
                      onKeyDown={interactive ? (e) => onCardKeyDown(e, card, controls) : undefined}
                      className={interactive && card.status !== "CLOSED" ? "board-card cursor-grab" : "board-card"}
                    >
                      <IssueCardBody programmeId={programmeId} card={card} keyShortcuts={interactive && card.status !== "CLOSED"} />
                      {interactive && card.status !== "CLOSED" && (
                        <MoveButtons
                          number={card.number}
                          controls={controls}
                          pending={pending}
                          onMove={(control) => controlMove(card, control, control.kind)}
                        />
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
            {column.limited && !moreHref[column.status] && (
              <p className="mt-2 px-2 text-center text-sm text-slate-700">
                {t("board.showing", { shown: column.cards.length, total: column.total })}
              </p>
            )}
            {column.limited && moreHref[column.status] && (
              <Link
                href={moreHref[column.status]!}
                className="mt-2 block rounded-md px-2 py-1 text-center text-sm font-medium text-blue-800 underline hover:bg-white"
              >
                {t("board.showAll", {
                  total: column.total,
                  column: t(`status.${column.status}`),
                  more: column.total - column.cards.length,
                })}
              </Link>
            )}
          </section>
        ))}
      </div>

      <ResolveDialog
        key={resolving?.card.id ?? "none"}
        move={resolving}
        onResolve={(move, note) => send(move, note)}
        onCancel={() => setResolving(null)}
      />
    </div>
  );
}
