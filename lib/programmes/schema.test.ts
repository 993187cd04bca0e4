import { describe, expect, it } from "vitest";
import { readZodMessage } from "@/lib/i18n/message";
import { inEnglish } from "@/tests/support/english";
import { addMemberSchema, addPartnerSchema, createProgrammeSchema, nameDetailFields, programmeDetailsSchema } from "./schema";

const valid = {
  title: "Urban Water",
  summary: "",
  ects: "15",
  eqfLevel: "7",
  deliveryMode: "BLENDED",
  plannedStart: "2027-09-01",
  leadInstitutionId: "inst-1",
};
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), inEnglish(readZodMessage(issue.message))]));

describe("createProgrammeSchema", () => {
  it("accepts form input and turns it into typed values", () => {
    const result = createProgrammeSchema.parse({ ...valid, title: "  Urban Water  ", ects: "7.5" });
    expect(result).toEqual({
      title: "Urban Water",
      summary: "",
      ects: 7.5,
      eqfLevel: 7,
      deliveryMode: "BLENDED",
      plannedStart: new Date("2027-09-01T00:00:00Z"),
      leadInstitutionId: "inst-1",
    });
  });

  it("keeps the planned start on the chosen calendar day whatever the time zone", () => {
    expect(createProgrammeSchema.parse(valid).plannedStart?.toISOString()).toBe("2027-09-01T00:00:00.000Z");
  });

  it("treats an empty or missing planned start as not yet known", () => {
    expect(createProgrammeSchema.parse({ ...valid, plannedStart: "" }).plannedStart).toBeNull();
    const { plannedStart: _omitted, ...withoutStart } = valid;
    expect(createProgrammeSchema.parse(withoutStart).plannedStart).toBeNull();
  });

  it("defaults the summary to empty", () => {
    const { summary: _omitted, ...withoutSummary } = valid;
    expect(createProgrammeSchema.parse(withoutSummary).summary).toBe("");
  });

  it.each([
    ["title", "ab", "Give the programme a title of at least 3 characters."],
    ["title", "   x   ", "Give the programme a title of at least 3 characters."],
    ["title", "x".repeat(201), "Keep the title under 200 characters."],
    ["summary", "x".repeat(5001), "Keep the summary under 5,000 characters."],
    ["ects", "0", "A micro-credential carries at least 1 ECTS."],
    ["ects", "61", "A micro-credential carries at most 60 ECTS."],
    ["ects", "fifteen", "Enter the workload in ECTS, e.g. 15."],
    ["eqfLevel", "0", "EQF levels run from 1 to 8."],
    ["eqfLevel", "9", "EQF levels run from 1 to 8."],
    ["deliveryMode", "HYBRID", "Choose how the programme is delivered."],
    ["plannedStart", "01/09/2027", "Enter a date like 2027-09-01."],
    ["plannedStart", "2027-02-30", "Enter a date like 2027-09-01."],
    ["leadInstitutionId", "", "Choose one."],
  ])("refuses %s = %j with a message saying what to do", (field, value, message) => {
    const result = createProgrammeSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(errorsOf(result)[field]).toBe(message);
  });

  it("refuses a fractional EQF level", () => {
    expect(createProgrammeSchema.safeParse({ ...valid, eqfLevel: "6.5" }).success).toBe(false);
  });

  it("accepts the boundaries", () => {
    expect(createProgrammeSchema.safeParse({ ...valid, ects: "1", eqfLevel: "1" }).success).toBe(true);
    expect(createProgrammeSchema.safeParse({ ...valid, ects: "60", eqfLevel: "8" }).success).toBe(true);
  });
});

describe("addPartnerSchema", () => {
  it("needs a programme and an institution", () => {
    expect(addPartnerSchema.safeParse({ programmeId: "p", institutionId: "i" }).success).toBe(true);
    expect(errorsOf(addPartnerSchema.safeParse({ programmeId: "p", institutionId: "  " }))).toEqual({ institutionId: "Choose one." });
  });
});

describe("addMemberSchema", () => {
  const member = { programmeId: "p", email: " Ana@Example.TEST ", name: " Ana Alves ", role: "PARTNER_STAFF", institutionId: "i" };

  it("normalises the e-mail address and the name, and defaults services to none", () => {
    expect(addMemberSchema.parse(member)).toEqual({
      programmeId: "p",
      email: "ana@example.test",
      name: "Ana Alves",
      role: "PARTNER_STAFF",
      institutionId: "i",
      services: [],
    });
  });

  it("refuses a task-force member without a service, pointing at the services field", () => {
    expect(errorsOf(addMemberSchema.safeParse({ ...member, role: "TASK_FORCE" }))).toEqual({
      services: "Choose the service(s) this task-force member represents.",
    });
    expect(addMemberSchema.safeParse({ ...member, role: "TASK_FORCE", services: ["LEGAL", "IT"] }).success).toBe(true);
  });

  it("refuses an unknown role, an unknown service and a malformed address", () => {
    expect(errorsOf(addMemberSchema.safeParse({ ...member, role: "OWNER" }))).toEqual({ role: "Choose a role." });
    expect(addMemberSchema.safeParse({ ...member, role: "TASK_FORCE", services: ["LIBRARY"] }).success).toBe(false);
    expect(errorsOf(addMemberSchema.safeParse({ ...member, email: "ana" }))).toEqual({ email: "Enter the person's email address." });
  });

  it("asks for the name every time (whether the address has an account is not revealed)", () => {
    const { name: _name, ...withoutName } = member;
    const message = "Enter the person's name (used if they have no Consort account yet).";
    expect(errorsOf(addMemberSchema.safeParse(withoutName))).toEqual({ name: message });
    expect(errorsOf(addMemberSchema.safeParse({ ...member, name: "   " }))).toEqual({ name: message });
  });
});

describe("programmeDetailsSchema", () => {
  const details = {
    programmeId: "p",
    version: "2",
    title: "Water Data",
    summary: "",
    ects: "7.5",
    eqfLevel: "6",
    deliveryMode: "ONLINE",
    plannedStart: "",
    status: "APPROVAL",
  };

  it("takes the creation fields without the lead institution, plus the phase and the version", () => {
    expect(programmeDetailsSchema.parse(details)).toEqual({ ...details, version: 2, ects: 7.5, eqfLevel: 6, plannedStart: null });
  });

  it("offers the four working phases and leaves archiving to administrators", () => {
    for (const status of ["DESIGN", "DEVELOPMENT", "APPROVAL", "DELIVERY"])
      expect(programmeDetailsSchema.safeParse({ ...details, status }).success).toBe(true);
    expect(errorsOf(programmeDetailsSchema.safeParse({ ...details, status: "ARCHIVED" }))).toEqual({
      status: "Choose the phase the programme is in.",
    });
  });

  it("refuses a form without its version, asking for a reload", () => {
    expect(errorsOf(programmeDetailsSchema.safeParse({ ...details, version: "" }))).toEqual({ version: "Reload the page and try again." });
  });
});

describe("nameDetailFields", () => {
  it("names changed fields as people say them", () => {
    expect(nameDetailFields(["status"], inEnglish, "en-GB")).toBe("phase");
    expect(nameDetailFields(["title", "ects", "status"], inEnglish, "en-GB")).toBe("title, workload and phase");
    expect(nameDetailFields([], inEnglish, "en-GB")).toBe("details");
  });

  it("names them in the reader's language, with that language's list", () => {
    const german = (message: { key: string }) =>
      ({ "programmes.detailField.title": "Titel", "programmes.detailField.status": "Phase" })[message.key] ?? "?";
    expect(nameDetailFields(["title", "status"], german, "de-DE")).toBe("Titel und Phase");
  });
});
