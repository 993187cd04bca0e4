import type { AdviceKind, AdviceVisibility } from "@/lib/generated/prisma/enums";
import { ADVICE_KIND_LABELS } from "@/lib/advice/labels";

/** Visibility in words (never colour alone). Classes in app/globals.css: a badge is on every advice row. */
export function VisibilityBadge({ visibility }: { visibility: AdviceVisibility }) {
  return visibility === "SHARED" ? (
    <span className="chip chip-shared">Shared</span>
  ) : (
    <span className="chip chip-draft">Institution draft</span>
  );
}

export function KindBadge({ kind }: { kind: AdviceKind }) {
  return <span className="chip chip-kind">{ADVICE_KIND_LABELS[kind]}</span>;
}
