import { describe, expect, it } from "vitest";
import { canMoveTo, MOVE_KEYS, moveControls, neighbourColumn } from "./moves";

describe("board moves", () => {
  it("lets a Resolved card move on to Closed, and nothing else reach Closed by a move", () => {
    expect(neighbourColumn("RESOLVED", 1)).toBe("CLOSED");
    expect(canMoveTo("RESOLVED", "CLOSED")).toBe(true);
    expect(canMoveTo("OPEN", "CLOSED")).toBe(false);
    expect(canMoveTo("WAITING_ON_PARTNER", "CLOSED")).toBe(false);
    expect(neighbourColumn("CLOSED", -1)).toBeNull();
    expect(neighbourColumn("OPEN", -1)).toBeNull();
  });

  it("says so on a Resolved card's control", () => {
    const next = moveControls({ number: 7, status: "RESOLVED" }, 0, 1).find((c) => c.kind === "next")!;
    expect(next).toMatchObject({ toStatus: "CLOSED", visible: "Closed", label: "Move #7 to Closed (it stays resolved)" });
  });

  it("gives every control an accessible name that contains its visible text", () => {
    for (const status of ["OPEN", "IN_PROGRESS", "WAITING_ON_PARTNER", "RESOLVED"] as const)
      for (const [index, count] of [
        [0, 1],
        [0, 3],
        [1, 3],
        [2, 3],
      ] as const)
        for (const control of moveControls({ number: 12, status }, index, count))
          expect(control.label.toLowerCase()).toContain(control.visible.toLowerCase());
  });

  it("maps the four arrow keys to the four moves", () => {
    expect(MOVE_KEYS).toEqual({ ArrowLeft: "prev", ArrowRight: "next", ArrowUp: "up", ArrowDown: "down" });
  });
});
