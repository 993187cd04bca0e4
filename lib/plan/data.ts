import "server-only";
import { db } from "@/lib/db";
import type { PlanStepKey, PlanStepStatus } from "@/lib/generated/prisma/enums";
import { emptyProgressCounts, type ProgressCounts } from "@/lib/engagements/next-steps";
import { isDone } from "@/lib/engagements/transitions";
import { listDecisionStandings, type DecisionSummary } from "@/lib/decisions/data";
import { isSettledDecision } from "@/lib/decisions/state";
import { DONE_STATUSES } from "@/lib/board/labels";
import { isSettledObstacle } from "@/lib/obstacles/pathway";
import { supportStepStatus } from "./progress";
import { PLAN_STEPS_IN_GUIDE_ORDER, SUPPORT_STEP } from "./steps";
import { SERVICES_FOR_STEP } from "./step-services";

export type PlanStepView = {
  id: string;
  step: PlanStepKey;
  status: PlanStepStatus;
  statusReason: string | null;
  version: number;
  targetDay: string | null;
  owner: { id: string; name: string } | null;
  decisions: { total: number; notAgreed: number };
  obstacles: { total: number; open: number };
  issues: { total: number; open: number };
};

const countsZero = () => ({ total: 0, open: 0 });

/** The stage counts of the current partners' engagements: what step 5 reports. */
async function matrixProgress(programmeId: string): Promise<ProgressCounts> {
  const groups = await db.engagement.groupBy({
    by: ["stage"],
    where: { programmeId, partner: { archivedAt: null } },
    _count: { _all: true },
  });
  const counts = emptyProgressCounts();
  for (const g of groups) {
    counts.byStage[g.stage] = g._count._all;
    counts.total += g._count._all;
    if (isDone(g.stage)) counts.done += g._count._all;
  }
  counts.percentDone = counts.total ? Math.round((100 * counts.done) / counts.total) : 0;
  return counts;
}

/**
 * The programme's plan: the 16 steps in the guide's order with what belongs to each (decisions,
 * obstacles, board issues) counted, and step 5's status taken from the matrix. Six queries.
 */
export async function getPlan(programmeId: string) {
  const [steps, matrix, standings, obstacleGroups, issueGroups] = await Promise.all([
    db.planStep.findMany({
      where: { programmeId },
      select: {
        id: true,
        step: true,
        status: true,
        statusReason: true,
        version: true,
        targetDate: true,
        owner: { select: { id: true, name: true } },
      },
    }),
    matrixProgress(programmeId),
    listDecisionStandings(programmeId),
    db.obstacle.groupBy({ by: ["step", "stage"], where: { programmeId, step: { not: null } }, _count: { _all: true } }),
    db.boardIssue.groupBy({ by: ["planStep", "status"], where: { programmeId, planStep: { not: null } }, _count: { _all: true } }),
  ]);
  const byStep = new Map(steps.map((s) => [s.step, s]));
  const decisions = new Map<PlanStepKey, { total: number; notAgreed: number }>();
  for (const d of standings.decisions) {
    const counts = decisions.get(d.step) ?? { total: 0, notAgreed: 0 };
    counts.total++;
    if (!isSettledDecision(d.standing.state)) counts.notAgreed++;
    decisions.set(d.step, counts);
  }
  const obstacles = tally(obstacleGroups.map((g) => ({ step: g.step, count: g._count._all, open: !isSettledObstacle(g.stage) })));
  const issues = tally(issueGroups.map((g) => ({ step: g.planStep, count: g._count._all, open: !DONE_STATUSES.includes(g.status) })));
  const view: PlanStepView[] = PLAN_STEPS_IN_GUIDE_ORDER.flatMap((key) => {
    const row = byStep.get(key);
    if (!row) return [];
    return [
      {
        id: row.id,
        step: key,
        status: key === SUPPORT_STEP ? supportStepStatus(matrix) : row.status,
        statusReason: row.statusReason,
        version: row.version,
        targetDay: row.targetDate ? row.targetDate.toISOString().slice(0, 10) : null,
        owner: row.owner,
        decisions: decisions.get(key) ?? { total: 0, notAgreed: 0 },
        obstacles: obstacles.get(key) ?? countsZero(),
        issues: issues.get(key) ?? countsZero(),
      },
    ];
  });
  return { steps: view, matrix, partners: standings.partners, decisions: standings.decisions };
}

function tally(groups: { step: PlanStepKey | null; count: number; open: boolean }[]) {
  const out = new Map<PlanStepKey, { total: number; open: number }>();
  for (const g of groups) {
    if (!g.step) continue;
    const counts = out.get(g.step) ?? countsZero();
    counts.total += g.count;
    if (g.open) counts.open += g.count;
    out.set(g.step, counts);
  }
  return out;
}

/** One step's page: the step, and everything that belongs to it. */
export async function getPlanStep(programmeId: string, step: PlanStepKey) {
  const services = SERVICES_FOR_STEP[step];
  const [row, matrix, standings, obstacles, issues, engagements] = await Promise.all([
    db.planStep.findUnique({
      where: { programmeId_step: { programmeId, step } },
      select: {
        id: true,
        step: true,
        status: true,
        statusReason: true,
        version: true,
        targetDate: true,
        owner: { select: { id: true, name: true } },
      },
    }),
    matrixProgress(programmeId),
    listDecisionStandings(programmeId, { step }),
    db.obstacle.findMany({
      where: { programmeId, step },
      orderBy: { number: "asc" },
      select: { number: true, title: true, stage: true, institution: { select: { shortName: true } } },
    }),
    db.boardIssue.findMany({
      where: { programmeId, planStep: step },
      orderBy: { number: "asc" },
      select: { number: true, title: true, status: true },
    }),
    db.engagement.findMany({
      where: { programmeId, service: { in: [...services] }, partner: { archivedAt: null } },
      select: {
        id: true,
        service: true,
        stage: true,
        partner: { select: { role: true, institution: { select: { id: true, shortName: true } } } },
      },
    }),
  ]);
  if (!row) return null;
  return {
    step: {
      id: row.id,
      step,
      status: step === SUPPORT_STEP ? supportStepStatus(matrix) : row.status,
      storedStatus: row.status,
      statusReason: row.statusReason,
      version: row.version,
      targetDay: row.targetDate ? row.targetDate.toISOString().slice(0, 10) : null,
      owner: row.owner,
    },
    matrix,
    decisions: standings.decisions satisfies DecisionSummary[],
    partners: standings.partners,
    obstacles,
    issues,
    engagements: engagements.map((e) => ({
      id: e.id,
      service: e.service,
      stage: e.stage,
      institutionId: e.partner.institution.id,
      shortName: e.partner.institution.shortName,
      isLead: e.partner.role === "LEAD",
    })),
  };
}

/** What an action on a plan step is aimed at. */
export async function findPlanStepTarget(stepId: string) {
  return db.planStep.findUnique({ where: { id: stepId }, select: { id: true, programmeId: true, step: true } });
}

/** People who can own a step: the programme's members, by name. */
export async function listPossibleOwners(programmeId: string) {
  const members = await db.membership.findMany({
    where: { programmeId, user: { deactivatedAt: null } },
    distinct: ["userId"],
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } } },
  });
  return members.map((m) => m.user);
}
