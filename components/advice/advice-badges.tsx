import type { AdviceKind, AdviceVisibility } from "@/lib/generated/prisma/enums";
import { ADVICE_KIND_LABELS } from "@/lib/advice/labels";

/** Visibility in words (never colour alone). */
export function VisibilityBadge({ visibility }: { visibility: AdviceVisibility }) {
  return visibility === "SHARED" ? (
    <span className="inline-flex items-center rounded-full border border-green-700 bg-green-50 px-2 py-0.5 text-xs font-medium text-green-900">
      Shared
    </span>
  ) : (
    <span className="inline-flex items-center rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">
      Institution draft
    </span>
  );
}

export function KindBadge({ kind }: { kind: AdviceKind }) {
  return (
    <span className="inline-flex items-center rounded-full border border-slate-400 bg-slate-50 px-2 py-0.5 text-xs font-medium text-slate-800">
      {ADVICE_KIND_LABELS[kind]}
    </span>
  );
}
