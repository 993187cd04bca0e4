// The daily digest: one e-mail per person per day at their hour, only with news, grouped by programme
// (what changed, what is due, what is overdue, next steps), never what they may not read or chose to
// get otherwise — and exactly one e-mail with two workers and a restart, to a real SMTP server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { addComment, createIssue } from "@/lib/board/mutations";
import { changeEngagementStage } from "@/lib/engagements/mutations";
import { enqueue } from "@/lib/jobs/mutations";
import { JOB_SCHEMA } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { sendDigest } from "@/lib/notifications/digest";
import { saveNotifications } from "@/lib/notifications/fanout/mutations";
import { mentionMarkup } from "@/lib/notifications/mentions";
import { planNotification } from "@/lib/notifications/planned";
import { runHourlyTick } from "@/lib/notifications/tick";
import { msg } from "@/lib/i18n/message";
import {
  addMemberTo,
  addPartnerTo,
  createBoardIssue,
  createProgrammeFor,
  createWorld,
  findEngagement,
  type World,
} from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { leaveProgramme, runNotifyJobs, setDelivery } from "@/tests/support/notifications";
import { startSmtpServer, type TestSmtpServer } from "@/tests/support/smtp-server";

const databaseUrl = process.env.DATABASE_URL!;
const at = (iso: string) => new Date(iso);
let world: World;

/** Bo Staff (partner B) also takes part in a second and a third programme. */
async function boInThreeProgrammes() {
  const other = world.otherProgramme;
  await addPartnerTo(other.id, world.outsider.id, world.partnerB.id);
  await addMemberTo(other.id, world.outsider.id, world.staffB, "PARTNER_STAFF", world.partnerB.id);
  const third = await createProgrammeFor({ id: world.outsider.id, institutionId: world.partnerA.id }, { title: "Third Programme" });
  await addPartnerTo(third.id, world.outsider.id, world.partnerB.id);
  await addMemberTo(third.id, world.outsider.id, world.staffB, "PARTNER_STAFF", world.partnerB.id);
  return { other, third };
}

async function digestJobs(): Promise<{ userId: string; day: string }[]> {
  const rows = await db.$queryRawUnsafe<{ data: { userId: string; day: string } }[]>(
    `SELECT data FROM ${JOB_SCHEMA}.job WHERE name = 'digest'`,
  );
  return rows.map((r) => r.data);
}

describe("what the digest holds", () => {
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("per programme: what changed, due tomorrow, next steps — without what was e-mailed, kept in the inbox, or is no longer readable", async () => {
    const { other, third } = await boInThreeProgrammes();
    const early = at("2026-11-30T07:00:00Z");
    // Joint Programme: a comment on Bo's issue (digest), a mention (e-mail at once), a move of Bo's engagement (Bo chose the inbox only).
    const issue = await createBoardIssue(
      { programmeId: world.programme.id, authorId: world.staffB.id, createdDaysAgo: 3, title: "Credit transfer" },
      early,
    );
    await addComment(world.leader.id, { issueId: issue.id, body: "The senate meets on Tuesday." });
    await addComment(world.leader.id, {
      issueId: issue.id,
      body: `${mentionMarkup({ userId: world.staffB.id, name: "Bo Staff" })}, please confirm.`,
    });
    await setDelivery(world.staffB, "ENGAGEMENT_STAGE", "IN_APP");
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    await db.engagement.update({ where: { id: legalB.id }, data: { ownerId: world.staffB.id, dueDate: at("2026-12-01T00:00:00Z") } });
    await changeEngagementStage(
      world.leader.id,
      ["TEAM_LEADER"],
      { id: legalB.id },
      { engagementId: legalB.id, to: "CONTACTED", version: 0, note: "" },
    );
    // Other Programme: a comment on Bo's issue there. Third Programme: the same, but Bo leaves it before the digest.
    for (const programme of [other, third]) {
      const there = await createBoardIssue(
        { programmeId: programme.id, authorId: world.staffB.id, createdDaysAgo: 2, title: "Data protection" },
        early,
      );
      await addComment(world.outsider.id, { issueId: there.id, body: "Seen." });
    }
    await runNotifyJobs(early);
    await leaveProgramme(world.staffB, third.id);

    // 09:00: the due-date notice, then the digest job for Bo (his hour is 08:00 UTC).
    await runHourlyTick(at("2026-11-30T09:00:05Z"));
    expect(await digestJobs()).toContainEqual({ userId: world.staffB.id, day: "2026-11-30" });
    expect(await sendDigest({ userId: world.staffB.id, day: "2026-11-30" }, at("2026-11-30T09:00:10Z"))).toBe("sent");

    const email = await db.emailMessage.findUniqueOrThrow({ where: { key: `digest:${world.staffB.id}:2026-11-30` } });
    expect(email.subject).toBe("Your Consort digest: 3 updates in Joint Programme, Other Programme");
    const text = email.text;
    const order = [
      "Joint Programme: what changed",
      "Joint Programme: due tomorrow",
      "Joint Programme: next steps the guide suggests for you",
      "Other Programme: what changed",
    ];
    expect(order.map((heading) => text.indexOf(heading))).toEqual([...order.map((heading) => text.indexOf(heading))].sort((a, b) => a - b));
    for (const heading of order) expect(text).toContain(heading);
    expect(text).toContain("Lea Leader commented on issue #1 “Credit transfer”.");
    expect(text).toContain(`/programmes/${world.programme.id}/board/1`);
    expect(text).toContain("Due tomorrow: Legal (Partner B University), now “Contacted”.");
    // Next steps on Bo's own institution's engagements (the guide's order: internationalisation first).
    expect(text).toMatch(/Contact the Internationalisation service at Partner B University/);
    expect(text).not.toContain("mentioned you");
    expect(text).not.toContain("moved Legal");
    expect(text).not.toContain("Third Programme");
    expect(text).toContain("This digest comes once a day at 08:00 (UTC)");
    const headers = email.headers as Record<string, string>;
    const token = /\/unsubscribe\/([^>]+)>/.exec(headers["List-Unsubscribe"] ?? "")?.[1];
    expect(readUnsubscribeToken(token ?? "")).toEqual({ userId: world.staffB.id, topic: "DIGEST" });

    // What it carried (and what was no longer Bo's to read) is marked: never in a digest again.
    const pending = await db.notification.findMany({ where: { userId: world.staffB.id, emailedAt: null }, select: { kind: true } });
    expect(pending.map((p) => p.kind)).toEqual(["ENGAGEMENT_STAGE"]);
    expect(await sendDigest({ userId: world.staffB.id, day: "2026-11-30" }, at("2026-11-30T10:00:05Z"))).toBe("nothing-to-send");
    await db.$executeRawUnsafe(`DELETE FROM ${JOB_SCHEMA}.job WHERE name = 'digest'`);
    await runHourlyTick(at("2026-11-30T10:00:05Z"));
    expect(await digestJobs()).not.toContainEqual(expect.objectContaining({ userId: world.staffB.id }));
    expect(await db.emailMessage.count({ where: { userId: world.staffB.id } })).toBe(1);
  });

  it("no digest without news: nothing, or only what the person keeps in the inbox; news after the hour waits for tomorrow", async () => {
    await setDelivery(world.staffB, "ISSUE_COMMENT", "IN_APP");
    const issue = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffB.id,
      createdDaysAgo: 3,
      title: "Credit transfer",
    });
    await addComment(world.leader.id, { issueId: issue.id, body: "Noted." });
    await runNotifyJobs(at("2026-11-30T07:00:00Z"));
    // Ana gets a comment notice at 10:00, after her digest hour: not a reason for a digest today.
    const later = await createBoardIssue({ programmeId: world.programme.id, authorId: world.staffA.id, createdDaysAgo: 1, title: "Later" });
    await addComment(world.leader.id, { issueId: later.id, body: "Noted." });
    await runNotifyJobs(at("2026-11-30T10:00:00Z"));
    await runHourlyTick(at("2026-11-30T11:00:05Z"));
    expect(await digestJobs()).toEqual([]);
    await runHourlyTick(at("2026-12-01T08:00:05Z"));
    expect(await digestJobs()).toEqual([{ userId: world.staffA.id, day: "2026-12-01" }]);
  });
});

describe("sent once: two workers and a restart, real SMTP", () => {
  let smtp: TestSmtpServer;
  const workers: RunningWorker[] = [];

  async function retryQuickly(delay: number) {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, supervise: false, schedule: false });
    await boss.start();
    await boss.updateQueue("digest", { name: "digest", retryLimit: 10, retryDelay: delay, retryBackoff: true });
    await boss.stop({ graceful: false });
  }

  /** No tick, digest or e-mail job waiting, running or due for a retry. */
  async function settled(): Promise<boolean> {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE name IN ('tick', 'digest', 'email') AND state IN ('created', 'retry', 'active')`,
    );
    return Number(row?.count) === 0;
  }

  async function tickTwice() {
    await db.$transaction(async (tx) => {
      await enqueue(tx, "tick", { what: "hourly" });
      await enqueue(tx, "tick", { what: "hourly" });
    });
  }

  beforeAll(() => retryQuickly(1));
  afterAll(() => retryQuickly(30));
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    delete process.env.SMTP_URL;
    await smtp.close();
  });

  it("one digest e-mail, grouped by programme, however many ticks and workers", async () => {
    const { other } = await boInThreeProgrammes();
    // Bo's hour is midnight UTC: whenever the test runs, his digest is due today, with yesterday's news.
    await db.user.update({ where: { id: world.staffB.id }, data: { digestHour: 0 } });
    const yesterday = new Date(Date.now() - 86_400_000);
    const planned = [];
    for (const [programme, title] of [
      [world.programme, "Credit transfer"],
      [other, "Data protection"],
    ] as const) {
      const issue = await createIssue({
        programmeId: programme.id,
        authorId: world.staffB.id,
        title,
        description: "",
        services: ["LEGAL"],
        institutionId: null,
        priority: "NORMAL",
        dueDate: null,
        labels: [],
        escalation: null,
        engagementId: null,
        adviceId: null,
        assigneeId: null,
      });
      planned.push(
        planNotification(world.staffB.id, "ISSUE_COMMENT", {
          subject: { type: "issue", id: issue.id },
          cause: `comment-${issue.id}`,
          programmeId: programme.id,
          actorId: world.leader.id,
          message: msg("notifications.message.issueComment", { actor: "Lea Leader", number: issue.number, title }),
          href: `/programmes/${programme.id}/board/${issue.number}`,
        }),
      );
    }
    await saveNotifications(planned, yesterday);

    workers.push(await startWorker(databaseUrl, () => {}), await startWorker(databaseUrl, () => {}));
    await tickTwice();
    await smtp.waitFor(1);
    await expect.poll(settled, { timeout: 30_000 }).toBe(true);

    // A restart: one worker stops, a new one starts, the tick runs again (twice).
    await workers.shift()!.stop();
    workers.push(await startWorker(databaseUrl, () => {}));
    await tickTwice();
    await expect.poll(settled, { timeout: 30_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(smtp.inbox).toHaveLength(1);
    const [mail] = smtp.inbox;
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.text).toBe(world.staffB.email);
    expect(mail!.subject).toBe("Your Consort digest: 2 updates in Joint Programme, Other Programme");
    expect(mail!.text).toContain("Joint Programme: what changed\n- Lea Leader commented on issue #1 “Credit transfer”.");
    expect(mail!.text).toContain("Other Programme: what changed\n- Lea Leader commented on issue #1 “Data protection”.");
    expect(mail!.html).toContain(`/programmes/${other.id}/board/1"`);
    const unsubscribe = mail!.headerLines.filter((h) => h.key.startsWith("list-unsubscribe")).map((h) => h.line);
    expect(unsubscribe).toEqual([
      expect.stringMatching(/^List-Unsubscribe:\s+<http:\/\/localhost:\d+\/unsubscribe\/[^>]+\.DIGEST\.[^>]+>$/),
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ]);
    expect(await db.emailMessage.count({ where: { key: { startsWith: "digest:" }, sentAt: { not: null } } })).toBe(1);
    expect(await db.notification.count({ where: { userId: world.staffB.id, emailedAt: null } })).toBe(0);
  });
});
