// The plan's rows for the benchmark dataset: the 16 steps of every programme, and in the largest one
// DECISIONS_AT_SCALE_1 × scale decisions (one in three with a second version, answered by most of the
// 12 partners) and OBSTACLES_AT_SCALE_1 × scale obstacles with their pathways. At scale 10: 200
// decisions and 500 obstacles, the figures issue 16 asks the list views to be measured with.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ObstacleStage, SignOffAnswer } from "@/lib/generated/prisma/enums";
import { PLAN_STEPS_IN_GUIDE_ORDER } from "@/lib/plan/steps";
import { DECISION_TEMPLATES, TEMPLATE_PLACE } from "@/lib/decisions/templates";
import { PROGRAMME_ELEMENTS, RULE_LEVELS } from "@/lib/obstacles/labels";

export const DECISIONS_AT_SCALE_1 = 20;
export const OBSTACLES_AT_SCALE_1 = 50;

type Random = { id: () => string; pick: <T>(items: readonly T[]) => T };

export function buildPlanRows(
  r: Random,
  now: Date,
  input: { programmeIds: string[]; largest: { id: string; institutionIds: string[]; memberIds: string[] }; scale: number },
) {
  const day = 86_400_000;
  const planSteps: Prisma.PlanStepCreateManyInput[] = input.programmeIds.flatMap((programmeId) =>
    PLAN_STEPS_IN_GUIDE_ORDER.map((step, n) => ({
      id: r.id(),
      programmeId,
      step,
      status: n < 4 ? "DONE" : n < 8 ? r.pick(["IN_PROGRESS", "DONE", "NOT_STARTED"] as const) : "NOT_STARTED",
      targetDate: new Date(now.getTime() + (n - 6) * 14 * day),
      updatedAt: now,
    })),
  );

  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const versions: Prisma.DecisionVersionCreateManyInput[] = [];
  const signOffs: Prisma.DecisionSignOffCreateManyInput[] = [];
  const decisionCount = Math.max(5, Math.round(DECISIONS_AT_SCALE_1 * input.scale));
  const { id: programmeId, institutionIds, memberIds } = input.largest;
  for (let n = 1; n <= decisionCount; n++) {
    const template = r.pick(DECISION_TEMPLATES);
    const decisionId = r.id();
    const versionCount = n % 3 === 0 ? 2 : 1;
    const createdAt = new Date(now.getTime() - (decisionCount - n + 10) * day);
    decisions.push({
      id: decisionId,
      programmeId,
      number: n,
      title: `${template.toLowerCase().replaceAll("_", " ")} ${n}`,
      step: TEMPLATE_PLACE[template].step,
      services: [...TEMPLATE_PLACE[template].services],
      template,
      currentVersion: versionCount,
      authorId: memberIds[n % memberIds.length]!,
      createdAt,
      lastActivityAt: new Date(createdAt.getTime() + 3 * day),
    });
    for (let v = 1; v <= versionCount; v++) {
      const versionId = r.id();
      versions.push({
        id: versionId,
        decisionId,
        number: v,
        question: "Which arrangement do the partners agree on?",
        options: "1. The lead institution's.\n2. Each partner's own.",
        proposal: `Proposal ${n}, version ${v}: the lead institution's arrangement, with each partner's confirmation.`,
        rationale: "One arrangement is simpler to run and to explain to learners.",
        authorId: memberIds[n % memberIds.length]!,
        createdAt: new Date(createdAt.getTime() + (v - 1) * day),
      });
      // Most partners answer; now and then one objects or adds conditions.
      institutionIds.forEach((institutionId, k) => {
        if ((n + k + v) % 5 === 0) return;
        const answer: SignOffAnswer = (n + k) % 17 === 0 ? "OBJECT" : (n + k) % 7 === 0 ? "AGREE_WITH_CONDITIONS" : "AGREE";
        signOffs.push({
          id: r.id(),
          decisionId,
          versionId,
          institutionId,
          answer,
          text: answer === "AGREE" ? "" : "Only if our board confirms it.",
          signedById: memberIds[k % memberIds.length]!,
          signedAt: new Date(createdAt.getTime() + (v - 1) * day + (k + 1) * 3_600_000),
        });
      });
    }
  }

  const obstacles: Prisma.ObstacleCreateManyInput[] = [];
  const obstacleEvents: Prisma.ObstacleEventCreateManyInput[] = [];
  const obstacleCount = Math.max(5, Math.round(OBSTACLES_AT_SCALE_1 * input.scale));
  const paths: ObstacleStage[][] = [
    ["IDENTIFIED"],
    ["IDENTIFIED", "SOLUTION_PROPOSED"],
    ["IDENTIFIED", "SOLUTION_PROPOSED", "RESOLVED_WITHIN_RULES"],
    ["IDENTIFIED", "SOLUTION_PROPOSED", "RULE_CHANGE_REQUESTED", "RULE_CHANGE_ADOPTED"],
    ["IDENTIFIED", "SOLUTION_PROPOSED", "GOVERNMENT_REQUEST_SENT"],
  ];
  for (let n = 1; n <= obstacleCount; n++) {
    const path = paths[n % paths.length]!;
    const obstacleId = r.id();
    const createdAt = new Date(now.getTime() - (obstacleCount - n + 5) * day);
    obstacles.push({
      id: obstacleId,
      programmeId,
      number: n,
      title: `Rule ${n} constrains the programme`,
      rule: "Only the institution's own learners may be assessed in its courses.",
      ruleSource: `Regulation ${n}, art. ${(n % 40) + 1}`,
      ruleLevel: r.pick(RULE_LEVELS),
      institutionId: institutionIds[n % institutionIds.length]!,
      element: r.pick(PROGRAMME_ELEMENTS),
      stage: path.at(-1)!,
      step: n % 2 === 0 ? r.pick(PLAN_STEPS_IN_GUIDE_ORDER) : null,
      authorId: memberIds[n % memberIds.length]!,
      version: path.length - 1,
      createdAt,
      updatedAt: new Date(createdAt.getTime() + path.length * day),
    });
    path.forEach((toStage, k) =>
      obstacleEvents.push({
        id: r.id(),
        obstacleId,
        fromStage: k === 0 ? null : path[k - 1]!,
        toStage,
        note: k === 0 ? "" : `Step ${k} of the pathway.`,
        actorId: memberIds[(n + k) % memberIds.length]!,
        at: new Date(createdAt.getTime() + k * day),
      }),
    );
  }
  return { planSteps, decisions, versions, signOffs, obstacles, obstacleEvents, decisionCount, obstacleCount };
}
