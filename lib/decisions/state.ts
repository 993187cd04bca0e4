// Where a decision stands, from the newest answer of each current partner to its current version.
import type { SignOffAnswer } from "@/lib/generated/prisma/enums";

/** The register's order: what still needs answers first. */
export const DECISION_STATES = ["OPEN", "CONTESTED", "AGREED", "WITHDRAWN"] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

export type DecisionStanding = {
  state: DecisionState;
  /** Current partners that have not answered the current version (they are waited for). */
  waitingFor: string[];
  /** Current partners whose newest answer is an objection. */
  objecting: string[];
};

/**
 * Agreed only when every current partner agreed (with or without conditions); one objection makes it
 * contested; otherwise it is open. Answers of institutions that are no longer partners do not count.
 */
export function decisionStanding(
  decision: { withdrawn: boolean },
  partnerIds: readonly string[],
  newestAnswers: ReadonlyMap<string, SignOffAnswer>,
): DecisionStanding {
  const waitingFor = partnerIds.filter((id) => !newestAnswers.has(id));
  const objecting = partnerIds.filter((id) => newestAnswers.get(id) === "OBJECT");
  if (decision.withdrawn) return { state: "WITHDRAWN", waitingFor: [], objecting: [] };
  if (objecting.length > 0) return { state: "CONTESTED", waitingFor, objecting };
  if (waitingFor.length > 0 || partnerIds.length === 0) return { state: "OPEN", waitingFor, objecting };
  return { state: "AGREED", waitingFor, objecting };
}

/** Decisions that keep a plan step from being done: every one that is not agreed and not withdrawn. */
export function isSettledDecision(state: DecisionState): boolean {
  return state === "AGREED" || state === "WITHDRAWN";
}

/** The decisions that wait for an answer from one of `institutionIds` ("waiting for your institution's answer"). */
export function waitingForAnyOf<D extends { standing: DecisionStanding }>(
  decisions: readonly D[],
  institutionIds: ReadonlySet<string>,
): D[] {
  return decisions.filter((d) => d.standing.waitingFor.some((id) => institutionIds.has(id)));
}
