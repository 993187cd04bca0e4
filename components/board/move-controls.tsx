"use client";
import { useTranslations } from "next-intl";
import type { MoveControl, MoveKind } from "@/lib/board/moves";
import { useSayBoard } from "./use-board-words";

// Arrows are drawn, not typed: a glyph such as "←" is text to axe (its colour contrast cannot be
// checked, and it is not in the button's spoken name). Each button shows a word its name contains.
const ARROWS: Record<MoveKind, string> = {
  prev: "M10 3 5 8l5 5",
  next: "m6 3 5 5-5 5",
  up: "M3 10l5-5 5 5",
  down: "m3 6 5 5 5-5",
};

function Arrow({ kind }: { kind: MoveKind }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      className="h-3.5 w-3.5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d={ARROWS[kind]} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function MoveButtons({
  number,
  controls,
  pending,
  onMove,
}: {
  number: number;
  controls: MoveControl[];
  pending: boolean;
  onMove: (control: MoveControl) => void;
}) {
  const t = useTranslations("boardClient");
  const say = useSayBoard();
  return (
    <div
      className="mt-2 grid grid-cols-2 gap-1 border-t border-slate-200 pt-2"
      role="group"
      aria-label={t("moves.group", { number: String(number) })}
    >
      {controls.map((control) => (
        <button
          key={control.kind}
          type="button"
          title={say(control.label)}
          data-control={control.kind}
          disabled={pending || !control.toStatus}
          onClick={() => onMove(control)}
          className={`relative flex min-h-7 items-center gap-1 rounded border border-slate-400 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-900 hover:bg-slate-100 disabled:border-slate-300 disabled:text-slate-500 ${control.kind === "next" ? "justify-end" : "justify-start"}`}
        >
          {control.kind !== "next" && <Arrow kind={control.kind} />}
          {/* The name is the label; only the part that is also shown is visible (no aria-label: WCAG 2.5.3). */}
          <SpokenLabel label={say(control.label)} visible={say(control.visible)} />
          {control.kind === "next" && <Arrow kind={control.kind} />}
        </button>
      ))}
    </div>
  );
}

/** "Move #5 to In progress" shown as "In progress": the rest is read by screen readers only. */
function SpokenLabel({ label, visible }: { label: string; visible: string }) {
  const at = label.toLowerCase().indexOf(visible.toLowerCase());
  if (at < 0) return <span>{label}</span>;
  const before = label.slice(0, at);
  const after = label.slice(at + visible.length);
  return (
    <span>
      {before && <span className="sr-only">{before}</span>}
      <span>{visible}</span>
      {after && <span className="sr-only">{after}</span>}
    </span>
  );
}
