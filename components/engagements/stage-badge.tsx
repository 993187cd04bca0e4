import { useTranslations } from "next-intl";
import type { EngagementStage } from "@/lib/generated/prisma/enums";
import { STAGE_SYMBOLS } from "@/lib/engagements/transitions";

/**
 * The stage as text, symbol and colour together (never colour alone). Colours: `.stage-<STAGE>` in app/globals.css (as STAGE_COLOURS).
 * Not async, so both server pages and the client tracker matrix can render it (the domain namespace reaches both).
 */
export function StageBadge({ stage, className = "" }: { stage: EngagementStage; className?: string }) {
  const t = useTranslations("domain");
  return (
    <span className={`stage-badge stage-${stage}${className ? ` ${className}` : ""}`}>
      <span aria-hidden="true">{STAGE_SYMBOLS[stage]}</span>
      {t(`stage.${stage}`)}
    </span>
  );
}
