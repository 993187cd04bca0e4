import { describe, expect, it } from "vitest";
import { describeChanges, formatAuditValue, humanize, referencedIds } from "./format";
import { parseAuditFilters } from "./schema";

describe("audit formatting", () => {
  it("turns identifiers into words", () => {
    expect(humanize("moveEngagement")).toBe("Move engagement");
    expect(humanize("ProgrammePartner")).toBe("Programme partner");
    expect(humanize("blockedFromStage")).toBe("Blocked from stage");
  });

  it("shows only the fields that changed, in readable values", () => {
    const changes = describeChanges(
      { stage: "CONTACTED", blockedFromStage: null, version: 1, dueDate: "2026-12-01T00:00:00.000Z", same: "x" },
      {
        stage: "IN_CONSULTATION",
        blockedFromStage: null,
        version: 2,
        note: "Called the office",
        same: "x",
        services: ["LEGAL", "IT_SYSTEMS"],
      },
    );
    expect(changes).toEqual([
      { field: "stage", label: "Stage", from: "Contacted", to: "In consultation" },
      { field: "version", label: "Version", from: "1", to: "2" },
      { field: "dueDate", label: "Due date", from: "1 Dec 2026", to: "—" },
      { field: "note", label: "Note", from: "—", to: "Called the office" },
      { field: "services", label: "Services", from: "—", to: "Legal, It systems" },
    ]);
  });

  it("shows referenced ids by name and drops the 'id' from the field label", () => {
    const names = new Map([
      ["u1", "Ana Staff"],
      ["i1", "Partner A University"],
      ["LEGAL", "Legal"],
    ]);
    expect(describeChanges({}, { userId: "u1", institutionId: "i1", services: ["LEGAL"], ownerId: "gone" }, names)).toEqual([
      { field: "userId", label: "User", from: "—", to: "Ana Staff" },
      { field: "institutionId", label: "Institution", from: "—", to: "Partner A University" },
      { field: "services", label: "Services", from: "—", to: "Legal" },
      { field: "ownerId", label: "Owner", from: "—", to: "gone" },
    ]);
    expect(referencedIds({ userId: "u1", assigneeIds: ["u2"], title: "x" }, null, { institutionId: "i1" })).toEqual(["u1", "u2", "i1"]);
  });

  it("shows calendar days as days and moments in the reader's zone, never as raw ISO strings", () => {
    const warsaw = { timeZone: "Europe/Warsaw" };
    expect(
      describeChanges(
        { dueDate: "2026-12-01T00:00:00.000Z", archivedAt: null },
        { dueDate: "2026-12-24", archivedAt: "2026-11-24T23:30:00.000Z" },
        undefined,
        warsaw,
      ),
    ).toEqual([
      { field: "dueDate", label: "Due date", from: "1 Dec 2026", to: "24 Dec 2026" },
      { field: "archivedAt", label: "Archived at", from: "—", to: "25 Nov 2026, 00:30 CET" },
    ]);
    expect(formatAuditValue("2026-11-24T23:30:00.000Z")).toBe("24 Nov 2026, 23:30 UTC");
  });

  it("copes with rows that have no before or after", () => {
    expect(describeChanges(null, { title: "New" })).toEqual([{ field: "title", label: "Title", from: "—", to: "New" }]);
    expect(describeChanges(undefined, undefined)).toEqual([]);
    expect(formatAuditValue(true)).toBe("Yes");
    expect(formatAuditValue("x".repeat(400))).toHaveLength(301);
  });

  it("drops invalid filters with a message instead of failing the page", () => {
    const { filters, problems } = parseAuditFilters({ from: "31/12/2026", to: "2026-12-31", page: "-4", action: ["moveEngagement", "x"] });
    expect(filters).toEqual({ from: undefined, to: "2026-12-31", page: 1, action: "moveEngagement", actor: undefined, entity: undefined });
    expect(problems).toEqual(["From: Enter a date as YYYY-MM-DD. That filter was ignored."]);
    expect(parseAuditFilters({ from: "2026-12-31", to: "2026-01-01" }).filters).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });
});
