import { describe, expect, it } from "vitest";
import { calendarDay } from "./calendar-day";

describe("calendarDay", () => {
  const day = calendarDay("Enter a date like 2027-03-01.");

  it("takes days PostgreSQL can store", () => {
    for (const value of ["2027-03-01", "0001-01-01", "9999-12-31", "2028-02-29"]) expect(day.safeParse(value).success).toBe(true);
  });

  it("refuses year 0000 and malformed days with the field's message", () => {
    for (const value of ["0000-01-01", "2027-02-30", "27-03-01", "2027-3-1", ""]) {
      const result = day.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Enter a date like 2027-03-01.");
    }
  });
});

describe("every date field refuses year 0000 (fuzzing once saved one into a 500)", async () => {
  const { logAdviceSchema } = await import("@/lib/advice/schema");
  const { updateEngagementDetailsSchema } = await import("@/lib/engagements/schema");
  const { issueFieldsSchema } = await import("@/lib/board/schema");
  const { createProgrammeSchema } = await import("@/lib/programmes/schema");
  const fieldErrors = (
    schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
    input: object,
  ) => (schema.safeParse(input).error?.issues ?? []).map((issue) => issue.path.join("."));

  it.each([
    ["advice givenOn", logAdviceSchema, "givenOn"],
    ["engagement dueDate", updateEngagementDetailsSchema, "dueDate"],
    ["board issue dueDate", issueFieldsSchema, "dueDate"],
    ["programme plannedStart", createProgrammeSchema, "plannedStart"],
  ] as const)("%s", (_, schema, field) => {
    expect(fieldErrors(schema, { [field]: "0000-01-01" })).toContain(field);
    expect(fieldErrors(schema, { [field]: "2026-01-01" })).not.toContain(field);
  });
});
