// Engagement notifications: ENGAGEMENT_STAGE (owner, the service's representatives, watchers),
// ENGAGEMENT_BLOCKED and PARTNER_AHEAD (the team leaders) — who gets them, who does not, and how.
import { beforeEach, describe, expect, it } from "vitest";
import type { EngagementStage, MemberRole } from "@/lib/generated/prisma/enums";
import { changeEngagementStage, markAdviceReceived } from "@/lib/engagements/mutations";
import { readStoredMessage } from "@/lib/i18n/message";
import { fanOut } from "@/lib/notifications/fanout";
import { addMemberTo, createUser, createWorld, findEngagement, type World } from "@/tests/factories";
import { countQueries } from "@/tests/support/count-queries";
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

let world: World;

async function move(user: { id: string }, roles: MemberRole[], engagementId: string, to: EngagementStage, note = "") {
  const { version } = await db.engagement.findUniqueOrThrow({ where: { id: engagementId }, select: { version: true } });
  return changeEngagementStage(user.id, roles, { id: engagementId }, { engagementId, to, version, note });
}

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("ENGAGEMENT_STAGE and ENGAGEMENT_BLOCKED", () => {
  it("the owner, the service's representative and the watchers hear of a move (by digest); not the mover, other services or outsiders", async () => {
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    await db.engagement.update({ where: { id: legalB.id }, data: { ownerId: world.staffB.id } });
    await db.watch.createMany({
      data: [
        { userId: world.staffA.id, engagementId: legalB.id },
        { userId: world.outsider.id, engagementId: legalB.id },
      ],
    });
    // A task-force member for IT at B: not concerned by Legal.
    const itB = await createUser({ name: "Ivo It", institutionId: world.partnerB.id });
    await addMemberTo(world.programme.id, world.leader.id, itB, "TASK_FORCE", world.partnerB.id, ["IT"]);
    await takeNotifyJobs();

    await move(world.leader, ["TEAM_LEADER"], legalB.id, "CONTACTED");
    await runNotifyJobs();
    expect(await notified()).toEqual(["Ana Staff:ENGAGEMENT_STAGE", "Bo Staff:ENGAGEMENT_STAGE", "Lex Taskforce:ENGAGEMENT_STAGE"]);
    const [row] = await notificationsOf(world.staffB);
    expect(readStoredMessage(row!.message)).toEqual({
      key: "notifications.message.engagementStage",
      values: { service: "LEGAL", institution: "Partner B University", actor: "Lea Leader", stage: "CONTACTED" },
    });
    expect(row!.href).toBe(`/programmes/${world.programme.id}/services/${legalB.id}`);
    expect(await emailedNotificationKeys()).toEqual([]);
  });

  it("blocking tells the team leader at once by e-mail (ENGAGEMENT_BLOCKED) and the others as a stage change", async () => {
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    await move(world.staffB, ["PARTNER_STAFF"], legalB.id, "BLOCKED", "The legal office waits for the ministry's ruling.");
    await runNotifyJobs();
    expect(await notified()).toEqual(["Lea Leader:ENGAGEMENT_BLOCKED", "Lex Taskforce:ENGAGEMENT_STAGE"]);
    const [blocked] = await notificationsOf(world.leader);
    expect(readStoredMessage(blocked!.message)?.values).toMatchObject({ reason: "The legal office waits for the ministry's ruling." });
    expect(await emailedNotificationKeys()).toEqual([`notification:${blocked!.id}`]);
  });

  it("a team leader who chose the inbox only gets no e-mail; one who left the programme gets nothing", async () => {
    const second = await createUser({ name: "Second Leader", institutionId: world.lead.id });
    await addMemberTo(world.programme.id, world.leader.id, second, "TEAM_LEADER", world.lead.id);
    await setDelivery(world.leader, "ENGAGEMENT_BLOCKED", "IN_APP");
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    await takeNotifyJobs();
    await move(world.staffB, ["PARTNER_STAFF"], legalB.id, "BLOCKED", "The legal office waits for the ministry's ruling.");
    await leaveProgramme(second, world.programme.id);
    await runNotifyJobs();
    expect(await notified()).toEqual(["Lea Leader:ENGAGEMENT_BLOCKED", "Lex Taskforce:ENGAGEMENT_STAGE"]);
    expect(await emailedNotificationKeys()).toEqual([]);
  });
});

describe("PARTNER_AHEAD", () => {
  it("a partner moving past the lead's engagement of the same service tells the team leader once; moving further does not", async () => {
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    await move(world.staffB, ["PARTNER_STAFF"], legalB.id, "CONTACTED");
    await runNotifyJobs();
    const ahead = await notificationsOf(world.leader, "PARTNER_AHEAD");
    expect(ahead).toHaveLength(1);
    expect(readStoredMessage(ahead[0]!.message)).toEqual({
      key: "notifications.message.partnerAhead",
      values: {
        service: "LEGAL",
        institution: "Partner B University",
        stage: "CONTACTED",
        lead: "Lead University",
        leadStage: "NOT_CONTACTED",
      },
    });
    expect(ahead[0]!.href).toBe(`/programmes/${world.programme.id}/services/${legalB.id}`);
    // Only the team leader: the partner's representative hears of the move itself.
    expect(await notified()).toEqual(["Lea Leader:PARTNER_AHEAD", "Lex Taskforce:ENGAGEMENT_STAGE"]);

    await move(world.staffB, ["PARTNER_STAFF"], legalB.id, "IN_CONSULTATION");
    await runNotifyJobs();
    expect(await notificationsOf(world.leader, "PARTNER_AHEAD")).toHaveLength(1);
  });

  it("the lead falling behind leaves the partners ahead; the team leader moving it hears nothing of their own move", async () => {
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    const leadLegal = await findEngagement(world.programme.id, world.lead.id, "LEGAL");
    await move(world.leader, ["TEAM_LEADER"], leadLegal.id, "CONTACTED");
    await move(world.staffB, ["PARTNER_STAFF"], legalB.id, "CONTACTED");
    await runNotifyJobs();
    expect(await notificationsOf(world.leader, "PARTNER_AHEAD")).toHaveLength(0);
    const second = await createUser({ name: "Second Leader", institutionId: world.lead.id });
    await addMemberTo(world.programme.id, world.leader.id, second, "TEAM_LEADER", world.lead.id);
    await move(world.leader, ["TEAM_LEADER"], leadLegal.id, "NOT_CONTACTED", "Contacted the wrong office: starting again.");
    await runNotifyJobs();
    expect(await notificationsOf(world.leader, "PARTNER_AHEAD")).toHaveLength(0);
    expect(await notificationsOf(second, "PARTNER_AHEAD")).toHaveLength(1);
  });

  it("“Advice received” in several steps is one change, judged from where it started", async () => {
    const legalB = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    const leadLegal = await findEngagement(world.programme.id, world.lead.id, "LEGAL");
    await move(world.leader, ["TEAM_LEADER"], leadLegal.id, "CONTACTED");
    await takeNotifyJobs();
    await markAdviceReceived(world.staffB.id, ["PARTNER_STAFF"], { id: legalB.id, version: 0 });
    const events = await takeNotifyJobs();
    expect(events).toHaveLength(1);
    const steps = await db.engagementEvent.findMany({ where: { engagementId: legalB.id, kind: "STAGE_CHANGED" }, orderBy: { at: "asc" } });
    expect(events[0]).toEqual({
      type: "engagementStageChanged",
      eventId: steps.at(-1)!.id,
      firstEventId: steps[0]!.id,
      actorId: world.staffB.id,
    });
    await fanOut(events[0]!);
    expect(await notified()).toEqual(["Lea Leader:PARTNER_AHEAD", "Lex Taskforce:ENGAGEMENT_STAGE"]);
    const [stage] = await notificationsOf(world.legalB);
    expect(readStoredMessage(stage!.message)?.values).toMatchObject({ stage: "ADVICE_RECEIVED" });
  });
});

describe("the cost of a move to the person moving", () => {
  it("its transaction gains one statement, the job INSERT, however many people will hear of it", async () => {
    const [quiet, watched] = await Promise.all([
      findEngagement(world.programme.id, world.partnerB.id, "LEGAL"),
      findEngagement(world.programme.id, world.partnerB.id, "IT"),
    ]);
    for (let i = 0; i < 30; i++) {
      const watcher = await createUser({ name: `Watcher Nr${i}`, institutionId: world.partnerB.id });
      await addMemberTo(world.programme.id, world.leader.id, watcher, "PARTNER_STAFF", world.partnerB.id);
      await db.watch.create({ data: { userId: watcher.id, engagementId: watched.id } });
    }
    await takeNotifyJobs();
    const moveCost = async (engagementId: string) => {
      let jobs = 0;
      let fanOutWork = 0;
      // Nested counters: each sees every statement the move sends, and keeps those its pattern matches.
      const all = await countQueries(async () => {
        jobs = await countQueries(async () => {
          fanOutWork = await countQueries(
            () => move(world.leader, ["TEAM_LEADER"], engagementId, "CONTACTED"),
            /"(Notification|EmailMessage|Watch)"/,
          );
        }, /pgboss/);
      });
      return { all, jobs, fanOutWork };
    };
    const nobodyToTell = await moveCost(quiet.id);
    const thirtyToTell = await moveCost(watched.id);
    // One INSERT into pgboss.job; nothing about notifications, e-mails or watchers in the request.
    expect(nobodyToTell).toMatchObject({ jobs: 1, fanOutWork: 0 });
    expect(thirtyToTell).toEqual(nobodyToTell);
    expect(await takeNotifyJobs()).toHaveLength(2);
  });
});
