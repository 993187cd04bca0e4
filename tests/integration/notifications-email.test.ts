// The "notification" e-mail (one notification, at once) and INVITATION: what the e-mail says and
// links to, in the reader's language, and that it re-checks at send time what the person may read.
import { beforeEach, describe, expect, it } from "vitest";
import { addComment, assignIssue, createIssue } from "@/lib/board/mutations";
import { deliverEmail } from "@/lib/mail/mutations";
import { fanOut } from "@/lib/notifications/fanout";
import { mentionMarkup } from "@/lib/notifications/mentions";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { emailJobs, leaveProgramme, notificationsOf, notified, runNotifyJobs } from "@/tests/support/notifications";

let world: World;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function assignToLex() {
  const issue = await createIssue({
    programmeId: world.programme.id,
    authorId: world.staffA.id,
    title: "Exam regulations differ",
    description: "",
    services: ["LEGAL"],
    institutionId: world.partnerB.id,
    priority: "NORMAL",
    dueDate: null,
    labels: [],
    escalation: null,
    engagementId: null,
    adviceId: null,
    assigneeId: null,
  });
  await assignIssue(world.leader.id, { issueId: issue.id, version: issue.version, assigneeId: world.legalB.id });
  await runNotifyJobs();
  const [notification] = await notificationsOf(world.legalB);
  return { issue, notification: notification! };
}

const send = (notificationId: string) =>
  deliverEmail({ template: "notification", key: `notification:${notificationId}`, args: { notificationId } });

describe("the notification e-mail", () => {
  it("names the programme and the item in the subject, links to the item, and carries a one-click unsubscribe", async () => {
    const { notification } = await assignToLex();
    expect(await emailJobs()).toEqual([
      { template: "notification", key: `notification:${notification.id}`, args: { notificationId: notification.id } },
    ]);
    expect(await send(notification.id)).toBe("sent");
    const email = await db.emailMessage.findUniqueOrThrow({ where: { key: `notification:${notification.id}` } });
    expect(email).toMatchObject({
      toAddress: world.legalB.email,
      userId: world.legalB.id,
      subject: "[Joint Programme] Lea Leader assigned issue #1 “Exam regulations differ” to you",
    });
    expect(email.text).toContain("Hello Lex Taskforce,");
    expect(email.text).toMatch(new RegExp(`Open the issue:\\nhttp://localhost:\\d+/programmes/${world.programme.id}/board/1`));
    expect(email.html).toContain(`/programmes/${world.programme.id}/board/1"`);
    const headers = email.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const token = /\/unsubscribe\/([^>]+)>/.exec(headers["List-Unsubscribe"] ?? "")?.[1];
    expect(readUnsubscribeToken(token ?? "")).toEqual({ userId: world.legalB.id, topic: "ISSUE_ASSIGNED" });
  });

  it("is written in the recipient's language and quotes the comment, mentions as @Name", async () => {
    const { issue } = await assignToLex();
    await db.user.update({ where: { id: world.legalB.id }, data: { locale: "de" } });
    await addComment(world.leader.id, {
      issueId: issue.id,
      body: `${mentionMarkup({ userId: world.legalB.id, name: "Lex Taskforce" })}, bitte prüfen.`,
    });
    await runNotifyJobs();
    const [mention] = await notificationsOf(world.legalB, "MENTION");
    expect(await send(mention!.id)).toBe("sent");
    const email = await db.emailMessage.findUniqueOrThrow({ where: { key: `notification:${mention!.id}` } });
    expect(email.subject).toBe("[Joint Programme] Lea Leader hat Sie in einem Kommentar zum Punkt #1 „Exam regulations differ“ erwähnt");
    expect(email.text).toContain("„@Lex Taskforce, bitte prüfen.“");
    expect(email.html).toContain('<html lang="de">');
  });

  it("sends nothing to someone who left the programme before it was written, or when the notification is gone", async () => {
    const { notification } = await assignToLex();
    await leaveProgramme(world.legalB, world.programme.id);
    expect(await send(notification.id)).toBe("nothing-to-send");
    expect(await send("no-such-notification")).toBe("nothing-to-send");
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("is still sent when the notification was read in the inbox meanwhile", async () => {
    const { notification } = await assignToLex();
    await db.notification.update({ where: { id: notification.id }, data: { readAt: new Date() } });
    expect(await send(notification.id)).toBe("sent");
  });
});

describe("INVITATION", () => {
  async function invite(overrides: { revokedAt?: Date; expiresAt?: Date } = {}) {
    return db.invitation.create({
      data: {
        programmeId: world.programme.id,
        userId: world.outsider.id,
        role: "PARTNER_STAFF",
        institutionId: world.partnerA.id,
        invitedById: world.leader.id,
        expiresAt: overrides.expiresAt ?? new Date(Date.now() + 7 * 86_400_000),
        revokedAt: overrides.revokedAt ?? null,
      },
    });
  }

  it("an existing account invited to a programme gets a notification and an e-mail linking to the invitation", async () => {
    const invitation = await invite();
    await fanOut({ type: "invited", invitationId: invitation.id, actorId: world.leader.id });
    expect(await notified()).toEqual(["Otto Outsider:INVITATION"]);
    const [notification] = await notificationsOf(world.outsider);
    expect(notification!.href).toBe(`/invitations/${invitation.id}`);
    expect(await send(notification!.id)).toBe("sent");
    const email = await db.emailMessage.findFirstOrThrow();
    expect(email.subject).toBe("Lea Leader invited you to “Joint Programme”");
    expect(email.text).toContain("Lea Leader invited you to join “Joint Programme” as partner staff.");
    expect(email.text).toContain(`/invitations/${invitation.id}`);
    // The same job again adds nothing; sending the invitation again (a new expiry) is news again.
    await fanOut({ type: "invited", invitationId: invitation.id, actorId: world.leader.id });
    expect(await notified()).toEqual(["Otto Outsider:INVITATION"]);
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() + 8 * 86_400_000) } });
    await fanOut({ type: "invited", invitationId: invitation.id, actorId: world.leader.id });
    expect(await notified()).toEqual(["Otto Outsider:INVITATION", "Otto Outsider:INVITATION"]);
  });

  it("nothing for an invitation withdrawn or expired before the job ran, and no e-mail once it was answered", async () => {
    const revoked = await invite({ revokedAt: new Date() });
    const expired = await invite({ expiresAt: new Date(Date.now() - 1000) });
    await fanOut({ type: "invited", invitationId: revoked.id, actorId: world.leader.id });
    await fanOut({ type: "invited", invitationId: expired.id, actorId: world.leader.id });
    expect(await notified()).toEqual([]);
    const open = await invite();
    await fanOut({ type: "invited", invitationId: open.id, actorId: world.leader.id });
    await db.invitation.update({ where: { id: open.id }, data: { declinedAt: new Date() } });
    const [notification] = await notificationsOf(world.outsider);
    expect(await send(notification!.id)).toBe("nothing-to-send");
  });
});
