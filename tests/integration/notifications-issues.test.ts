// Board notifications: ISSUE_ASSIGNED (assigned, or routed when raised), ISSUE_COMMENT and MENTION in
// comments — who gets them, who does not, and e-mail at once vs digest vs inbox only.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addComment, assignIssue, createIssue, type CreateIssueData } from "@/lib/board/mutations";
import { commentIssueAction } from "@/lib/board/actions";
import { readStoredMessage } from "@/lib/i18n/message";
import { mentionMarkup } from "@/lib/notifications/mentions";
import { fanOut } from "@/lib/notifications/fanout";
import { addMemberTo, createUser, createWorld, type World } from "@/tests/factories";
import { countQueries } from "@/tests/support/count-queries";
import { callAction } from "@/tests/support/action-harness";
import { db, resetDatabase } from "@/tests/support/database";
import {
  emailedNotificationKeys,
  leaveProgramme,
  notificationsOf,
  notified,
  runNotifyJobs,
  setDelivery,
  takeNotifyJobs,
} from "@/tests/support/notifications";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;

function issueData(overrides: Partial<CreateIssueData> = {}): CreateIssueData {
  return {
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
    ...overrides,
  };
}

const mention = (person: { id: string; name: string }) => mentionMarkup({ userId: person.id, name: person.name });

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("ISSUE_ASSIGNED", () => {
  it("routing a new issue tells the representative it was routed to, by e-mail at once; not its author", async () => {
    const issue = await createIssue(issueData());
    expect(issue.assigneeId).toBe(world.legalB.id);
    expect(await takeNotifyJobs()).toEqual([{ type: "issueAssigned", issueId: issue.id, actorId: world.staffA.id }]);
    await fanOut({ type: "issueAssigned", issueId: issue.id, actorId: world.staffA.id });
    expect(await notified()).toEqual(["Lex Taskforce:ISSUE_ASSIGNED"]);
    const [row] = await notificationsOf(world.legalB);
    expect(readStoredMessage(row!.message)).toEqual({
      key: "notifications.message.issueRouted",
      values: { number: 1, title: "Exam regulations differ", actor: "Ana Staff", service: "LEGAL" },
    });
    expect(row).toMatchObject({
      href: `/programmes/${world.programme.id}/board/1`,
      programmeId: world.programme.id,
      actorId: world.staffA.id,
    });
    expect(row!.emailedAt).toBeInstanceOf(Date);
    expect(await emailedNotificationKeys()).toEqual([`notification:${row!.id}`]);
  });

  it("an issue raised without an assignee notifies nobody (no job at all)", async () => {
    await createIssue(issueData({ assigneeId: null }));
    expect(await takeNotifyJobs()).toEqual([]);
  });

  it("assigning tells the new assignee; assigning oneself or unassigning tells nobody", async () => {
    const issue = await createIssue(issueData({ assigneeId: null }));
    await assignIssue(world.leader.id, { issueId: issue.id, version: issue.version, assigneeId: world.legalB.id });
    await assignIssue(world.leader.id, { issueId: issue.id, version: issue.version + 1, assigneeId: world.leader.id });
    await assignIssue(world.leader.id, { issueId: issue.id, version: issue.version + 2, assigneeId: null });
    await runNotifyJobs();
    // By the time the jobs ran the issue was unassigned: the latest assignment decides, nobody hears of an old one.
    expect(await notified()).toEqual([]);
    await assignIssue(world.leader.id, { issueId: issue.id, version: issue.version + 3, assigneeId: world.legalB.id });
    await runNotifyJobs();
    expect(await notified()).toEqual(["Lex Taskforce:ISSUE_ASSIGNED"]);
    const [row] = await notificationsOf(world.legalB);
    expect(readStoredMessage(row!.message)?.key).toBe("notifications.message.issueAssigned");
    expect(readStoredMessage(row!.message)?.values).toMatchObject({ actor: "Lea Leader" });
  });

  it("nobody who left the programme or was deactivated before the job ran", async () => {
    const issue = await createIssue(issueData());
    await leaveProgramme(world.legalB, world.programme.id);
    await runNotifyJobs();
    const second = await createIssue(issueData({ assigneeId: world.leader.id, authorId: world.staffB.id }));
    await db.user.update({ where: { id: world.leader.id }, data: { deactivatedAt: new Date() } });
    await runNotifyJobs();
    expect([issue.assigneeId, second.assigneeId]).toEqual([world.legalB.id, world.leader.id]);
    expect(await notified()).toEqual([]);
  });

  it("in the inbox only, or in the digest, as the person chose: then no e-mail now", async () => {
    await setDelivery(world.legalB, "ISSUE_ASSIGNED", "IN_APP");
    await createIssue(issueData());
    await runNotifyJobs();
    await setDelivery(world.legalB, "ISSUE_ASSIGNED", "DIGEST");
    await createIssue(issueData({ title: "Second issue" }));
    await runNotifyJobs();
    const rows = await notificationsOf(world.legalB, "ISSUE_ASSIGNED");
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.emailedAt)).toEqual([null, null]);
    expect(await emailedNotificationKeys()).toEqual([]);
  });
});

describe("ISSUE_COMMENT and MENTION in comments", () => {
  async function watchedIssue() {
    const issue = await createIssue(issueData());
    await db.watch.create({ data: { userId: world.staffB.id, issueId: issue.id } });
    // A watch left behind by someone outside the programme reaches nobody.
    await db.watch.create({ data: { userId: world.outsider.id, issueId: issue.id } });
    await takeNotifyJobs();
    return issue;
  }

  it("the author, the assignee and the watchers hear of a comment (in the digest by default); not the commenter nor outsiders", async () => {
    const issue = await watchedIssue();
    await addComment(world.leader.id, { issueId: issue.id, body: "The senate meets on Tuesday." });
    await runNotifyJobs();
    expect(await notified()).toEqual(["Ana Staff:ISSUE_COMMENT", "Bo Staff:ISSUE_COMMENT", "Lex Taskforce:ISSUE_COMMENT"]);
    expect(await emailedNotificationKeys()).toEqual([]);
    await addComment(world.staffA.id, { issueId: issue.id, body: "Thanks!" });
    await runNotifyJobs();
    expect((await notificationsOf(world.staffA)).length).toBe(1);
    expect((await notificationsOf(world.leader)).length).toBe(0);
  });

  it("a mentioned member gets MENTION (by e-mail) instead of ISSUE_COMMENT; a mentioned non-member gets nothing", async () => {
    const issue = await watchedIssue();
    await addComment(world.legalB.id, {
      issueId: issue.id,
      body: `${mention(world.staffA)} and ${mention(world.leader)}, see ${mention(world.outsider)}`,
    });
    await runNotifyJobs();
    expect(await notified()).toEqual(["Ana Staff:MENTION", "Bo Staff:ISSUE_COMMENT", "Lea Leader:MENTION"]);
    const mentions = await db.notification.findMany({ where: { kind: "MENTION" }, select: { id: true } });
    expect((await emailedNotificationKeys()).sort()).toEqual(mentions.map((m) => `notification:${m.id}`).sort());
  });

  it("a retried fan-out job creates nothing twice and enqueues no second e-mail", async () => {
    const issue = await watchedIssue();
    await addComment(world.leader.id, { issueId: issue.id, body: `${mention(world.staffB)} please check` });
    const [event] = await takeNotifyJobs();
    expect(await fanOut(event!)).toEqual({ created: 3, emailed: 1 });
    expect(await fanOut(event!)).toEqual({ created: 0, emailed: 0 });
    expect(await db.notification.count()).toBe(3);
    expect(await emailedNotificationKeys()).toHaveLength(1);
  });

  it("costs the same number of queries for 2 people as for 40 (no query per recipient)", async () => {
    const issue = await watchedIssue();
    const fanOutCost = async () => {
      const everyone = await db.membership.findMany({
        where: { programmeId: world.programme.id },
        distinct: ["userId"],
        select: { userId: true, user: { select: { name: true } } },
      });
      const body = everyone.map((m) => mention({ id: m.userId, name: m.user.name })).join(" ");
      await addComment(world.leader.id, { issueId: issue.id, body });
      const [event] = await takeNotifyJobs();
      let created = 0;
      const queries = await countQueries(async () => {
        created = (await fanOut(event!)).created;
      });
      return { queries, created };
    };
    const few = await fanOutCost();
    for (let i = 0; i < 36; i++) {
      const person = await createUser({ institutionId: world.partnerA.id });
      await addMemberTo(world.programme.id, world.leader.id, person, "PARTNER_STAFF", world.partnerA.id);
      await db.watch.create({ data: { userId: person.id, issueId: issue.id } });
    }
    const many = await fanOutCost();
    expect(many.created).toBeGreaterThan(few.created + 30);
    expect(many.queries).toBe(few.queries);
  });

  it("the comment action says which mentioned people are not members and were not notified", async () => {
    const issue = await createIssue(issueData());
    const body = `${mention(world.staffB)} and ${mention(world.outsider)}: see the agreement`;
    const outcome = await callAction(commentIssueAction, { issueId: issue.id, body }, world.leader);
    expect(outcome).toMatchObject({ type: "state", state: { status: "success" } });
    const said = outcome.type === "state" ? outcome.state.message : "";
    expect(said).toContain("Otto Outsider");
    expect(said).not.toContain("Bo Staff");
    const plain = await callAction(commentIssueAction, { issueId: issue.id, body: `${mention(world.staffB)} thanks` }, world.leader);
    expect(plain).toMatchObject({ type: "state", state: { status: "success", message: "Comment added." } });
  });
});
