// The legal services' pathway for a regulatory obstacle (DOMAIN.md: legal services turn restrictions
// into opportunities, adjust institutional rules and request government changes).
import type { ObstacleStage } from "@/lib/generated/prisma/enums";

/** The stages in the order the register and the pathway diagram show them. */
export const OBSTACLE_STAGES = [
  "IDENTIFIED",
  "SOLUTION_PROPOSED",
  "RESOLVED_WITHIN_RULES",
  "RULE_CHANGE_REQUESTED",
  "RULE_CHANGE_ADOPTED",
  "GOVERNMENT_REQUEST_SENT",
  "GOVERNMENT_ANSWERED",
] as const satisfies readonly ObstacleStage[];

/** Where a pathway ends: solved within the rules, by a changed rule, or by the government's answer. */
const SETTLED: readonly ObstacleStage[] = ["RESOLVED_WITHIN_RULES", "RULE_CHANGE_ADOPTED", "GOVERNMENT_ANSWERED"];

export function isSettledObstacle(stage: ObstacleStage): boolean {
  return SETTLED.includes(stage);
}

/**
 * The moves from each stage. A requested rule change that is refused goes back to looking for a
 * solution, or up to the government; a settled obstacle can be reopened (the rule came back).
 */
export const OBSTACLE_MOVES: Record<ObstacleStage, readonly ObstacleStage[]> = {
  IDENTIFIED: ["SOLUTION_PROPOSED"],
  SOLUTION_PROPOSED: ["RESOLVED_WITHIN_RULES", "RULE_CHANGE_REQUESTED", "GOVERNMENT_REQUEST_SENT", "IDENTIFIED"],
  RESOLVED_WITHIN_RULES: ["IDENTIFIED"],
  RULE_CHANGE_REQUESTED: ["RULE_CHANGE_ADOPTED", "SOLUTION_PROPOSED", "GOVERNMENT_REQUEST_SENT"],
  RULE_CHANGE_ADOPTED: ["IDENTIFIED"],
  GOVERNMENT_REQUEST_SENT: ["GOVERNMENT_ANSWERED", "SOLUTION_PROPOSED"],
  GOVERNMENT_ANSWERED: ["IDENTIFIED"],
};

export function canMoveObstacle(from: ObstacleStage, to: ObstacleStage): boolean {
  return OBSTACLE_MOVES[from].includes(to);
}
