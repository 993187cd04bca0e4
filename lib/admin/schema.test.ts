import { firstValues } from "@/lib/domain/search-params";
import { readZodMessage } from "@/lib/i18n/message";
import { inEnglish } from "@/tests/support/english";
import { describe, expect, it } from "vitest";
import {
  adminCreateProgrammeSchema,
  createUserSchema,
  deactivateUserSchema,
  institutionSchema,
  listQuerySchema,
  updateUserSchema,
} from "./schema";

const institution = {
  name: "Universiteit van Amsterdam",
  shortName: "UvA",
  country: "Netherlands",
  city: "Amsterdam",
  erasmusCode: "",
  schacCode: "",
};

/** Each field's message, as an English reader sees it. */
function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), inEnglish(readZodMessage(i.message))]));
}

describe("institutionSchema", () => {
  it("accepts an institution without codes and stores empty codes as null", () => {
    const parsed = institutionSchema.parse(institution);
    expect(parsed.erasmusCode).toBeNull();
    expect(parsed.schacCode).toBeNull();
  });

  it("normalises codes: Erasmus upper case, SCHAC lower case, trimmed", () => {
    const parsed = institutionSchema.parse({ ...institution, erasmusCode: " nl amsterd01 ", schacCode: " UvA.NL " });
    expect(parsed.erasmusCode).toBe("NL AMSTERD01");
    expect(parsed.schacCode).toBe("uva.nl");
  });

  it("keeps the padding inside Erasmus codes such as 'D  BERLIN01' and accepts three-digit numbers ('F  PARIS001')", () => {
    expect(institutionSchema.parse({ ...institution, erasmusCode: "D  BERLIN01" }).erasmusCode).toBe("D  BERLIN01");
    expect(institutionSchema.parse({ ...institution, erasmusCode: "F  PARIS001" }).erasmusCode).toBe("F  PARIS001");
    expect(institutionSchema.safeParse({ ...institution, erasmusCode: "F  PARIS0001" }).success).toBe(false);
  });

  it("rejects malformed codes with a message that shows the expected form", () => {
    const result = institutionSchema.safeParse({ ...institution, erasmusCode: "AMSTERDAM", schacCode: "not a domain" });
    const errors = errorsOf(result);
    expect(errors.erasmusCode).toMatch(/NL AMSTERD01/);
    expect(errors.schacCode).toMatch(/uva\.nl/);
  });

  it("requires name, short name, country and city", () => {
    const errors = errorsOf(institutionSchema.safeParse({ name: " ", shortName: "", country: "", city: "" }));
    expect(Object.keys(errors).sort()).toEqual(["city", "country", "name", "shortName"]);
  });

  it("limits the short name to 20 characters", () => {
    expect(errorsOf(institutionSchema.safeParse({ ...institution, shortName: "X".repeat(21) })).shortName).toMatch(/20 characters/);
  });
});

describe("createUserSchema", () => {
  const user = { name: "Ada Admin", email: " Ada@Example.EU ", institutionId: "", password: "correct horse battery" };

  it("lower-cases the email, maps no institution to null and an absent checkbox to false", () => {
    const parsed = createUserSchema.parse(user);
    expect(parsed).toMatchObject({ email: "ada@example.eu", institutionId: null, isPlatformAdmin: false });
  });

  it("reads a ticked checkbox ('on') as true", () => {
    expect(createUserSchema.parse({ ...user, isPlatformAdmin: "on" }).isPlatformAdmin).toBe(true);
  });

  it("needs a password of at least 12 characters", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...user, password: "elevenchars" })).password).toMatch(/at least 12/);
    expect(createUserSchema.safeParse({ ...user, password: "twelve chars" }).success).toBe(true);
  });

  it("refuses passwords with leading or trailing spaces (easy to mistype when shared)", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...user, password: " twelve chars" })).password).toMatch(/spaces/);
  });

  it("rejects an invalid email", () => {
    expect(errorsOf(createUserSchema.safeParse({ ...user, email: "ada" })).email).toMatch(/valid email/);
  });
});

describe("updateUserSchema", () => {
  it("has no password field (passwords change only through a reset)", () => {
    const parsed = updateUserSchema.parse({
      userId: "u1",
      name: "Ada",
      email: "ada@example.eu",
      institutionId: "i1",
      password: "ignored-password",
    });
    expect(parsed).toEqual({
      userId: "u1",
      name: "Ada",
      email: "ada@example.eu",
      institutionId: "i1",
      isPlatformAdmin: false,
      isProgrammeCreator: false,
    });
  });
});

describe("deactivateUserSchema", () => {
  it("requires a reason", () => {
    expect(errorsOf(deactivateUserSchema.safeParse({ userId: "u1", reason: "  " })).reason).toMatch(/why/);
    expect(deactivateUserSchema.parse({ userId: "u1", reason: " Left in May " }).reason).toBe("Left in May");
  });
});

describe("adminCreateProgrammeSchema", () => {
  it("takes a team leader instead of a lead institution", () => {
    const parsed = adminCreateProgrammeSchema.parse({
      leaderId: "u1",
      title: "Joint MC",
      ects: "15",
      eqfLevel: "7",
      deliveryMode: "BLENDED",
      leadInstitutionId: "sent-by-client",
    });
    expect(parsed).toMatchObject({ leaderId: "u1", ects: 15, eqfLevel: 7 });
    expect(parsed).not.toHaveProperty("leadInstitutionId");
    expect(
      errorsOf(adminCreateProgrammeSchema.safeParse({ title: "Joint MC", ects: "15", eqfLevel: "7", deliveryMode: "BLENDED" })).leaderId,
    ).toBeDefined();
  });
});

describe("listQuerySchema", () => {
  it("defaults and repairs malformed query strings instead of failing the page", () => {
    expect(listQuerySchema.parse({})).toEqual({ q: "", page: 1, status: "all" });
    expect(listQuerySchema.parse({ q: "  uva ", page: "3", status: "deactivated" })).toEqual({ q: "uva", page: 3, status: "deactivated" });
    expect(listQuerySchema.parse(firstValues({ q: ["a", "b"], page: "-2", status: "nonsense" }))).toEqual({
      q: "a",
      page: 1,
      status: "all",
    });
    expect(listQuerySchema.parse({ page: "abc" }).page).toBe(1);
  });
});
