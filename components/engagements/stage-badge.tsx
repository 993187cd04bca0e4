import type { EngagementStage } from "@/lib/generated/prisma/enums";
import { STAGE_LABELS, STAGE_SYMBOLS } from "@/lib/engagements/transitions";

/** The stage as text, symbol and colour together (never colour alone). Colours: `.stage-<STAGE>` in app/globals.css (as STAGE_COLOURS). */
export function StageBadge({ stage, className = "" }: { stage: EngagementStage; className?: string }) {
  return (
    <span className={`stage-badge stage-${stage}${className ? ` ${className}` : ""}`}>
      <span aria-hidden="true">{STAGE_SYMBOLS[stage]}</span>
      {STAGE_LABELS[stage]}
    </span>
  );
}
