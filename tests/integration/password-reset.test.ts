// "Forgot password?" end to end below the browser: the same answer for every address, a link that is
// stored only as a hash and sent by a job that carries only the link's id, one hour of validity,
// single use (also when two requests race), throttling per address and per client, and every session
// of the person ended once the new password is set.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/accounts/actions";
import { requestPasswordReset } from "@/lib/accounts/mutations/password-reset";
import { deriveToken, hashToken } from "@/lib/accounts/tokens";
import { startSession } from "@/lib/auth/mutations";
import { verifyPassword } from "@/lib/auth/password";
import { JOB_SCHEMA } from "@/lib/jobs/queues";
import { deliverEmail, type EmailJob } from "@/lib/mail/mutations";
import { createUser, createWorld, DEMO_PASSWORD, type World } from "@/tests/factories";
import { issueLink } from "@/tests/factories/accounts";
import { callAction, databaseDigest, describeOutcome, renderPage } from "@/tests/support/action-harness";
import { db, resetDatabase } from "@/tests/support/database";
import { startSmtpServer } from "@/tests/support/smtp-server";
import ResetPasswordPage from "@/app/(auth)/reset-password/[token]/page";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

async function emailJobs(): Promise<EmailJob[]> {
  const rows = await db.$queryRawUnsafe<{ data: EmailJob }[]>(
    `SELECT data FROM ${JOB_SCHEMA}.job WHERE name = 'email' ORDER BY created_on`,
  );
  return rows.map((r) => r.data);
}

/** What the page shows for a link: its title (the frame's heading). */
async function pageTitle(token: string): Promise<string> {
  const element = (await ResetPasswordPage({ params: Promise.resolve({ token }) })) as { props: { title: string } };
  return element.props.title;
}

async function reset(token: string, password = "a brand new passphrase", as: { id: string } | null = null) {
  return callAction(resetPasswordAction, { token, newPassword: password, confirmPassword: password }, as);
}

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("asking for a link", () => {
  it("answers a known, an unknown and a deactivated address alike; only the active account gets a link and an e-mail job", async () => {
    const gone = await createUser({ name: "Gone Person", email: "gone@partner-a.test", deactivated: true });
    const answer = async (email: string) => {
      const outcome = await callAction(requestPasswordResetAction, { email }, null);
      expect(outcome.type, describeOutcome(outcome)).toBe("state");
      return describeOutcome(outcome).replaceAll(email, "<email>");
    };
    const known = await answer(world.staffA.email);
    expect(known).toBe(
      "success: If an account uses <email>, a link to choose a new password is on its way there. It works once, within one hour. Nothing after a few minutes? Look in your spam folder, then ask again.",
    );
    expect(await answer("nobody@partner-a.test")).toBe(known);
    expect(await answer(gone.email)).toBe(known);

    const tokens = await db.accountToken.findMany();
    expect(tokens).toEqual([
      expect.objectContaining({ userId: world.staffA.id, purpose: "RESET_PASSWORD", usedAt: null, revokedAt: null }),
    ]);
    const [token] = tokens;
    const validFor = token!.expiresAt.getTime() - token!.createdAt.getTime();
    expect(validFor).toBe(60 * 60 * 1000);
    // The job carries the link's id, never the link: nothing in the queue or the tables can be used as a link.
    expect(await emailJobs()).toEqual([{ template: "passwordReset", key: `reset:${token!.id}`, args: { tokenId: token!.id } }]);
    const link = deriveToken(token!.id);
    expect(token!.tokenHash).toBe(hashToken(link));
    const [queue] = await db.$queryRawUnsafe<{ text: string }[]>(
      `SELECT coalesce(string_agg(data::text, ' '), '') AS text FROM ${JOB_SCHEMA}.job`,
    );
    expect(queue!.text).not.toContain(link);
    expect(JSON.stringify(await db.accountToken.findMany())).not.toContain(link);
  });

  it("sends, through a real SMTP server, a link that works once within the hour (and keeps no copy of it)", async () => {
    const smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    try {
      await callAction(requestPasswordResetAction, { email: world.staffA.email }, null);
      const [job] = await emailJobs();
      expect(await deliverEmail(job!)).toBe("sent");
      const [mail] = await smtp.waitFor(1);
      expect(mail!.subject).toBe("Choose a new password for Consort");
      const link = mail!.text?.match(/http:\/\/localhost:\d+\/reset-password\/([A-Za-z0-9_-]{43})/);
      expect(link, mail!.text).not.toBeNull();
      expect(mail!.text).toContain("The link works once, for one hour.");
      expect(mail!.html).toContain(`href="${link![0]}"`);
      expect(await db.emailMessage.findFirstOrThrow()).toMatchObject({
        transport: "smtp",
        text: "",
        html: "",
        toAddress: world.staffA.email,
      });
      expect(await pageTitle(link![1]!)).toBe("Choose a new password");
    } finally {
      delete process.env.SMTP_URL;
      await smtp.close();
    }
  });

  it("counts per address: the fourth request in an hour is refused with when to try again, and writes nothing", async () => {
    for (const client of ["10.0.0.1", "10.0.0.2", "10.0.0.3"]) {
      expect(await requestPasswordReset(world.staffA.email, client)).toEqual({ outcome: "accepted" });
    }
    const before = await databaseDigest();
    const refused = await requestPasswordReset(world.staffA.email, "10.0.0.4");
    expect(refused.outcome).toBe("throttled");
    expect(await databaseDigest()).toBe(before);
    // The action says when: the oldest request leaves the hour's window in about 60 minutes.
    const outcome = await callAction(requestPasswordResetAction, { email: world.staffA.email }, null);
    expect(outcome).toMatchObject({
      type: "state",
      state: {
        status: "error",
        kind: "forbidden",
        message: "Too many password links have been asked for in the last hour. Try again in 60 minutes.",
      },
    });
    // An unknown address is counted the same way, so the limit says nothing about who has an account.
    for (let i = 0; i < 3; i++) expect((await requestPasswordReset("nobody@partner-a.test", `10.0.1.${i}`)).outcome).toBe("accepted");
    expect((await requestPasswordReset("nobody@partner-a.test", "10.0.1.9")).outcome).toBe("throttled");
    // The addresses typed are not kept: only their hashes are.
    expect(JSON.stringify(await db.rateLimitHit.findMany({ select: { key: true } }))).not.toMatch(/@/);

    // An hour later there is room again.
    await db.rateLimitHit.updateMany({ data: { at: new Date(Date.now() - 61 * 60 * 1000) } });
    expect((await requestPasswordReset(world.staffA.email, "10.0.0.4")).outcome).toBe("accepted");
  });

  it("counts per client address, whatever the addresses asked for", async () => {
    for (let i = 0; i < 20; i++) expect((await requestPasswordReset(`person${i}@somewhere.test`, "192.0.2.7")).outcome).toBe("accepted");
    const refused = await requestPasswordReset(world.staffB.email, "192.0.2.7");
    expect(refused.outcome).toBe("throttled");
    expect(await db.accountToken.count({ where: { userId: world.staffB.id } })).toBe(0);
    expect((await requestPasswordReset(world.staffB.email, "192.0.2.8")).outcome).toBe("accepted");
  });
});

describe("using the link", () => {
  it("sets the password, ends every session of the person, and signs this browser in afresh", async () => {
    const sessions = [await startSession(world.staffA.id), await startSession(world.staffA.id)];
    const { id, token } = await issueLink(world.staffA.id, "RESET_PASSWORD");
    const outcome = await reset(token);
    expect(outcome).toEqual({ type: "redirect", location: "/programmes" });
    const person = await db.user.findUniqueOrThrow({ where: { id: world.staffA.id } });
    expect(await verifyPassword(person.passwordHash!, "a brand new passphrase")).toBe(true);
    expect(await verifyPassword(person.passwordHash!, DEMO_PASSWORD)).toBe(false);
    const ended = await db.userSession.findMany({ where: { id: { in: sessions } } });
    expect(ended.map((s) => s.revokedAt)).toEqual([expect.any(Date), expect.any(Date)]);
    expect((await db.accountToken.findUniqueOrThrow({ where: { id } })).usedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.findFirst({ where: { action: "resetOwnPassword", entityId: world.staffA.id } })).toMatchObject({
      actorId: world.staffA.id,
      after: { passwordChanged: true, sessionsEnded: 2 },
    });
  });

  it("refuses a used, expired, replaced, tampered or wrong-kind link, says why, and changes nothing", async () => {
    const used = await issueLink(world.staffA.id, "RESET_PASSWORD");
    expect((await reset(used.token)).type).toBe("redirect");

    const expired = await issueLink(world.staffB.id, "RESET_PASSWORD");
    await db.accountToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const replaced = await issueLink(world.legalB.id, "RESET_PASSWORD");
    const newest = await issueLink(world.legalB.id, "RESET_PASSWORD");
    const wrongKind = await issueLink(world.outsider.id, "SET_PASSWORD");
    const tampered = `${newest.token.slice(0, -1)}${newest.token.endsWith("A") ? "B" : "A"}`;
    const gone = await createUser({ name: "Gone Later" });
    const ofDeactivated = await issueLink(gone.id, "RESET_PASSWORD");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });

    const cases: [string, string, string][] = [
      [used.token, "This link has already been used", "This link has already been used: each one works once."],
      [expired.token, "This link has expired", "This link has expired: password links work for one hour."],
      [replaced.token, "This link has been replaced", "A newer link was sent after this one"],
      [tampered, "This link does not work", "It may have been cut off or changed on the way."],
      [wrongKind.token, "This link does not work", "It may have been cut off or changed on the way."],
      [ofDeactivated.token, "This link does not work", "It may have been cut off or changed on the way."],
      ["not-a-token", "This link does not work", "It may have been cut off or changed on the way."],
    ];
    const before = await databaseDigest();
    for (const [token, title, said] of cases) {
      expect(await pageTitle(token), token).toBe(title);
      expect((await renderPage(ResetPasswordPage, { token }, null)).type).toBe("state");
      const outcome = await reset(token);
      expect(outcome, token).toMatchObject({ type: "state", state: { status: "error", kind: "conflict" } });
      expect(describeOutcome(outcome)).toContain(said);
    }
    expect(await databaseDigest()).toBe(before);
    // The newest link of the replaced pair still works.
    expect((await reset(newest.token)).type).toBe("redirect");
  });

  it("is single use when two requests race: exactly one sets its password", async () => {
    const { token } = await issueLink(world.staffA.id, "RESET_PASSWORD");
    const outcomes = await Promise.all([reset(token, "first racer's password"), reset(token, "second racer's password")]);
    expect(outcomes.map((o) => o.type).sort()).toEqual(["redirect", "state"]);
    const hash = (await db.user.findUniqueOrThrow({ where: { id: world.staffA.id } })).passwordHash!;
    const matches = await Promise.all([verifyPassword(hash, "first racer's password"), verifyPassword(hash, "second racer's password")]);
    expect(matches.filter(Boolean)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "resetOwnPassword" } })).toBe(1);
  });

  it("asks for the same password rules as the account page", async () => {
    const { token } = await issueLink(world.staffA.id, "RESET_PASSWORD");
    const outcome = await callAction(resetPasswordAction, { token, newPassword: "short", confirmPassword: "shorter" }, null);
    expect(outcome).toMatchObject({ type: "state", state: { status: "error", kind: "invalid" } });
    const fields = (outcome as { state: { fieldErrors?: Record<string, string[]> } }).state.fieldErrors;
    expect(Object.keys(fields ?? {}).sort()).toEqual(["confirmPassword", "newPassword"]);
    // Nothing was used up: the link still works.
    expect((await reset(token)).type).toBe("redirect");
  });
});

afterEach(() => {
  delete process.env.SMTP_URL;
});
