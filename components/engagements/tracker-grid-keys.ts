"use client";
import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from "react";

type GridPosition = { row: number; col: number };

/**
 * Where a key moves the focus in a grid of `size` cells (ARIA grid pattern): arrows one cell, Home/End
 * to the row's first/last cell, Ctrl+Home/End to the grid's first/last cell. null: not a grid key.
 * Moves stop at the edges (no wrapping), as the pattern recommends for data grids.
 */
export function moveInGrid(key: string, ctrlKey: boolean, from: GridPosition, size: { rows: number; cols: number }): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const clamp = (row: number, col: number) => ({ row: Math.min(Math.max(row, 0), lastRow), col: Math.min(Math.max(col, 0), lastCol) });
  switch (key) {
    case "ArrowRight":
      return clamp(from.row, from.col + 1);
    case "ArrowLeft":
      return clamp(from.row, from.col - 1);
    case "ArrowDown":
      return clamp(from.row + 1, from.col);
    case "ArrowUp":
      return clamp(from.row - 1, from.col);
    case "Home":
      return ctrlKey ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case "End":
      return ctrlKey ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    default:
      return null;
  }
}

/** The body's data cells, row by row (row headers are not grid stops: they hold no action). */
function cellsOf(table: HTMLTableElement): HTMLTableCellElement[][] {
  return [...(table.tBodies[0]?.rows ?? [])].map((row) => [...row.cells].filter((cell) => cell.tagName === "TD"));
}

/** What takes the focus in a cell: its link, or the cell itself when it has none ("—", hidden by a filter). */
function focusTarget(cell: HTMLTableCellElement): HTMLElement {
  return cell.querySelector<HTMLElement>("a") ?? cell;
}

function positionOf(cells: HTMLTableCellElement[][], element: Element): GridPosition | null {
  const cell = element.closest("td");
  for (let row = 0; row < cells.length; row++) {
    const col = cells[row]!.indexOf(cell as HTMLTableCellElement);
    if (col >= 0) return { row, col };
  }
  return null;
}

/** Makes `position` the grid's one tab stop. */
function makeTabStop(cells: HTMLTableCellElement[][], position: GridPosition): HTMLElement | null {
  let stop: HTMLElement | null = null;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = focusTarget(cell);
      const isStop = r === position.row && c === position.col;
      target.tabIndex = isStop ? 0 : -1;
      if (isStop) stop = target;
    }),
  );
  return stop;
}

/**
 * Turns the tracker table into one composite widget once JavaScript runs. The server's HTML stays
 * plain links (so the tracker works without JavaScript); role and tab stops are set on the DOM here
 * rather than rendered, so the matrix is not rendered a second time after hydration.
 * `deps`: whatever changes the cells (rows, columns, filters); the tab stop is then set again,
 * on the same cell if it is still there.
 */
export function useRovingGrid(table: RefObject<HTMLTableElement | null>, deps: readonly unknown[]) {
  const position = useRef<GridPosition>({ row: 0, col: 0 });
  useEffect(() => {
    const element = table.current;
    if (!element) return;
    element.setAttribute("role", "grid");
    const cells = cellsOf(element);
    if (cells.length > 0 && cells[0]!.length > 0) {
      const { row, col } = position.current;
      position.current = { row: Math.min(row, cells.length - 1), col: Math.min(col, cells[0]!.length - 1) };
      makeTabStop(cells, position.current);
    }
    return () => element.removeAttribute("role");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what changes the cells
  }, deps);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const element = table.current;
    if (!element || event.altKey || event.metaKey || event.shiftKey) return;
    const cells = cellsOf(element);
    const from = positionOf(cells, event.target as Element);
    if (!from) return;
    const to = moveInGrid(event.key, event.ctrlKey, from, { rows: cells.length, cols: cells[0]?.length ?? 0 });
    if (!to) return;
    event.preventDefault();
    position.current = to;
    const target = makeTabStop(cells, to);
    target?.focus();
    // Fully into view: focus() stops at "partly visible", and the sticky first column may cover the
    // rest (the container's scroll padding keeps the cell clear of it).
    target?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  // A click or a screen reader's own navigation can focus any cell: it becomes the tab stop.
  function onFocus(event: FocusEvent<HTMLTableElement>) {
    const element = table.current;
    if (!element) return;
    const cells = cellsOf(element);
    const at = positionOf(cells, event.target);
    if (!at) return;
    position.current = at;
    makeTabStop(cells, at);
  }

  return { onKeyDown, onFocus };
}
