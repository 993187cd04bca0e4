import "server-only";
import { db, type Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { EscalationLevel, IssuePriority, PlanStepKey, Service } from "@/lib/generated/prisma/enums";
import { proposeAssignee, type RoutingReason } from "../routing";
import { recordEvent } from "./history";
import { assertAssignable, assertLinks, lockBoard } from "./issue-rows";
import { endOfOpenColumn } from "./positions";
import { notify } from "@/lib/notifications/mutations";

export type CreateIssueData = {
  programmeId: string;
  authorId: string;
  title: string;
  description: string;
  services: readonly Service[];
  institutionId: string | null;
  priority: IssuePriority;
  dueDate: Date | null;
  labels: readonly string[];
  escalation: EscalationLevel | null;
  engagementId: string | null;
  adviceId: string | null;
  planStep?: PlanStepKey | null;
  /** undefined: routing proposes one; null: deliberately unassigned. */
  assigneeId?: string | null;
};

/** Creates an issue inside the caller's transaction (the Advice log calls this for follow-ups). */
export async function createIssueInTx(tx: Tx, input: CreateIssueData) {
  if (input.services.length === 0) throw invalid(msg("board.errors.atLeastOneService"));
  await lockBoard(tx, input.programmeId);
  const programme = await tx.programme.update({
    where: { id: input.programmeId },
    data: { nextIssueNumber: { increment: 1 } },
    select: { nextIssueNumber: true, leadInstitutionId: true },
  });
  await assertLinks(tx, input.programmeId, input);

  let assigneeId = input.assigneeId;
  let routedReason: RoutingReason | null = null;
  if (assigneeId === undefined) {
    const representatives = await tx.membership.findMany({
      where: { programmeId: input.programmeId, role: "TASK_FORCE", user: { deactivatedAt: null } },
      select: { userId: true, institutionId: true, user: { select: { name: true } }, representations: { select: { service: true } } },
    });
    const proposal = proposeAssignee(
      representatives.map((r) => ({
        userId: r.userId,
        name: r.user.name,
        institutionId: r.institutionId,
        services: r.representations.map((x) => x.service),
      })),
      { services: input.services, institutionId: input.institutionId, leadInstitutionId: programme.leadInstitutionId },
    );
    assigneeId = proposal.userId;
    routedReason = proposal.reason;
  } else if (assigneeId) {
    await assertAssignable(tx, input.programmeId, assigneeId);
  }

  const last = await tx.boardIssue.aggregate({ where: { programmeId: input.programmeId, status: "OPEN" }, _max: { position: true } });
  const issue = await tx.boardIssue.create({
    data: {
      programmeId: input.programmeId,
      number: programme.nextIssueNumber - 1,
      title: input.title,
      description: input.description,
      services: [...input.services],
      institutionId: input.institutionId,
      priority: input.priority,
      assigneeId: assigneeId ?? null,
      dueDate: input.dueDate,
      labels: [...input.labels],
      escalation: input.escalation,
      engagementId: input.engagementId,
      adviceId: input.adviceId,
      planStep: input.planStep ?? null,
      authorId: input.authorId,
      status: "OPEN",
      position: await endOfOpenColumn(tx, input.programmeId, last._max.position),
    },
    select: { id: true, number: true, programmeId: true, assigneeId: true, version: true },
  });
  const after = {
    number: issue.number,
    title: input.title,
    services: [...input.services],
    institutionId: input.institutionId,
    priority: input.priority,
    assigneeId: issue.assigneeId,
    dueDate: input.dueDate?.toISOString().slice(0, 10) ?? null,
    labels: [...input.labels],
    escalation: input.escalation,
    engagementId: input.engagementId,
    adviceId: input.adviceId,
    planStep: input.planStep ?? null,
    ...(routedReason ? { routing: routedReason } : {}),
  };
  await recordEvent(tx, issue, input.authorId, "CREATED", after, { action: "createIssue", after }, "created");
  return issue;
}

export function createIssue(input: CreateIssueData) {
  return db.$transaction(async (tx) => {
    const issue = await createIssueInTx(tx, input);
    // Assigned or routed to someone: they hear of it (a follow-up raised with advice is told by the advice's event).
    if (issue.assigneeId) await notify(tx, { type: "issueAssigned", issueId: issue.id, actorId: input.authorId });
    return issue;
  });
}
