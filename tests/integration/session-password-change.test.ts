// "Your account" → Password, through the real server action: the current password is required and
// counted like a sign-in, the new one follows the admin rules, and other sessions end.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction } from "@/lib/auth/actions";
import { startSession } from "@/lib/auth/mutations";
import { verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/throttle";
import { createUser, DEMO_PASSWORD } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { actAs } from "@/tests/support/session-mock";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const change = (input: Record<string, unknown>) => changePasswordAction(undefined, input);
const NEW = "a much better password 2026";

async function passwordOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash!;
}

describe("changing your own password", () => {
  beforeEach(resetDatabase);

  it("sets the new password, ends the person's sessions and writes an audit row", async () => {
    const person = await createUser();
    const elsewhere = await startSession(person.id);
    actAs(person);
    const result = await change({ currentPassword: DEMO_PASSWORD, newPassword: NEW, confirmPassword: NEW });
    expect(result).toMatchObject({ status: "success", message: expect.stringContaining("every other browser has been signed out") });
    expect(await verifyPassword(await passwordOf(person.id), NEW)).toBe(true);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: elsewhere } })).revokedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "changeOwnPassword", actorId: person.id } })).toBe(1);
  });

  it("refuses a wrong current password beside that field, changes nothing, and counts it as a failed sign-in", async () => {
    const person = await createUser();
    const before = await passwordOf(person.id);
    actAs(person);
    const result = await change({ currentPassword: "not my password", newPassword: NEW, confirmPassword: NEW });
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { currentPassword: [expect.stringContaining("not your current password")] },
    });
    expect(await passwordOf(person.id)).toBe(before);
    expect(await db.signInAttempt.count({ where: { email: person.email, succeeded: false } })).toBe(1);
  });

  it("stops guessing the current password after five wrong tries, even with the right one", async () => {
    const person = await createUser();
    actAs(person);
    for (let n = 0; n < MAX_FAILURES_PER_ACCOUNT; n++)
      await change({ currentPassword: `guess ${n}`, newPassword: NEW, confirmPassword: NEW });
    const result = await change({ currentPassword: DEMO_PASSWORD, newPassword: NEW, confirmPassword: NEW });
    expect(result).toMatchObject({ status: "error", message: expect.stringContaining("Too many failed sign-ins") });
    expect(await verifyPassword(await passwordOf(person.id), DEMO_PASSWORD)).toBe(true);
  });

  it.each([
    [{ currentPassword: "", newPassword: NEW, confirmPassword: NEW }, "currentPassword", "Enter your current password."],
    [{ currentPassword: DEMO_PASSWORD, newPassword: "short", confirmPassword: "short" }, "newPassword", "Use at least 12 characters."],
    [
      { currentPassword: DEMO_PASSWORD, newPassword: NEW, confirmPassword: `${NEW}!` },
      "confirmPassword",
      "Type the same new password twice.",
    ],
    [{ currentPassword: DEMO_PASSWORD, newPassword: ` ${NEW}`, confirmPassword: ` ${NEW}` }, "newPassword", "Remove the spaces"],
    [
      { currentPassword: "consort-demo-12", newPassword: "consort-demo-12", confirmPassword: "consort-demo-12" },
      "newPassword",
      "different from your current one",
    ],
  ])("explains what to fix: %j", async (input, field, message) => {
    const person = await createUser();
    actAs(person);
    const result = await change(input);
    expect(result).toMatchObject({ status: "error", kind: "invalid", fieldErrors: { [field]: [expect.stringContaining(message)] } });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("asks an anonymous caller to sign in", async () => {
    actAs(null);
    expect(await change({ currentPassword: DEMO_PASSWORD, newPassword: NEW, confirmPassword: NEW })).toMatchObject({
      kind: "unauthenticated",
    });
  });
});
