// DUE_SOON and OVERDUE from the hourly tick: engagements people own and issues assigned to them, on
// each person's own day (their time zone), at their digest hour, once per item per day however often
// the tick runs. Fixed clocks throughout.
import { beforeEach, describe, expect, it } from "vitest";
import { readStoredMessage } from "@/lib/i18n/message";
import { runHourlyTick } from "@/lib/notifications/tick";
import { addMemberTo, createBoardIssue, createUser, createWorld, findEngagement, type World } from "@/tests/factories";
import { countQueries } from "@/tests/support/count-queries";
import { db, resetDatabase } from "@/tests/support/database";
import { emailedNotificationKeys, leaveProgramme, notificationsOf, notified, setDelivery } from "@/tests/support/notifications";

let world: World;
const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

/** Bo owns partner B's Legal engagement, due 1 Dec; Lex has an issue due 27 Nov; Ana owns a settled engagement due 1 Dec. */
async function dueItems() {
  const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
  await db.engagement.update({
    where: { id: legalB.id },
    data: { ownerId: world.staffB.id, dueDate: day("2026-12-01"), stage: "CONTACTED" },
  });
  const legalA = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
  await db.engagement.update({
    where: { id: legalA.id },
    data: { ownerId: world.staffA.id, dueDate: day("2026-12-01"), stage: "SETTLED" },
  });
  const issue = await createBoardIssue({
    programmeId: world.programme.id,
    authorId: world.leader.id,
    createdDaysAgo: 5,
    title: "Visa rules",
    assigneeId: world.legalB.id,
  });
  await db.boardIssue.update({ where: { id: issue.id }, data: { dueDate: day("2026-11-27") } });
  // Due next week: nothing yet.
  const later = await createBoardIssue({
    programmeId: world.programme.id,
    authorId: world.leader.id,
    createdDaysAgo: 5,
    title: "Later",
    assigneeId: world.leader.id,
  });
  await db.boardIssue.update({ where: { id: later.id }, data: { dueDate: day("2026-12-07") } });
  return { legalB, issue };
}

describe("due tomorrow and overdue", () => {
  it("tells owners and assignees at their digest hour, once per item and day, however often the tick runs", async () => {
    const { legalB, issue } = await dueItems();
    // 07:30 UTC: before everyone's digest hour (08:00, no time zone chosen: UTC).
    expect(await runHourlyTick(at("2026-11-30T07:30:00Z"))).toMatchObject({ dueNotices: 0 });
    expect(await runHourlyTick(at("2026-11-30T08:00:05Z"))).toMatchObject({ dueNotices: 2 });
    expect(await runHourlyTick(at("2026-11-30T09:00:05Z"))).toMatchObject({ dueNotices: 0 });
    expect(await notified()).toEqual(["Bo Staff:DUE_SOON", "Lex Taskforce:OVERDUE"]);
    const [soon] = await notificationsOf(world.staffB);
    expect(soon).toMatchObject({
      href: `/programmes/${world.programme.id}/services/${legalB.id}`,
      dedupeKey: `DUE_SOON:engagement:${legalB.id}:2026-11-30:${world.staffB.id}`,
    });
    const [late] = await notificationsOf(world.legalB);
    expect(readStoredMessage(late!.message)).toEqual({
      key: "notifications.message.overdueIssue",
      values: { number: 1, title: "Visa rules", days: 3 },
    });
    expect(late!.href).toBe(`/programmes/${world.programme.id}/board/${issue.number}`);
    // The next day: still overdue (a new notice), and Bo's engagement is due today — neither tomorrow nor overdue.
    await runHourlyTick(at("2026-12-01T08:00:05Z"));
    expect(await notified()).toEqual(["Bo Staff:DUE_SOON", "Lex Taskforce:OVERDUE", "Lex Taskforce:OVERDUE"]);
  });

  it("follows each person's time zone and digest hour", async () => {
    await dueItems();
    await db.user.update({ where: { id: world.staffB.id }, data: { timeZone: "America/Los_Angeles" } });
    await db.user.update({ where: { id: world.legalB.id }, data: { digestHour: 18 } });
    await runHourlyTick(at("2026-11-30T09:00:05Z")); // 01:00 in Los Angeles; 09:00 UTC is before Lex's 18:00.
    expect(await notified()).toEqual([]);
    await runHourlyTick(at("2026-11-30T16:00:05Z")); // 08:00 in Los Angeles.
    expect(await notified()).toEqual(["Bo Staff:DUE_SOON"]);
    await runHourlyTick(at("2026-11-30T18:00:05Z"));
    expect(await notified()).toEqual(["Bo Staff:DUE_SOON", "Lex Taskforce:OVERDUE"]);
    // Bo's day there was still 30 November: the notice is for the 1st being tomorrow.
    expect((await notificationsOf(world.staffB))[0]!.dedupeKey).toContain(":2026-11-30:");
  });

  it("nothing for people who left the programme, deactivated accounts, or items done", async () => {
    const { issue } = await dueItems();
    await leaveProgramme(world.staffB, world.programme.id);
    await db.user.update({ where: { id: world.legalB.id }, data: { deactivatedAt: new Date() } });
    await runHourlyTick(at("2026-11-30T08:00:05Z"));
    expect(await notified()).toEqual([]);
    await db.user.update({ where: { id: world.legalB.id }, data: { deactivatedAt: null } });
    await db.boardIssue.update({ where: { id: issue.id }, data: { status: "RESOLVED" } });
    await runHourlyTick(at("2026-11-30T09:00:05Z"));
    expect(await notified()).toEqual([]);
  });

  it("is set-based: the same statements for 2 due items as for 60, with their digests", async () => {
    await dueItems();
    const few = await countQueries(() => runHourlyTick(at("2026-11-30T08:00:05Z")));
    for (let i = 0; i < 30; i++) {
      const person = await createUser({ institutionId: world.partnerA.id });
      await addMemberTo(world.programme.id, world.leader.id, person, "TASK_FORCE", world.partnerA.id, ["IT"]);
      for (const due of [1, -4]) {
        const issue = await createBoardIssue({
          programmeId: world.programme.id,
          authorId: world.leader.id,
          createdDaysAgo: 5,
          title: `Item ${i}`,
          assigneeId: person.id,
        });
        await db.boardIssue.update({ where: { id: issue.id }, data: { dueDate: day(due > 0 ? "2026-12-02" : "2026-11-27") } });
      }
    }
    let result = { dueNotices: 0, digests: 0 };
    const many = await countQueries(async () => {
      result = await runHourlyTick(at("2026-12-01T08:00:05Z"));
    });
    expect(result.dueNotices).toBeGreaterThanOrEqual(60);
    expect(result.digests).toBeGreaterThanOrEqual(30);
    expect(many).toBe(few);
  });

  it("by e-mail at once, in the digest or in the inbox only, as the person chose", async () => {
    await dueItems();
    await setDelivery(world.legalB, "OVERDUE", "EMAIL_NOW");
    await setDelivery(world.staffB, "DUE_SOON", "IN_APP");
    await runHourlyTick(at("2026-11-30T08:00:05Z"));
    const [overdue] = await notificationsOf(world.legalB);
    expect(await emailedNotificationKeys()).toEqual([`notification:${overdue!.id}`]);
    // A digest job only for people with something for the digest: Lex's notice went by e-mail, Bo's to the inbox.
    expect(await db.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pgboss.job WHERE name = 'digest'`)).toHaveLength(0);
  });
});
