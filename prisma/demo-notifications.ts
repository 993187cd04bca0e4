// The demo's notifications: what the fan-out would have told each person about the seeded history
// (assignments, comments, advice, recent stage changes) and today's due-date notices, the newest few per
// person, unread — so a first visit shows the bell and the inbox. The same planners as the worker's
// `notify` job and hourly tick decide who hears of what; the rows count as handled at the time (no
// e-mail goes out for the seeded past).
import { db } from "@/lib/db";
import { planDueNotifications } from "@/lib/notifications/due";
import { planAdviceLogged } from "@/lib/notifications/fanout/advice";
import { planStageChanged } from "@/lib/notifications/fanout/engagements";
import { planIssueAssigned, planIssueCommented } from "@/lib/notifications/fanout/issues";
import type { PlannedNotification } from "@/lib/notifications/planned";
import { findDueItems } from "@/lib/notifications/schedule/data";

/** Unread notifications per person in the demo. */
const PER_PERSON = 6;
/** Stage changes older than this are history, not news. */
const RECENT_DAYS = 21;

type Dated = { plan: PlannedNotification; at: Date };

/**
 * What the demo's people follow: everyone the lead institution's internationalisation and teaching &
 * learning engagements (the guide starts there and the partners align with them), and the team leaders
 * every partner's internationalisation engagement.
 */
async function seedDemoWatches(): Promise<void> {
  const members = await db.membership.findMany({
    where: { user: { deactivatedAt: null } },
    select: { userId: true, programmeId: true, role: true },
  });
  const engagements = await db.engagement.findMany({
    where: { service: { in: ["INTERNATIONALISATION", "TEACHING_AND_LEARNING"] } },
    select: { id: true, programmeId: true, service: true, partner: { select: { role: true } } },
  });
  const watches = members.flatMap((m) =>
    engagements
      .filter((e) => e.programmeId === m.programmeId)
      .filter((e) => e.partner.role === "LEAD" || (m.role === "TEAM_LEADER" && e.service === "INTERNATIONALISATION"))
      .map((e) => ({ userId: m.userId, engagementId: e.id })),
  );
  await db.watch.createMany({ data: watches, skipDuplicates: true });
}

export async function seedDemoNotifications(now: Date): Promise<void> {
  await seedDemoWatches();
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  const [assignments, comments, advice, moves] = await Promise.all([
    db.boardIssueEvent.findMany({
      where: { kind: { in: ["CREATED", "ASSIGNED"] }, issue: { assigneeId: { not: null } } },
      select: { issueId: true, at: true },
    }),
    db.boardComment.findMany({ select: { id: true, createdAt: true } }),
    db.adviceEntry.findMany({ where: { deletedAt: null }, select: { id: true, authorId: true, createdAt: true } }),
    db.engagementEvent.findMany({ where: { kind: "STAGE_CHANGED", at: { gte: since } }, select: { id: true, at: true } }),
  ]);
  const dated: Dated[] = [];
  const add = (plans: PlannedNotification[], at: Date) => dated.push(...plans.map((plan) => ({ plan, at })));
  for (const a of assignments) add(await planIssueAssigned(a.issueId), a.at);
  for (const c of comments) add(await planIssueCommented(c.id), c.createdAt);
  for (const e of advice) add(await planAdviceLogged(e.id, e.authorId), e.createdAt);
  for (const m of moves) add(await planStageChanged(m.id, undefined, now), m.at);
  // Today's due-date notices, as the tick makes them at the digest hour (late in the day: everyone's hour has come).
  const lateToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 0));
  add(planDueNotifications(await findDueItems(lateToday)), now);

  const byPerson = new Map<string, Dated[]>();
  for (const item of dated) byPerson.set(item.plan.userId, [...(byPerson.get(item.plan.userId) ?? []), item]);
  const chosen = [...byPerson.values()].flatMap((items) =>
    [...new Map(items.map((i) => [i.plan.dedupeKey, i])).values()].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, PER_PERSON),
  );
  await db.notification.createMany({
    data: chosen.map(({ plan, at }) => ({ ...plan, createdAt: at, emailedAt: at })),
    skipDuplicates: true,
  });
}
