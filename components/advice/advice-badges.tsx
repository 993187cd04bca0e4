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

export function formatDate(date: Date): string {
  // Dates are calendar days stored at UTC midnight: format in UTC so no timezone shifts them.
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
}
