import { describe, expect, it } from "vitest";
import { toMatrixRows } from "./tracker-view";

describe("tracker matrix cells", () => {
  it("shows an overdue due date the way every other page shows a day", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const [row] = toMatrixRows(
      [
        {
          institutionId: "i1",
          name: "Partner A University",
          shortName: "PA",
          country: "Spain",
          isLead: false,
          archived: false,
          cells: [
            {
              id: "e1",
              institutionId: "i1",
              service: "LEGAL",
              stage: "CONTACTED",
              blockedFromStage: null,
              stageReason: null,
              contactName: null,
              ownerName: null,
              dueDate: new Date("2026-11-24T00:00:00Z"),
              lastActivityAt: now,
            },
          ],
        },
      ],
      30,
      now,
    );
    expect(row?.cells[0]?.overdueSince).toBe("24 Nov 2026");
  });
});
