import { describe, expect, it } from "vitest";
import { readZodMessage } from "@/lib/i18n/message";
import { inEnglish } from "@/tests/support/english";
import { signInSchema } from "./sign-in-schema";

describe("signInSchema", () => {
  it("trims and lower-cases the address, so the account and its throttle match however it is typed", () => {
    expect(signInSchema.parse({ email: "  Leader@Consort.TEST ", password: "consort-demo" })).toEqual({
      email: "leader@consort.test",
      password: "consort-demo",
    });
  });

  it("keeps the password exactly as typed, spaces included", () => {
    expect(signInSchema.parse({ email: "a@b.test", password: " pass word " }).password).toBe(" pass word ");
  });

  it.each([
    [{ email: "", password: "x" }, "Enter the email address you were invited with."],
    [{ email: "leader", password: "x" }, "Enter the email address you were invited with."],
    [{ email: "leader@consort.test", password: "" }, "Enter your password."],
    [{ email: "leader@consort.test", password: "x".repeat(201) }, "That password is too long."],
  ])("refuses %j with a message saying what to do", (input, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(inEnglish(readZodMessage(result.error?.issues[0]?.message ?? ""))).toBe(message);
  });

  it("refuses missing fields (a request not sent by the form)", () => {
    expect(signInSchema.safeParse({}).success).toBe(false);
    expect(signInSchema.safeParse({ email: null, password: null }).success).toBe(false);
  });

  it("accepts a 200-character password", () => {
    expect(signInSchema.safeParse({ email: "a@b.test", password: "x".repeat(200) }).success).toBe(true);
  });
});
