"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type DragEvent, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { moveIssueAction } from "@/lib/board/actions";
import { canMoveTo, CLOSE_UNRESOLVED_HINT, MOVE_KEYS, type MoveControl } from "@/lib/board/moves";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { BoardColumn, IssueCard } from "@/lib/board/data";
import { useSayBoard } from "./use-board-words";

export type Move = { card: IssueCard; toStatus: IssueStatus; toIndex: number; visibleIndex: number; control?: string };

/**
 * The board's moves, whichever way they are asked for (buttons, arrow keys, drag and drop): each is
 * shown at once, saved, announced, and undone with a message when the server refuses it. A move to
 * Resolved waits in `resolving` until the resolve dialog supplies its note.
 */
export function useBoardMoves(serverColumns: BoardColumn[]) {
  const router = useRouter();
  const t = useTranslations("boardClient");
  const say = useSayBoard();
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
        setAlert(result.status === "error" ? result.message : t("board.notSaved"));
        setColumns(serverColumns);
        router.refresh();
      }
    });
  }

  function requestMove(move: Move) {
    if (!canMoveTo(move.card.status, move.toStatus)) {
      setAlert(say(CLOSE_UNRESOLVED_HINT));
      return;
    }
    if (move.toStatus === "RESOLVED" && move.card.status !== "RESOLVED") {
      setResolving(move); // the resolve dialog asks for the note, then calls send
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
      setAnnouncement(t("board.closedStays", { number: String(card.number) }));
      return;
    }
    if (pending) {
      setAnnouncement(t("board.stillSaving"));
      return;
    }
    const control = controls.find((c) => c.kind === kind);
    if (!control?.toStatus) {
      setAnnouncement(control?.unavailable ? say(control.unavailable) : "");
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

  return {
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
  };
}
