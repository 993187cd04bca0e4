// Adding a person to a programme is an invitation: a new address gets an account without a password
// and an e-mail with a seven-day link to choose one and join; an existing account gets a notification
// and answers on /invitations. The membership is made only when the person accepts. The team leader
// re-sends and withdraws from People; a platform admin invites a user they create without a password.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  acceptInvitationAction,
  acceptWelcomeAction,
  declineInvitationAction,
  resendInvitationAction,
  revokeInvitationAction,
  sendAccountInvitationAction,
} from "@/lib/accounts/actions";
import { getWelcomeLink, listMyInvitations, listProgrammeInvitations } from "@/lib/accounts/data";
import { inviteByEmail } from "@/lib/accounts/mutations/invitations";
import { deriveToken, hashToken } from "@/lib/accounts/tokens";
import { createUserAction } from "@/lib/admin/actions";
import { verifyPassword } from "@/lib/auth/password";
import { JOB_SCHEMA } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { deliverEmail, type EmailJob } from "@/lib/mail/mutations";
import type { NotificationEvent } from "@/lib/notifications/events";
import { addMemberAction } from "@/lib/programmes/actions";
import { createUser, createWorld, type World } from "@/tests/factories";
import { createInvitation, createPasswordlessUser, issueLink } from "@/tests/factories/accounts";
import { callAction, databaseDigest, describeOutcome, renderPage, type Outcome } from "@/tests/support/action-harness";
import { db, resetDatabase } from "@/tests/support/database";
import { startSmtpServer } from "@/tests/support/smtp-server";
import WelcomePage from "@/app/(auth)/welcome/[token]/page";
import InvitationPage from "@/app/(app)/invitations/[invitationId]/page";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

async function jobs<T>(queue: "email" | "notify"): Promise<T[]> {
  const rows = await db.$queryRawUnsafe<{ data: T }[]>(`SELECT data FROM ${JOB_SCHEMA}.job WHERE name = $1 ORDER BY created_on`, queue);
  return rows.map((r) => r.data);
}
const emailJobs = () => jobs<EmailJob>("email");
const notifyJobs = () => jobs<NotificationEvent>("notify");

const state = (outcome: Outcome) => (outcome.type === "state" ? outcome.state : undefined);

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

/** The team leader adds `email` (named `name`) as partner staff acting for `institutionId`. */
function invite(email: string, institutionId: string, as: { id: string } = world.leader, name = "Typed Name") {
  return callAction(addMemberAction, { programmeId: world.programme.id, email, name, role: "PARTNER_STAFF", institutionId }, as);
}

/** The frame title of the welcome page for a link, as `as` opens it. */
async function welcomeTitle(token: string, as: { id: string } | null = null): Promise<string> {
  const { actAs } = await import("@/tests/support/session-mock");
  actAs(as);
  const element = (await WelcomePage({ params: Promise.resolve({ token }) })) as { props: { title: string } };
  return element.props.title;
}

function setPassword(token: string, password = "my first passphrase") {
  return callAction(acceptWelcomeAction, { token, newPassword: password, confirmPassword: password }, null);
}

describe("inviting a new address", () => {
  it("creates an account without a password, an invitation valid 7 days and an e-mail job with only ids; nobody joins yet", async () => {
    const outcome = await invite("nova.new@lead.test", world.lead.id, world.leader, "Nova New");
    expect(describeOutcome(outcome)).toBe(
      "success: Invitation sent to nova.new@lead.test. They join as partner staff when they accept it; it is valid for 7 days and listed under Pending invitations on the People page until then.",
    );
    const nova = await db.user.findUniqueOrThrow({ where: { email: "nova.new@lead.test" } });
    expect(nova).toMatchObject({ name: "Nova New", passwordHash: null, institutionId: world.lead.id, locale: "en" });
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: nova.id } });
    expect(invitation).toMatchObject({
      programmeId: world.programme.id,
      role: "PARTNER_STAFF",
      invitedById: world.leader.id,
      acceptedAt: null,
    });
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(WEEK_MS);
    const token = await db.accountToken.findFirstOrThrow({ where: { userId: nova.id } });
    expect(token).toMatchObject({ purpose: "SET_PASSWORD", usedAt: null, revokedAt: null });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBe(WEEK_MS);
    expect(await emailJobs()).toEqual([
      { template: "invitation", key: `invitation:${invitation.id}:${token.id}`, args: { invitationId: invitation.id, tokenId: token.id } },
    ]);
    expect(await notifyJobs()).toEqual([]);
    expect(await db.membership.count({ where: { userId: nova.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "inviteMember", entityId: invitation.id } })).toMatchObject({
      actorId: world.leader.id,
      programmeId: world.programme.id,
    });
    // Only the hash of the link is stored.
    expect(token.tokenHash).toBe(hashToken(deriveToken(token.id)));
    expect(JSON.stringify(await db.accountToken.findMany())).not.toContain(deriveToken(token.id));
  });

  it("follows the whole path: a worker e-mails the link over SMTP; the link's page welcomes them; a password joins and signs them in", async () => {
    const smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    let worker: RunningWorker | undefined;
    try {
      await invite("nova.new@lead.test", world.lead.id, world.leader, "Nova New");
      worker = await startWorker(process.env.DATABASE_URL!, () => {});
      const [mail] = await smtp.waitFor(1);
      expect(mail!.subject).toBe("Lea Leader invited you to Joint Programme");
      expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.text).toBe("nova.new@lead.test");
      expect(mail!.text).toContain("Hello Nova New,");
      expect(mail!.text).toContain(
        "Lea Leader (Lead University) invited you to the joint programme “Joint Programme” on Consort, as partner staff for Lead University.",
      );
      expect(mail!.text).toContain("The link works once and is valid for 7 days. If it has expired, ask Lea Leader to send a new one.");
      const link = mail!.text?.match(/http:\/\/localhost:\d+\/welcome\/([A-Za-z0-9_-]{43})/);
      expect(link, mail!.text).not.toBeNull();
      expect(mail!.html).toContain(`href="${link![0]}"`);
      const token = link![1]!;

      expect(await welcomeTitle(token)).toBe("Welcome to Joint Programme");
      const welcome = await getWelcomeLink(token);
      expect(welcome).toMatchObject({
        problem: null,
        user: { name: "Nova New", email: "nova.new@lead.test" },
        invitations: [expect.objectContaining({ role: "PARTNER_STAFF", programme: { id: world.programme.id, title: "Joint Programme" } })],
      });

      const outcome = await setPassword(token);
      expect(outcome).toEqual({ type: "redirect", location: `/programmes/${world.programme.id}` });
      const nova = await db.user.findUniqueOrThrow({ where: { email: "nova.new@lead.test" } });
      expect(await verifyPassword(nova.passwordHash!, "my first passphrase")).toBe(true);
      expect(await db.membership.findMany({ where: { userId: nova.id }, select: { role: true, institutionId: true } })).toEqual([
        { role: "PARTNER_STAFF", institutionId: world.lead.id },
      ]);
      expect((await db.invitation.findFirstOrThrow({ where: { userId: nova.id } })).acceptedAt).toBeInstanceOf(Date);
      const audit = await db.auditLog.findMany({ where: { actorId: nova.id }, orderBy: { id: "asc" }, select: { action: true } });
      expect(audit.map((a) => a.action)).toEqual(["addMember", "acceptInvitation", "setFirstPassword"]);

      // The link is used up.
      expect(await welcomeTitle(token)).toBe("This link has already been used");
      expect(describeOutcome(await setPassword(token, "another passphrase"))).toContain(
        "This link has already been used to set your password",
      );
    } finally {
      await worker?.stop();
      delete process.env.SMTP_URL;
      await smtp.close();
    }
  });

  it("writes the e-mail in the new person's language: the one the inviter used", async () => {
    await db.user.update({ where: { id: world.leader.id }, data: { locale: "de" } });
    await invite("neu@lead.test", world.lead.id);
    expect((await db.user.findUniqueOrThrow({ where: { email: "neu@lead.test" } })).locale).toBe("de");
    const [job] = await emailJobs();
    expect(await deliverEmail(job!)).toBe("sent");
    const message = await db.emailMessage.findFirstOrThrow();
    expect(message.subject).toBe("Lea Leader lädt Sie zu Joint Programme ein");
    expect(message.text).toContain("mit der Rolle „Partnerpersonal“ für Lead University");
  });
});

describe("inviting an existing account", () => {
  it("sends no link: a notification job instead; the adder hears the same words as for a new address", async () => {
    await createUser({ name: "Colleague", email: "colleague@lead.test", institutionId: world.lead.id });
    const known = describeOutcome(await invite("colleague@lead.test", world.lead.id)).replace("colleague@lead.test", "<email>");
    const unknown = describeOutcome(await invite("newcomer@lead.test", world.lead.id)).replace("newcomer@lead.test", "<email>");
    expect(known).toBe(unknown);
    const colleague = await db.user.findUniqueOrThrow({ where: { email: "colleague@lead.test" } });
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: colleague.id } });
    expect(await notifyJobs()).toEqual([{ type: "invited", invitationId: invitation.id, actorId: world.leader.id }]);
    expect(await db.accountToken.count({ where: { userId: colleague.id } })).toBe(0);
    expect((await emailJobs()).map((j) => j.template)).toEqual(["invitation"]); // the newcomer's only
    expect(await db.membership.count({ where: { userId: colleague.id } })).toBe(0);
  });

  it("joins when they accept on /invitations (audited), and is taken to the programme", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    const [mine] = await listMyInvitations(world.outsider.id);
    expect(mine).toMatchObject({ role: "PARTNER_STAFF", programme: { title: "Joint Programme" }, invitedBy: { name: "Lea Leader" } });
    const outcome = await callAction(acceptInvitationAction, { invitationId: mine!.id }, world.outsider);
    expect(outcome).toEqual({ type: "redirect", location: `/programmes/${world.programme.id}` });
    expect(
      await db.membership.count({ where: { programmeId: world.programme.id, userId: world.outsider.id, role: "PARTNER_STAFF" } }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { action: "acceptInvitation", actorId: world.outsider.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "addMember", actorId: world.outsider.id, programmeId: world.programme.id } })).toBe(
      1,
    );
    expect(await listMyInvitations(world.outsider.id)).toEqual([]);
    // Accepting again says so and changes nothing.
    const before = await databaseDigest();
    expect(describeOutcome(await callAction(acceptInvitationAction, { invitationId: mine!.id }, world.outsider))).toBe(
      "error/conflict: You have already accepted this invitation: Joint Programme is among your programmes.",
    );
    expect(await databaseDigest()).toBe(before);
  });

  it("declining is recorded, makes no membership, and the team leader sees it on People", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    const [mine] = await listMyInvitations(world.outsider.id);
    // Then the invitation's own page says it was declined.
    expect(await callAction(declineInvitationAction, { invitationId: mine!.id }, world.outsider)).toEqual({
      type: "redirect",
      location: `/invitations/${mine!.id}`,
    });
    expect(await db.membership.count({ where: { programmeId: world.programme.id, userId: world.outsider.id } })).toBe(0);
    const [shown] = await listProgrammeInvitations(world.programme.id);
    expect(shown).toMatchObject({ user: { name: "Otto Outsider" }, declinedAt: expect.any(Date) });
    expect(await db.auditLog.count({ where: { action: "declineInvitation", actorId: world.outsider.id } })).toBe(1);
    expect(describeOutcome(await callAction(acceptInvitationAction, { invitationId: mine!.id }, world.outsider))).toContain(
      "You have declined this invitation.",
    );
  });
});

describe("answers that cannot be given", () => {
  it("someone else's invitation is not found for them, and its page says it is not for this account (HTTP 200, nothing changed)", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    const [theirs] = await listMyInvitations(world.outsider.id);
    const before = await databaseDigest();
    for (const action of [acceptInvitationAction, declineInvitationAction]) {
      expect(describeOutcome(await callAction(action, { invitationId: theirs!.id }, world.staffA))).toBe(
        "error/not_found: This invitation is not for the account you are signed in with.",
      );
    }
    expect(await databaseDigest()).toBe(before);
    expect(await renderPage(InvitationPage, { invitationId: theirs!.id }, world.staffA)).toEqual({
      type: "state",
      state: { status: "rendered" },
    });
  });

  it("an expired or withdrawn invitation says who to ask, and changes nothing", async () => {
    const expired = await createInvitation({
      programmeId: world.programme.id,
      userId: world.outsider.id,
      invitedById: world.leader.id,
      institutionId: world.partnerA.id,
      expiresIn: -1000,
    });
    const before = await databaseDigest();
    expect(describeOutcome(await callAction(acceptInvitationAction, { invitationId: expired.id }, world.outsider))).toBe(
      "error/conflict: This invitation has expired. Ask Lea Leader to send a new one.",
    );
    expect(await databaseDigest()).toBe(before);

    const withdrawn = await createInvitation({
      programmeId: world.programme.id,
      userId: world.outsider.id,
      invitedById: world.leader.id,
      institutionId: world.partnerA.id,
      role: "TASK_FORCE",
      services: ["IT"],
    });
    expect(state(await callAction(revokeInvitationAction, { invitationId: withdrawn.id }, world.leader))?.status).toBe("success");
    expect(describeOutcome(await callAction(acceptInvitationAction, { invitationId: withdrawn.id }, world.outsider))).toBe(
      "error/conflict: Lea Leader has withdrawn this invitation, so it can no longer be accepted.",
    );
  });

  it("two accepts at once make one membership", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    const [mine] = await listMyInvitations(world.outsider.id);
    const outcomes = await Promise.all([1, 2, 3].map(() => callAction(acceptInvitationAction, { invitationId: mine!.id }, world.outsider)));
    expect(outcomes.filter((o) => o.type === "redirect")).toHaveLength(1);
    expect(outcomes.filter((o) => state(o)?.kind === "conflict")).toHaveLength(2);
    expect(await db.membership.count({ where: { programmeId: world.programme.id, userId: world.outsider.id } })).toBe(1);
  });
});

describe("the welcome link", () => {
  it("refuses expired, replaced, tampered and wrong-kind links, saying whom to ask; nothing changes", async () => {
    const invitee = await createPasswordlessUser({ institutionId: world.lead.id });
    await createInvitation({
      programmeId: world.programme.id,
      userId: invitee.id,
      invitedById: world.leader.id,
      institutionId: world.lead.id,
    });
    const old = await issueLink(invitee.id, "SET_PASSWORD");
    const current = await issueLink(invitee.id, "SET_PASSWORD");
    const expired = await issueLink((await createPasswordlessUser()).id, "SET_PASSWORD");
    await db.accountToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const resetKind = await issueLink(world.staffA.id, "RESET_PASSWORD");
    const before = await databaseDigest();
    const cases: [string, string, string][] = [
      [
        old.token,
        "This link no longer works",
        "A newer invitation was sent to you, or this one was withdrawn. Use the link in the most recent email, or ask Lea Leader to send a new one.",
      ],
      [
        expired.token,
        "This link has expired",
        "This link has expired: invitation links work for 7 days. Ask the person who invited you to send you a new one.",
      ],
      [`${current.token.slice(0, 40)}xyz`, "This link does not work", "ask the person who invited you to send a new one."],
      [resetKind.token, "This link does not work", "It may have been cut off or changed on the way."],
    ];
    for (const [token, title, said] of cases) {
      expect(await welcomeTitle(token), token).toBe(title);
      expect((await renderPage(WelcomePage, { token }, null)).type).toBe("state");
      const outcome = await setPassword(token);
      expect(state(outcome)).toMatchObject({ status: "error", kind: "conflict" });
      expect(describeOutcome(outcome)).toContain(said);
    }
    expect(await databaseDigest()).toBe(before);
    expect((await setPassword(current.token)).type).toBe("redirect");
  });

  it("opened while someone else is signed in: a page saying so, with a way to sign out", async () => {
    await invite("nova.new@lead.test", world.lead.id);
    const [job] = await emailJobs();
    const token = deriveToken((job as Extract<EmailJob, { template: "invitation" }>).args.tokenId);
    expect(await welcomeTitle(token, world.staffA)).toBe("This invitation is for someone else");
    expect(await welcomeTitle(token, null)).toBe("Welcome to Joint Programme");
  });

  it("two uses at once: one sets the password and joins, the other is refused", async () => {
    const invitee = await createPasswordlessUser({ institutionId: world.lead.id });
    await createInvitation({
      programmeId: world.programme.id,
      userId: invitee.id,
      invitedById: world.leader.id,
      institutionId: world.lead.id,
    });
    const { token } = await issueLink(invitee.id, "SET_PASSWORD");
    const outcomes = await Promise.all([setPassword(token, "first racer's password"), setPassword(token, "second racer's password")]);
    expect(outcomes.map((o) => o.type).sort()).toEqual(["redirect", "state"]);
    expect(await db.membership.count({ where: { userId: invitee.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "setFirstPassword", entityId: invitee.id } })).toBe(1);
  });

  it("never overwrites a password set meanwhile (by an admin, say): the link stops working", async () => {
    const invitee = await createPasswordlessUser({ institutionId: world.lead.id });
    const { token } = await issueLink(invitee.id, "SET_PASSWORD");
    const { resetUserPassword } = await import("@/lib/admin/mutations");
    await resetUserPassword(world.admin.id, invitee.id, "set by the admin");
    expect(await welcomeTitle(token)).toBe("This link no longer works");
    expect(state(await setPassword(token))?.kind).toBe("conflict");
    const hash = (await db.user.findUniqueOrThrow({ where: { id: invitee.id } })).passwordHash!;
    expect(await verifyPassword(hash, "set by the admin")).toBe(true);
  });
});

describe("following up from People", () => {
  it("re-sending after expiry renews it for 7 days with a new link; the old link stops working", async () => {
    await invite("nova.new@lead.test", world.lead.id);
    const invitation = await db.invitation.findFirstOrThrow();
    const [firstJob] = await emailJobs();
    const firstToken = deriveToken((firstJob as Extract<EmailJob, { template: "invitation" }>).args.tokenId);
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await listProgrammeInvitations(world.programme.id))[0]?.expiresAt.getTime()).toBeLessThan(Date.now());

    expect(describeOutcome(await callAction(resendInvitationAction, { invitationId: invitation.id }, world.leader))).toBe(
      "success: Invitation sent again to nova.new@lead.test. It is valid for another 7 days; the link in an earlier invitation no longer works.",
    );
    const renewed = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + WEEK_MS - 60_000);
    const jobsNow = await emailJobs();
    expect(jobsNow).toHaveLength(2);
    const secondToken = deriveToken((jobsNow[1] as Extract<EmailJob, { template: "invitation" }>).args.tokenId);
    expect((await getWelcomeLink(firstToken)).problem).toBe("replaced");
    expect((await getWelcomeLink(secondToken)).problem).toBeNull();
    // The first e-mail, should its job run only now, has nothing to send any more.
    expect(await deliverEmail(firstJob!)).toBe("nothing-to-send");
    expect(await db.auditLog.count({ where: { action: "resendInvitation", entityId: invitation.id } })).toBe(1);
  });

  it("re-sending to an existing account notifies them again", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    const invitation = await db.invitation.findFirstOrThrow();
    await callAction(resendInvitationAction, { invitationId: invitation.id }, world.leader);
    expect(await notifyJobs()).toEqual([
      { type: "invited", invitationId: invitation.id, actorId: world.leader.id },
      { type: "invited", invitationId: invitation.id, actorId: world.leader.id },
    ]);
  });

  it("withdrawing ends the invitation and, for a new account, its link", async () => {
    await invite("nova.new@lead.test", world.lead.id, world.leader, "Nova New");
    const invitation = await db.invitation.findFirstOrThrow();
    const [job] = await emailJobs();
    const token = deriveToken((job as Extract<EmailJob, { template: "invitation" }>).args.tokenId);
    expect(describeOutcome(await callAction(revokeInvitationAction, { invitationId: invitation.id }, world.leader))).toBe(
      "success: The invitation of Nova New (nova.new@lead.test) has been withdrawn.",
    );
    expect(await listProgrammeInvitations(world.programme.id)).toEqual([]);
    expect((await getWelcomeLink(token)).problem).toBe("replaced");
    expect(state(await setPassword(token))?.kind).toBe("conflict");
    expect(await deliverEmail(job!)).toBe("nothing-to-send");
    // Withdrawn twice: said, nothing changed.
    const before = await databaseDigest();
    expect(describeOutcome(await callAction(revokeInvitationAction, { invitationId: invitation.id }, world.leader))).toBe(
      "error/conflict: The invitation of Nova New has already been withdrawn. Reload the page.",
    );
    expect(await databaseDigest()).toBe(before);
  });

  it("only the team leader or a platform admin may invite, re-send or withdraw", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    const invitation = await db.invitation.findFirstOrThrow();
    const before = await databaseDigest();
    for (const action of [resendInvitationAction, revokeInvitationAction]) {
      expect(state(await callAction(action, { invitationId: invitation.id }, world.staffA))?.kind).toBe("forbidden");
      expect(state(await callAction(action, { invitationId: invitation.id }, world.legalB))?.kind).toBe("forbidden");
      expect(state(await callAction(action, { invitationId: invitation.id }, world.outsider))?.kind).toBe("not_found");
      expect(state(await callAction(action, { invitationId: invitation.id }, null))?.kind).toBe("unauthenticated");
    }
    expect(state(await invite("someone@partner-a.test", world.partnerA.id, world.staffA))?.kind).toBe("forbidden");
    expect(await databaseDigest()).toBe(before);
    expect(state(await callAction(resendInvitationAction, { invitationId: invitation.id }, world.admin))?.status).toBe("success");
    expect(state(await callAction(revokeInvitationAction, { invitationId: invitation.id }, world.admin))?.status).toBe("success");
  });

  it("does not invite twice: an open invitation is pointed out, an expired one replaced", async () => {
    await invite(world.outsider.email, world.partnerA.id);
    expect(describeOutcome(await invite(world.outsider.email, world.partnerA.id))).toBe(
      `error/conflict: ${world.outsider.email} has already been invited as partner staff and has not answered yet. To remind them, use “Send again” under Pending invitations on the People page.`,
    );
    await db.invitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(state(await invite(world.outsider.email, world.partnerA.id))?.status).toBe("success");
    const shown = await listProgrammeInvitations(world.programme.id);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("throttles an invitation flood per inviter, with when to try again; the refused request writes nothing", async () => {
    const inviter = { id: world.leader.id, institutionId: world.lead.id, isPlatformAdmin: false };
    for (let i = 0; i < 30; i++) {
      const outcome = await inviteByEmail(
        inviter,
        {
          programmeId: world.programme.id,
          email: `flood${i}@lead.test`,
          name: `Flood ${i}`,
          role: "PARTNER_STAFF",
          institutionId: world.lead.id,
          services: [],
        },
        null,
      );
      expect(outcome.outcome).toBe("invited");
    }
    const before = await databaseDigest();
    expect(describeOutcome(await invite("one.more@lead.test", world.lead.id))).toBe(
      "error/forbidden: You have sent a lot of invitations in the last hour. Try again in 60 minutes.",
    );
    const invitation = await db.invitation.findFirstOrThrow();
    expect(state(await callAction(resendInvitationAction, { invitationId: invitation.id }, world.leader))?.message).toContain(
      "Try again in",
    );
    expect(await databaseDigest()).toBe(before);
    // Another inviter is not held back.
    expect(state(await invite("other.inviter@partner-a.test", world.partnerA.id, world.admin))?.status).toBe("success");
  });
});

describe("an admin creating a user without a password", () => {
  it("sends them a link to choose one; the user page can send a new one, which replaces it", async () => {
    const outcome = await callAction(
      createUserAction,
      { name: "Ines Invited", email: "ines@partner-a.test", institutionId: world.partnerA.id, password: "" },
      world.admin,
    );
    expect(outcome.type).toBe("redirect");
    expect((outcome as { location: string }).location).toMatch(/\?created=invited$/);
    const ines = await db.user.findUniqueOrThrow({ where: { email: "ines@partner-a.test" } });
    expect(ines.passwordHash).toBeNull();
    const [job] = await emailJobs();
    expect(job).toMatchObject({ template: "accountInvitation", args: { invitedById: world.admin.id } });
    expect(await deliverEmail(job!)).toBe("sent");
    const message = await db.emailMessage.findFirstOrThrow();
    expect(message.subject).toBe("Your Consort account: choose a password");
    expect(message.text).toContain("Ada Admin created a Consort account for you (ines@partner-a.test).");
    const first = message.text.match(/\/welcome\/([A-Za-z0-9_-]{43})/)![1]!;
    expect(await welcomeTitle(first)).toBe("Welcome to Consort");

    expect(describeOutcome(await callAction(sendAccountInvitationAction, { userId: ines.id }, world.admin))).toBe(
      "success: A new invitation went to ines@partner-a.test. Its link is valid for 7 days; earlier links no longer work.",
    );
    expect((await getWelcomeLink(first)).problem).toBe("replaced");
    expect(state(await callAction(sendAccountInvitationAction, { userId: ines.id }, world.leader))?.kind).toBe("forbidden");
    // Someone who can sign in already needs no invitation.
    expect(describeOutcome(await callAction(sendAccountInvitationAction, { userId: world.staffA.id }, world.admin))).toContain(
      "This person already has a password",
    );
  });

  it("with a password, as before: no e-mail", async () => {
    await callAction(
      createUserAction,
      { name: "Paula Password", email: "paula@partner-a.test", institutionId: world.partnerA.id, password: "a fine initial password" },
      world.admin,
    );
    expect(await emailJobs()).toEqual([]);
  });
});

afterEach(() => {
  delete process.env.SMTP_URL;
});
