import { describe, expect, it } from "vitest";
import { readZodMessage } from "@/lib/i18n/message";
import { inEnglish } from "@/tests/support/english";
import { mayCreateAccountAt, startingLocale } from "./new-accounts";
import { forgotPasswordSchema, newPasswordSchema } from "./schema";

const firstError = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) => {
  const issue = result.error?.issues[0];
  return issue ? { field: issue.path.join("."), said: inEnglish(readZodMessage(issue.message)) } : null;
};

describe("forgot password", () => {
  it("takes an address as people type it, and refuses what is not one", () => {
    expect(forgotPasswordSchema.parse({ email: "  Lea.Leader@Uni.EU " })).toEqual({ email: "lea.leader@uni.eu" });
    expect(firstError(forgotPasswordSchema.safeParse({ email: "lea" }))).toEqual({
      field: "email",
      said: "Enter the email address you sign in with, like name@university.eu.",
    });
    expect(forgotPasswordSchema.safeParse({}).success).toBe(false);
    expect(forgotPasswordSchema.safeParse({ email: `${"a".repeat(200)}@uni.eu` }).success).toBe(false);
  });
});

describe("a new password through a link", () => {
  const token = "t".repeat(43);

  it("follows the account page's rules and must be typed twice alike", () => {
    expect(newPasswordSchema.parse({ token, newPassword: "a long passphrase", confirmPassword: "a long passphrase" })).toMatchObject({
      newPassword: "a long passphrase",
    });
    expect(firstError(newPasswordSchema.safeParse({ token, newPassword: "short", confirmPassword: "short" }))?.field).toBe("newPassword");
    expect(
      firstError(newPasswordSchema.safeParse({ token, newPassword: "a long passphrase", confirmPassword: "a long passphrasE" })),
    ).toEqual({
      field: "confirmPassword",
      said: "Type the same new password twice.",
    });
    expect(
      firstError(newPasswordSchema.safeParse({ token, newPassword: " a long passphrase", confirmPassword: " a long passphrase" }))?.field,
    ).toBe("newPassword");
  });

  it("needs the link's token", () => {
    expect(
      firstError(newPasswordSchema.safeParse({ token: "", newPassword: "a long passphrase", confirmPassword: "a long passphrase" })),
    ).toEqual({
      field: "token",
      said: "This form has lost its link. Open the link in the email again.",
    });
  });
});

describe("new accounts made by inviting", () => {
  it("are made at one's own institution, or anywhere by a platform admin", () => {
    expect(mayCreateAccountAt({ institutionId: "a", isPlatformAdmin: false }, "a")).toBe(true);
    expect(mayCreateAccountAt({ institutionId: "a", isPlatformAdmin: false }, "b")).toBe(false);
    expect(mayCreateAccountAt({ institutionId: null, isPlatformAdmin: true }, "b")).toBe(true);
  });

  it("start in the inviter's language, never in the pseudo-locale", () => {
    expect(startingLocale("pl")).toBe("pl");
    expect(startingLocale("en-XA")).toBeNull();
  });
});
