"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, useTransition, type DragEvent, type KeyboardEvent } from "react";
import { moveIssueAction } from "@/lib/board/actions";
import { STATUS_LABELS } from "@/lib/board/labels";
import { canMoveTo, MOVE_KEY_SHORTCUTS, MOVE_KEYS, moveControls, type MoveControl } from "@/lib/board/moves";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { BoardColumn, IssueCard } from "@/lib/board/data";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { Button } from "@/components/ui/button";
import { useDelegatedLinks } from "@/components/ui/delegated-links";
import { DueDate, PriorityBadge } from "./issue-badges";
import { MoveButtons } from "./move-controls";

/** Shown when a card that was not resolved is dragged to Closed (the server says the same). */
const CLOSE_UNRESOLVED =
  "Only a resolved issue moves to Closed. To close an issue that was not resolved, use “Close without resolving” on its page and say why.";

type Move = { card: IssueCard; toStatus: IssueStatus; toIndex: number; visibleIndex: number; control?: string };

const noSubscription = () => () => {};
/** False in the server's HTML and during hydration, true once the page's JavaScript runs. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

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
  const router = useRouter();
  const navigate = useDelegatedLinks("a.card-title");
  // Moving needs JavaScript: the move buttons and dragging appear once it runs, never as dead controls
  // in the server's HTML (which also keeps four buttons per card out of every board response).
  const hydrated = useHydrated();
  const interactive = canMove && hydrated;
  const [columns, setColumns] = useState(serverColumns);
  const [previous, setPrevious] = useState(serverColumns);
  if (previous !== serverColumns) {
    setPrevious(serverColumns);
    setColumns(serverColumns);
  }
  const [announcement, setAnnouncement] = useState("");
  const [alert, setAlert] = useState("");
  const [pending, startTransition] = useTransition();
  const [resolving, setResolving] = useState<Move | null>(null);
  const [note, setNote] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);
  const focusAfter = useRef<{ cardId: string; control: string } | null>(null);
  const dragged = useRef<IssueCard | null>(null);
  const [dropTarget, setDropTarget] = useState<IssueStatus | null>(null);

  // After a keyboard move, keep focus on the moved card's control (it was disabled while saving),
  // once; later refreshes (e.g. someone else's change) must not pull focus back here.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || pending) return;
    focusAfter.current = null;
    const card = document.querySelector<HTMLElement>(`[data-card-id="${target.cardId}"]`);
    const control =
      (target.control === "title" ? null : card?.querySelector<HTMLElement>(`[data-control="${target.control}"]:not([disabled])`)) ??
      card?.querySelector<HTMLElement>("a.card-title");
    control?.focus();
  }, [pending, columns]);

  function applyLocally(move: Move) {
    setColumns((cols) => {
      const without = cols.map((c) => ({
        ...c,
        cards: c.cards.filter((x) => x.id !== move.card.id),
        total: c.status === move.card.status ? c.total - 1 : c.total,
      }));
      return without.map((c) => {
        if (c.status !== move.toStatus) return c;
        const cards = [...c.cards];
        cards.splice(Math.min(move.visibleIndex, cards.length), 0, { ...move.card, status: move.toStatus });
        return { ...c, cards, total: c.total + 1 };
      });
    });
  }

  function send(move: Move, resolutionNote?: string) {
    setAlert("");
    applyLocally(move);
    if (move.control) focusAfter.current = { cardId: move.card.id, control: move.control };
    startTransition(async () => {
      const result = await moveIssueAction(undefined, {
        issueId: move.card.id,
        toStatus: move.toStatus,
        toIndex: move.toIndex,
        version: move.card.version,
        resolutionNote,
      });
      // On success the action's response already carries the board as saved (it revalidates the page).
      if (result.status === "success") setAnnouncement(result.message);
      else {
        setAlert(result.status === "error" ? result.message : "The move was not saved. Try again.");
        setColumns(serverColumns);
        router.refresh();
      }
    });
  }

  function requestMove(move: Move) {
    if (!canMoveTo(move.card.status, move.toStatus)) {
      setAlert(CLOSE_UNRESOLVED);
      return;
    }
    if (move.toStatus === "RESOLVED" && move.card.status !== "RESOLVED") {
      setResolving(move);
      setNote("");
      dialog.current?.showModal();
      return;
    }
    send(move);
  }

  /** A button or an arrow key; `focus` is what gets the focus back once the card has moved ("title" or the button). */
  function controlMove(card: IssueCard, control: MoveControl, focus: string) {
    const column = columns.find((c) => c.status === card.status);
    if (!column || !control.toStatus) return;
    const index = column.cards.findIndex((c) => c.id === card.id);
    if (control.kind === "up" || control.kind === "down") {
      const other = column.cards[control.kind === "up" ? index - 1 : index + 1];
      if (!other) return;
      requestMove({
        card,
        toStatus: card.status,
        toIndex: other.position,
        visibleIndex: control.kind === "up" ? index - 1 : index + 1,
        control: focus,
      });
      return;
    }
    requestMove({ card, toStatus: control.toStatus, toIndex: 0, visibleIndex: 0, control: focus });
  }

  /** Arrow keys on a focused card (its title or one of its buttons) move it; the live region says what happened. */
  function onCardKeyDown(event: KeyboardEvent, card: IssueCard, controls: MoveControl[]) {
    const kind = MOVE_KEYS[event.key];
    if (!kind || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (card.status === "CLOSED") {
      setAnnouncement(`#${card.number} is closed: reopen it from its page to move it.`);
      return;
    }
    if (pending) {
      setAnnouncement("Still saving the last move. Press the key again in a moment.");
      return;
    }
    const control = controls.find((c) => c.kind === kind);
    if (!control?.toStatus) {
      setAnnouncement(control?.unavailable ?? "");
      return;
    }
    const focus = (event.target as HTMLElement).closest("[data-control]")?.getAttribute("data-control") ?? "title";
    controlMove(card, control, focus);
  }

  /** Drops before `target` (upper half of the card), after it (lower half), or at the column's end. */
  function onDrop(event: DragEvent, status: IssueStatus, target: IssueCard | null) {
    event.preventDefault();
    event.stopPropagation();
    setDropTarget(null);
    const card = dragged.current;
    dragged.current = null;
    if (!card || target?.id === card.id) return;
    const column = columns.find((c) => c.status === status);
    const cards = (column?.cards ?? []).filter((c) => c.id !== card.id);
    if (!target) {
      requestMove({ card, toStatus: status, toIndex: Number.MAX_SAFE_INTEGER, visibleIndex: cards.length });
      return;
    }
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const after = event.clientY > rect.top + rect.height / 2;
    // Server indexes count the column without the moved card.
    const shift = status === card.status && card.position < target.position ? 1 : 0;
    const toIndex = target.position + (after ? 1 : 0) - shift;
    const visibleIndex = cards.findIndex((c) => c.id === target.id) + (after ? 1 : 0);
    requestMove({ card, toStatus: status, toIndex, visibleIndex });
  }

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
          Drag cards between columns, or use the buttons on each card. With the keyboard, Tab to a card&apos;s title and press the{" "}
          <kbd className="rounded border border-slate-400 bg-white px-1 font-sans text-xs">Left</kbd> or{" "}
          <kbd className="rounded border border-slate-400 bg-white px-1 font-sans text-xs">Right</kbd> arrow key to move it to the previous
          or next column, <kbd className="rounded border border-slate-400 bg-white px-1 font-sans text-xs">Up</kbd> or{" "}
          <kbd className="rounded border border-slate-400 bg-white px-1 font-sans text-xs">Down</kbd> to change its place in the column.
          Resolving asks for a note; a resolved issue moves on to Closed.
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
              <span>{STATUS_LABELS[column.status]}</span>
              <span className="relative rounded-full bg-white px-2 text-xs font-medium text-slate-800">
                {column.total}
                <span className="sr-only">{column.total === 1 ? " issue" : " issues"}</span>
              </span>
            </h2>
            {column.cards.length === 0 ? (
              <p className="px-1 py-4 text-center text-sm text-slate-700">No issues here.</p>
            ) : (
              <ol className="space-y-2" aria-label={`${STATUS_LABELS[column.status]} issues`}>
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
                Showing {column.cards.length} of {column.total}. Use the list view to page through the rest.
              </p>
            )}
            {column.limited && moreHref[column.status] && (
              <Link
                href={moreHref[column.status]!}
                className="mt-2 block rounded-md px-2 py-1 text-center text-sm font-medium text-blue-800 underline hover:bg-white"
              >
                Show all {column.total} in {STATUS_LABELS[column.status]} ({column.total - column.cards.length} more)
              </Link>
            )}
          </section>
        ))}
      </div>

      <dialog
        ref={dialog}
        aria-labelledby="resolve-title"
        className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
        onClose={() => setResolving(null)}
      >
        <form
          className="space-y-4 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            if (!resolving || note.trim().length < 3) return;
            const move = resolving;
            dialog.current?.close();
            send(move, note.trim());
          }}
        >
          <h2 id="resolve-title" className="text-lg font-semibold">
            Resolve #{resolving?.card.number}
          </h2>
          <div>
            <label htmlFor="board-resolution-note" className="block text-sm font-medium text-slate-800">
              Resolution note{" "}
              <span aria-hidden="true" className="text-red-700">
                *
              </span>
            </label>
            <textarea
              id="board-resolution-note"
              required
              minLength={3}
              rows={4}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
              aria-describedby="board-resolution-hint"
            />
            <p id="board-resolution-hint" className="mt-1 text-xs text-slate-600">
              Say how it was solved, so others can learn from it.
            </p>
          </div>
          <div className="flex gap-2">
            <Button type="submit">Resolve issue</Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}

export function IssueCardBody({ programmeId, card, keyShortcuts }: { programmeId: string; card: IssueCard; keyShortcuts: boolean }) {
  return (
    <div className="card-body">
      <p className="card-heading">
        <span className="card-number">{`#${card.number}`}</span>
        <a
          href={`/programmes/${programmeId}/board/${card.number}`}
          className="card-title"
          aria-keyshortcuts={keyShortcuts ? MOVE_KEY_SHORTCUTS : undefined}
        >
          {card.title}
        </a>
      </p>
      <div className="flex flex-wrap gap-1">
        <PriorityBadge priority={card.priority} />
        {card.escalation && (
          <span className="rounded border border-purple-700 bg-purple-50 px-1.5 py-0.5 text-xs text-purple-900">Escalation</span>
        )}
      </div>
      <p className="card-meta">
        {card.services.map((s) => SERVICE_LABELS[s]).join(", ") + (card.institution ? ` · ${card.institution.shortName}` : "")}
      </p>
      <p className="card-meta">{card.assignee ? `Assigned to ${card.assignee.name}` : "Unassigned"}</p>
      <p className="card-meta">
        <DueDate dueDate={card.dueDate} status={card.status} />
        {card.commentCount > 0 && (
          <span className="text-slate-700">
            {" "}
            · {card.commentCount} {card.commentCount === 1 ? "comment" : "comments"}
          </span>
        )}
      </p>
      {card.labels.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Labels">
          {card.labels.map((l) => (
            <li key={l} className="card-label">
              {l}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
