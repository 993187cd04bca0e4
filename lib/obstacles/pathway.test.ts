import { describe, expect, it } from "vitest";
import { canMoveObstacle, isSettledObstacle, OBSTACLE_MOVES, OBSTACLE_STAGES } from "./pathway";

describe("an obstacle's pathway", () => {
  it("goes identified → solution proposed → rule change requested → rule change adopted", () => {
    expect(canMoveObstacle("IDENTIFIED", "SOLUTION_PROPOSED")).toBe(true);
    expect(canMoveObstacle("SOLUTION_PROPOSED", "RULE_CHANGE_REQUESTED")).toBe(true);
    expect(canMoveObstacle("RULE_CHANGE_REQUESTED", "RULE_CHANGE_ADOPTED")).toBe(true);
    expect(isSettledObstacle("RULE_CHANGE_ADOPTED")).toBe(true);
  });
  it("reaches the government only through a proposed solution or a refused rule change, and ends with its answer", () => {
    expect(canMoveObstacle("IDENTIFIED", "GOVERNMENT_REQUEST_SENT")).toBe(false);
    expect(canMoveObstacle("SOLUTION_PROPOSED", "GOVERNMENT_REQUEST_SENT")).toBe(true);
    expect(canMoveObstacle("RULE_CHANGE_REQUESTED", "GOVERNMENT_REQUEST_SENT")).toBe(true);
    expect(canMoveObstacle("GOVERNMENT_REQUEST_SENT", "GOVERNMENT_ANSWERED")).toBe(true);
    expect(isSettledObstacle("GOVERNMENT_REQUEST_SENT")).toBe(false);
  });
  it("cannot skip the proposal, and every settled obstacle can be reopened", () => {
    expect(canMoveObstacle("IDENTIFIED", "RULE_CHANGE_ADOPTED")).toBe(false);
    for (const stage of OBSTACLE_STAGES.filter(isSettledObstacle)) expect(OBSTACLE_MOVES[stage]).toEqual(["IDENTIFIED"]);
  });
  it("never moves an obstacle to where it already is", () => {
    for (const stage of OBSTACLE_STAGES) expect(canMoveObstacle(stage, stage)).toBe(false);
  });
});
