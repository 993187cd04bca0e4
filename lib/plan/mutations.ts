import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { listDecisionStandings } from "@/lib/decisions/data";
import { isSettledDecision } from "@/lib/decisions/state";
import { conflict, invalidFields, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { PLAN_STEPS_IN_GUIDE_ORDER, SUPPORT_STEP } from "./steps";
import type { UpdatePlanStepInput } from "./schema";

/** A new programme's plan: the guide's 16 steps, none started. Call inside the creating transaction. */
export async function createPlanSteps(tx: Tx, programmeId: string) {
  await tx.planStep.createMany({ data: PLAN_STEPS_IN_GUIDE_ORDER.map((step) => ({ programmeId, step })) });
}

/**
 * Sets a step's status, owner and target date. Step 5's status is the matrix's and is not set here.
 * A step is done only when every decision that belongs to it is agreed (or withdrawn): the refusal
 * names the ones that are not. Applies only to the version the person saw.
 */
export async function updatePlanStep(actorId: string, input: UpdatePlanStepInput) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "PlanStep" WHERE "id" = ${input.stepId} FOR NO KEY UPDATE`;
    const step = await tx.planStep.findUnique({
      where: { id: input.stepId },
      select: { id: true, programmeId: true, step: true, status: true, statusReason: true, ownerId: true, targetDate: true, version: true },
    });
    if (!step) throw notFound(msg("plan.errors.missing"));
    if (step.version !== input.version) throw conflict(msg("plan.errors.changedMeanwhile"));
    const status = step.step === SUPPORT_STEP ? step.status : (input.status ?? step.status);
    if (input.ownerId) {
      const member = await tx.membership.findFirst({
        where: { programmeId: step.programmeId, userId: input.ownerId, user: { deactivatedAt: null } },
        select: { id: true },
      });
      if (!member) throw invalidFields({ ownerId: msg("plan.errors.ownerNotMember") });
    }
    if (status === "DONE" && step.status !== "DONE") {
      const { decisions } = await listDecisionStandings(step.programmeId, { step: step.step }, tx);
      const pending = decisions.filter((d) => !isSettledDecision(d.standing.state));
      if (pending.length > 0)
        throw invalidFields(
          { status: msg("plan.errors.decisionsNotAgreed", { decisions: pending.map((d) => `D-${d.number} “${d.title}”`).join(", ") }) },
          msg("plan.errors.cannotFinish"),
        );
    }
    const next = {
      status,
      statusReason: status === "NOT_APPLICABLE" ? input.statusReason : null,
      ownerId: input.ownerId,
      targetDate: input.targetDate,
    };
    const { before, after, changed } = changedFields(step, next);
    if (changed.length === 0) return { programmeId: step.programmeId, changed: false };
    await tx.planStep.update({ where: { id: step.id }, data: { ...next, version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId,
      programmeId: step.programmeId,
      action: "updatePlanStep",
      entityType: "PlanStep",
      entityId: step.id,
      before,
      after,
    });
    return { programmeId: step.programmeId, changed: true };
  });
}
