// What the plan shows besides what people set: step 5's status from the engagement matrix, and lateness.
import type { PlanStepStatus } from "@/lib/generated/prisma/enums";
import type { ProgressCounts } from "@/lib/engagements/next-steps";
import { isFinished } from "./steps";

/**
 * Step 5 ("Ensure cross-institutional support") is as far as the matrix: not started while no
 * service anywhere has been contacted, done when every engagement is settled or not applicable.
 */
export function supportStepStatus(counts: Pick<ProgressCounts, "total" | "done" | "byStage">): PlanStepStatus {
  if (counts.total === 0 || counts.byStage.NOT_CONTACTED === counts.total) return "NOT_STARTED";
  return counts.done === counts.total ? "DONE" : "IN_PROGRESS";
}

/** Late: a target day before `today` (both calendar days, "YYYY-MM-DD") and not finished. */
export function isLate(step: { status: PlanStepStatus; targetDay: string | null }, today: string): boolean {
  return step.targetDay !== null && step.targetDay < today && !isFinished(step.status);
}
