import { useTranslations } from "next-intl";
import type { ObstacleStage, PlanStepStatus, SignOffAnswer } from "@/lib/generated/prisma/enums";
import type { DecisionState } from "@/lib/decisions/state";
import { isSettledObstacle } from "@/lib/obstacles/pathway";

// Badges of the plan, the decision register and the obstacles register: text, symbol and colour
// together (never colour alone). Not async, so server pages and client components can both render them.

const BADGE = "inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap";
const TONE = {
  neutral: "border-slate-400 bg-slate-100 text-slate-800",
  progress: "border-amber-500 bg-amber-100 text-amber-900",
  waiting: "border-sky-500 bg-sky-100 text-sky-900",
  good: "border-green-600 bg-green-100 text-green-900",
  bad: "border-red-600 bg-red-100 text-red-900",
  off: "border-dashed border-slate-400 bg-white text-slate-700",
} as const;

function Badge({ tone, symbol, children }: { tone: keyof typeof TONE; symbol: string; children: string }) {
  return (
    <span className={`${BADGE} ${TONE[tone]}`}>
      <span aria-hidden="true">{symbol}</span>
      {children}
    </span>
  );
}

const PLAN_STATUS: Record<PlanStepStatus, [keyof typeof TONE, string]> = {
  NOT_STARTED: ["neutral", "○"],
  IN_PROGRESS: ["progress", "◐"],
  DONE: ["good", "●"],
  NOT_APPLICABLE: ["off", "–"],
};

export function PlanStatusBadge({ status }: { status: PlanStepStatus }) {
  const t = useTranslations("domain");
  const [tone, symbol] = PLAN_STATUS[status];
  return (
    <Badge tone={tone} symbol={symbol}>
      {t(`planStatus.${status}`)}
    </Badge>
  );
}

const DECISION_STATE: Record<DecisionState, [keyof typeof TONE, string]> = {
  OPEN: ["waiting", "?"],
  CONTESTED: ["bad", "✗"],
  AGREED: ["good", "✓"],
  WITHDRAWN: ["off", "–"],
};

export function DecisionStateBadge({ state }: { state: DecisionState }) {
  const t = useTranslations("domain");
  const [tone, symbol] = DECISION_STATE[state];
  return (
    <Badge tone={tone} symbol={symbol}>
      {t(`decisionState.${state}`)}
    </Badge>
  );
}

const ANSWER: Record<SignOffAnswer | "NONE", [keyof typeof TONE, string]> = {
  AGREE: ["good", "✓"],
  AGREE_WITH_CONDITIONS: ["progress", "✓"],
  OBJECT: ["bad", "✗"],
  NONE: ["neutral", "…"],
};

/** An institution's answer to a version; "NONE": not answered yet. */
export function AnswerBadge({ answer }: { answer: SignOffAnswer | "NONE" }) {
  const t = useTranslations("domain");
  const [tone, symbol] = ANSWER[answer];
  return (
    <Badge tone={tone} symbol={symbol}>
      {t(`signOffAnswer.${answer}`)}
    </Badge>
  );
}

export function ObstacleStageBadge({ stage }: { stage: ObstacleStage }) {
  const t = useTranslations("domain");
  const tone = isSettledObstacle(stage) ? "good" : stage === "IDENTIFIED" ? "bad" : "progress";
  return (
    <Badge tone={tone} symbol={isSettledObstacle(stage) ? "✓" : "!"}>
      {t(`obstacleStage.${stage}`)}
    </Badge>
  );
}
