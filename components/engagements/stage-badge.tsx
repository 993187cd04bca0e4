import type { EngagementStage } from "@/lib/generated/prisma/enums";
import { STAGE_COLOURS, STAGE_LABELS, STAGE_SYMBOLS } from "@/lib/engagements/transitions";

/** The stage as text, symbol and colour together (never colour alone). */
export function StageBadge({ stage, className = "" }: { stage: EngagementStage; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${STAGE_COLOURS[stage]} ${className}`}>
      <span aria-hidden="true">{STAGE_SYMBOLS[stage]}</span>
      {STAGE_LABELS[stage]}
    </span>
  );
}
