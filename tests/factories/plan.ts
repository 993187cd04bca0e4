// Decisions and obstacles as the app would have left them: made by the app's own mutations.
import { proposeDecision, signOffDecision } from "@/lib/decisions/mutations";
import { raiseObstacle } from "@/lib/obstacles/mutations";
import type { PlanStepKey, SignOffAnswer } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";

export type DecisionDraft = {
  programmeId: string;
  authorId: string;
  title?: string;
  step?: PlanStepKey;
  proposal?: string;
  /** Answers to version 1: institution, who answers, and what. */
  answers?: { institutionId: string; signedById: string; answer: SignOffAnswer; text?: string }[];
};

export async function createDecision(draft: DecisionDraft) {
  const { id, number } = await proposeDecision(draft.authorId, draft.programmeId, {
    title: draft.title ?? "Common delivery platform",
    step: draft.step ?? "ECOSYSTEM",
    services: ["IT"],
    template: null,
    question: "Which learning environment do we use?",
    options: "",
    proposal: draft.proposal ?? "The lead institution's learning environment.",
    rationale: "",
    attachments: [],
  });
  for (const a of draft.answers ?? [])
    await signOffDecision(
      a.signedById,
      { decisionId: id, institutionId: a.institutionId },
      {
        decisionId: id,
        institutionId: a.institutionId,
        version: 1,
        answer: a.answer,
        text: a.text ?? "",
      },
    );
  return { id, number };
}

export async function createObstacle(draft: {
  programmeId: string;
  authorId: string;
  institutionId: string;
  title?: string;
  step?: PlanStepKey | null;
}) {
  const { number } = await raiseObstacle(draft.authorId, {
    programmeId: draft.programmeId,
    institutionId: draft.institutionId,
    title: draft.title ?? "Joint certificate not foreseen by national law",
    rule: "Only a single institution may award a degree certificate.",
    ruleSource: "Higher Education Act, art. 7.11",
    ruleLevel: "NATIONAL",
    country: null,
    element: "JOINT_CERTIFICATE",
    description: "",
    step: draft.step ?? null,
    raisedFromAdviceId: null,
    raisedFromIssueId: null,
  });
  return db.obstacle.findUniqueOrThrow({
    where: { programmeId_number: { programmeId: draft.programmeId, number } },
    select: { id: true, number: true, version: true, stage: true },
  });
}
