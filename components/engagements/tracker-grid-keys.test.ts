import { describe, expect, it } from "vitest";
import { moveInGrid } from "./tracker-grid-keys";

const size = { rows: 5, cols: 6 };

describe("keys in the tracker grid", () => {
  it("move one cell with the arrows and stop at the edges", () => {
    expect(moveInGrid("ArrowRight", false, { row: 0, col: 0 }, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid("ArrowDown", false, { row: 0, col: 3 }, size)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid("ArrowLeft", false, { row: 2, col: 0 }, size)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid("ArrowUp", false, { row: 0, col: 2 }, size)).toEqual({ row: 0, col: 2 });
    expect(moveInGrid("ArrowDown", false, { row: 4, col: 2 }, size)).toEqual({ row: 4, col: 2 });
  });

  it("go to the row's ends with Home/End and the grid's ends with Ctrl", () => {
    expect(moveInGrid("Home", false, { row: 3, col: 4 }, size)).toEqual({ row: 3, col: 0 });
    expect(moveInGrid("End", false, { row: 3, col: 1 }, size)).toEqual({ row: 3, col: 5 });
    expect(moveInGrid("Home", true, { row: 3, col: 4 }, size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid("End", true, { row: 1, col: 1 }, size)).toEqual({ row: 4, col: 5 });
  });

  it("leave other keys (Tab, Enter, letters) to the browser", () => {
    for (const key of ["Tab", "Enter", " ", "a"]) expect(moveInGrid(key, false, { row: 1, col: 1 }, size)).toBeNull();
  });
});
