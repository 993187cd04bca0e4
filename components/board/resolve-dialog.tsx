"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Move } from "./use-board-moves";

/** Asks for the resolution note of a card moved to Resolved (the move waits for it). */
export function ResolveDialog({
  move,
  onResolve,
  onCancel,
}: {
  move: Move | null;
  onResolve: (move: Move, note: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("boardClient");
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");
  // Rendered with a key per move (BoardView), so each move starts with an empty note.
  useEffect(() => {
    if (move && !dialog.current?.open) dialog.current?.showModal();
  }, [move]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="resolve-title"
      className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      onClose={onCancel}
    >
      <form
        className="space-y-4 p-5"
        onSubmit={(e) => {
          e.preventDefault();
          if (!move || note.trim().length < 3) return;
          dialog.current?.close();
          onResolve(move, note.trim());
        }}
      >
        <h2 id="resolve-title" className="text-lg font-semibold">
          {t("resolveDialog.title", { number: String(move?.card.number ?? "") })}
        </h2>
        <div>
          <label htmlFor="board-resolution-note" className="block text-sm font-medium text-slate-800">
            {t("resolveDialog.note")}{" "}
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
            {t("resolveDialog.hint")}
          </p>
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("resolveDialog.submit")}</Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t("resolveDialog.cancel")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
