import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed";
import { DEMO_PEOPLE, MAIN_PROGRAMME, SECOND_PROGRAMME } from "@/prisma/demo-data";
import { verifyPassword } from "@/lib/auth/password";
import { listMyProgrammes } from "@/lib/programmes/data";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { getPlan } from "@/lib/plan/data";
import { getDecisionRegister } from "@/lib/decisions/data";

const NOW = new Date("2026-11-28T10:00:00Z");

async function rowCounts() {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of rows) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "public"."${tablename}"`);
    counts[tablename] = Number(row?.n ?? -1);
  }
  return counts;
}

// Map.groupBy needs Node 21; the project supports Node 20.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const userByEmail = (email: string) =>
  db.user.findUniqueOrThrow({ where: { email }, select: { id: true, isPlatformAdmin: true, passwordHash: true, deactivatedAt: true } });

// Seeding takes a couple of seconds: the read-only checks share one seeded database.
describe("the demo seed", () => {
  let firstRun: { created: boolean } | undefined;
  beforeAll(async () => {
    await resetDatabase();
    firstRun = await seedDemo({ now: NOW });
  });

  it("creates the demo accounts, each able to sign in with consort-demo, and the two programmes", async () => {
    expect(firstRun).toEqual({ created: true });
    for (const email of [
      "admin@consort.test",
      "leader@consort.test",
      "partner@consort.test",
      "taskforce@consort.test",
      "outsider@consort.test",
    ]) {
      const user = await userByEmail(email);
      expect(user.deactivatedAt, email).toBeNull();
      expect(await verifyPassword(user.passwordHash!, "consort-demo"), email).toBe(true);
      expect(await verifyPassword(user.passwordHash!, "wrong"), email).toBe(false);
    }
    expect((await userByEmail("admin@consort.test")).isPlatformAdmin).toBe(true);
    expect((await userByEmail("leader@consort.test")).isPlatformAdmin).toBe(false);
    expect((await userByEmail(DEMO_PEOPLE.dieter.email)).deactivatedAt).not.toBeNull();

    const programmes = await db.programme.findMany({
      orderBy: { title: "asc" },
      select: {
        title: true,
        ects: true,
        eqfLevel: true,
        deliveryMode: true,
        plannedStart: true,
        _count: { select: { partners: true, engagements: true } },
      },
    });
    expect(
      programmes.map((p) => [
        p.title,
        Number(p.ects),
        p.eqfLevel,
        p.deliveryMode,
        p.plannedStart?.toISOString().slice(0, 10),
        p._count.partners,
        p._count.engagements,
      ]),
    ).toEqual([
      [MAIN_PROGRAMME.title, 15, 7, "BLENDED", "2027-09-01", 5, 30],
      [SECOND_PROGRAMME.title, 5, 6, "ONLINE", "2027-02-01", 2, 12],
    ]);
    const mainPartners = await db.programmePartner.findMany({
      where: { programme: { title: MAIN_PROGRAMME.title } },
      select: { role: true, institution: { select: { country: true, erasmusCode: true, schacCode: true } } },
    });
    expect(new Set(mainPartners.map((p) => p.institution.country)).size).toBe(5);
    expect(mainPartners.filter((p) => p.role === "LEAD")).toHaveLength(1);
    expect(mainPartners.every((p) => p.institution.erasmusCode && p.institution.schacCode)).toBe(true);
  });

  it("gives each demo user exactly their programmes and roles", async () => {
    const seen = async (email: string) =>
      (await listMyProgrammes((await userByEmail(email)).id)).map((p) => [p.title, p.roles.map((r) => `${r.role}@${r.institution}`)]);
    expect(await seen("leader@consort.test")).toEqual([[MAIN_PROGRAMME.title, ["TEAM_LEADER@RMU"]]]);
    expect(await seen("partner@consort.test")).toEqual([[MAIN_PROGRAMME.title, ["PARTNER_STAFF@ULEV"]]]);
    expect(await seen("taskforce@consort.test")).toEqual([[MAIN_PROGRAMME.title, ["TASK_FORCE@VUT"]]]);
    expect(await seen("outsider@consort.test")).toEqual([[SECOND_PROGRAMME.title, ["TEAM_LEADER@DUAS"]]]);
    expect(await seen("admin@consort.test")).toEqual([]);
    const legal = await db.membership.findFirstOrThrow({
      where: { user: { email: "taskforce@consort.test" } },
      select: { representations: { select: { service: true } } },
    });
    expect(legal.representations.map((r) => r.service)).toEqual(["LEGAL"]);
    // Every partner of the main programme has partner staff (an active one); the lead has task-force reps.
    const main = await db.programme.findFirstOrThrow({
      where: { title: MAIN_PROGRAMME.title },
      select: { id: true, leadInstitutionId: true, partners: { select: { institutionId: true, role: true } } },
    });
    for (const partner of main.partners.filter((p) => p.role === "PARTNER")) {
      expect(
        await db.membership.count({
          where: { programmeId: main.id, institutionId: partner.institutionId, role: "PARTNER_STAFF", user: { deactivatedAt: null } },
        }),
      ).toBeGreaterThan(0);
    }
    expect(
      await db.membership.count({ where: { programmeId: main.id, institutionId: main.leadInstitutionId, role: "TASK_FORCE" } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("keeps the outsider out of the main programme", async () => {
    const outsider = await userByEmail("outsider@consort.test");
    const main = await db.programme.findFirstOrThrow({ where: { title: MAIN_PROGRAMME.title }, select: { id: true } });
    expect(await db.membership.count({ where: { programmeId: main.id, userId: outsider.id } })).toBe(0);
  });

  it("gives every demo user in a programme a few unread notifications, each leading into a programme they belong to", async () => {
    const people = await db.user.findMany({
      where: { deactivatedAt: null, memberships: { some: {} } },
      select: {
        name: true,
        memberships: { select: { programmeId: true } },
        notifications: { where: { readAt: null }, select: { programmeId: true, href: true } },
      },
    });
    expect(people.length).toBeGreaterThan(5);
    expect(people.filter((p) => p.notifications.length < 2).map((p) => `${p.name}: ${p.notifications.length}`)).toEqual([]);
    for (const person of people) {
      const theirs = new Set(person.memberships.map((m) => m.programmeId));
      for (const n of person.notifications) {
        expect(theirs.has(n.programmeId!)).toBe(true);
        expect(n.href).toMatch(new RegExp(`^/programmes/${n.programmeId}/`));
      }
    }
  });

  it("does nothing the second time: no row, no value changes", async () => {
    const counts = await rowCounts();
    const fingerprint = await tableFingerprint();
    expect(await seedDemo({ now: new Date("2027-01-15T10:00:00Z") })).toEqual({ created: false });
    expect(await rowCounts()).toEqual(counts);
    expect(await tableFingerprint()).toBe(fingerprint);
    expect(counts.User).toBe(Object.keys(DEMO_PEOPLE).length);
  });

  it("keeps every engagement's stage, reason and lastActivityAt consistent with its history", async () => {
    const engagements = await db.engagement.findMany({
      select: {
        stage: true,
        blockedFromStage: true,
        stageReason: true,
        lastActivityAt: true,
        version: true,
        events: { orderBy: { at: "asc" }, select: { at: true, kind: true, fromStage: true, toStage: true, actorId: true } },
      },
    });
    expect(engagements).toHaveLength(42);
    for (const e of engagements) {
      const latest = e.events.at(-1)!;
      expect(e.events[0]?.kind).toBe("CREATED");
      expect(e.lastActivityAt.toISOString()).toBe(latest.at.toISOString());
      expect(e.lastActivityAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      const moves = e.events.filter((ev) => ev.kind === "STAGE_CHANGED");
      expect(moves.at(-1)?.toStage ?? "NOT_CONTACTED").toBe(e.stage);
      // Each move starts where the previous one ended.
      moves.forEach((m, index) => expect(m.fromStage).toBe(index === 0 ? "NOT_CONTACTED" : moves[index - 1]!.toStage));
      if (e.stage === "BLOCKED") expect(e.blockedFromStage).toBe(moves.at(-1)?.fromStage);
      else expect(e.blockedFromStage).toBeNull();
      expect(Boolean(e.stageReason)).toBe(e.stage === "BLOCKED" || e.stage === "NOT_APPLICABLE");
    }
    const stages = engagements.map((e) => e.stage);
    for (const stage of [
      "NOT_CONTACTED",
      "CONTACTED",
      "IN_CONSULTATION",
      "ADVICE_RECEIVED",
      "SETTLED",
      "BLOCKED",
      "NOT_APPLICABLE",
    ] as const) {
      expect(stages, stage).toContain(stage);
    }
    expect(stages.filter((s) => s === "BLOCKED")).toHaveLength(1);
    expect(stages.filter((s) => s === "NOT_APPLICABLE")).toHaveLength(1);
    // One overdue engagement, some owners.
    const overdue = await db.engagement.count({ where: { dueDate: { lt: NOW }, stage: { notIn: ["SETTLED", "NOT_APPLICABLE"] } } });
    expect(overdue).toBe(1);
  });

  it("puts the lead's internationalisation and teaching & learning furthest along, as the guide says", async () => {
    const rank = {
      NOT_CONTACTED: 0,
      CONTACTED: 1,
      IN_CONSULTATION: 2,
      ADVICE_RECEIVED: 3,
      SETTLED: 4,
      BLOCKED: 0,
      NOT_APPLICABLE: 0,
    } as const;
    const main = await db.programme.findFirstOrThrow({
      where: { title: MAIN_PROGRAMME.title },
      select: { leadInstitutionId: true, engagements: { select: { institutionId: true, service: true, stage: true } } },
    });
    const lead = main.engagements.filter((e) => e.institutionId === main.leadInstitutionId);
    const first = lead
      .filter((e) => e.service === "INTERNATIONALISATION" || e.service === "TEACHING_AND_LEARNING")
      .map((e) => rank[e.stage]);
    const others = main.engagements
      .filter(
        (e) =>
          !(e.institutionId === main.leadInstitutionId && (e.service === "INTERNATIONALISATION" || e.service === "TEACHING_AND_LEARNING")),
      )
      .map((e) => rank[e.stage]);
    expect(Math.min(...first)).toBeGreaterThan(Math.max(...others));
  });

  it("seeds advice with revisions, and board issues numbered and ordered per column", async () => {
    const advice = await db.adviceEntry.findMany({
      select: { visibility: true, kind: true, version: true, _count: { select: { revisions: true } } },
    });
    expect(advice.length).toBeGreaterThanOrEqual(5);
    expect(new Set(advice.map((a) => a.visibility))).toEqual(new Set(["SHARED", "INSTITUTION_DRAFT"]));
    expect(new Set(advice.map((a) => a.kind)).size).toBeGreaterThanOrEqual(4);
    for (const a of advice) expect(a._count.revisions).toBe(a.version);
    expect(advice.some((a) => a._count.revisions > 0)).toBe(true);
    // The full-text trigger filled the search vector.
    const [hit] = await db.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "AdviceEntry" WHERE "searchVector" @@ to_tsquery('simple', 'senate')`;
    expect(Number(hit?.n)).toBe(1);

    const issues = await db.boardIssue.findMany({
      orderBy: [{ programmeId: "asc" }, { number: "asc" }],
      select: {
        programmeId: true,
        number: true,
        status: true,
        position: true,
        escalation: true,
        services: true,
        _count: { select: { events: true, comments: true } },
      },
    });
    const byProgramme = groupBy(issues, (i) => i.programmeId);
    for (const list of byProgramme.values()) {
      expect(list.map((i) => i.number)).toEqual(list.map((_, index) => index + 1));
      for (const column of groupBy(list, (i) => i.status).values())
        expect(column.map((i) => i.position).sort()).toEqual(column.map((_, index) => index));
    }
    expect(issues.filter((i) => i.escalation === "INSTITUTION_RULES" && i.services.includes("LEGAL"))).toHaveLength(1);
    expect(issues.every((i) => i._count.events >= 1)).toBe(true);
    expect(issues.some((i) => i._count.comments > 0)).toBe(true);
    const programmes = await db.programme.findMany({ select: { id: true, nextIssueNumber: true } });
    for (const p of programmes) expect(p.nextIssueNumber).toBe((byProgramme.get(p.id)?.length ?? 0) + 1);
    expect(
      await db.auditLog.count({ where: { action: { in: ["moveEngagement", "logAdvice", "editAdvice", "createIssue", "commentIssue"] } } }),
    ).toBeGreaterThan(20);
  });
  it("shows the plan half done, the platform decision agreed by all, the language policy contested by one partner, and two obstacles", async () => {
    const main = await db.programme.findFirstOrThrow({ where: { title: MAIN_PROGRAMME.title }, select: { id: true } });
    const plan = await getPlan(main.id);
    const finished = plan.steps.filter((s) => s.status === "DONE" || s.status === "NOT_APPLICABLE").length;
    expect(finished).toBeGreaterThanOrEqual(6);
    expect(finished).toBeLessThanOrEqual(10);
    const register = await getDecisionRegister(main.id, { page: 1 });
    const byTitle = Object.fromEntries(register.rows.map((d) => [d.title, d]));
    expect(byTitle["Common delivery platform"]?.standing.state).toBe("AGREED");
    expect(byTitle["Language policy"]?.standing).toMatchObject({ state: "CONTESTED" });
    expect(byTitle["Language policy"]?.standing.objecting).toHaveLength(1);
    expect(byTitle["Language policy"]?.currentVersion).toBe(2);
    const obstacles = await db.obstacle.findMany({ where: { programmeId: main.id }, orderBy: { number: "asc" }, select: { stage: true } });
    expect(obstacles.map((o) => o.stage)).toEqual(["RULE_CHANGE_ADOPTED", "GOVERNMENT_REQUEST_SENT"]);
    // The plan's step with the agreed decision is done; none of the done steps waits for a decision.
    expect(plan.steps.find((s) => s.step === "ECOSYSTEM")).toMatchObject({ status: "DONE", decisions: { total: 1, notAgreed: 0 } });
    for (const step of plan.steps.filter((s) => s.status === "DONE")) expect(step.decisions.notAgreed, step.step).toBe(0);
  });
});

describe("the demo seed on a half-seeded database", () => {
  beforeAll(resetDatabase);

  it("refuses to seed over half of an earlier seed instead of duplicating rows", async () => {
    await db.institution.create({ data: { name: "Rijnmond University", shortName: "RMU", country: "Netherlands", city: "Rotterdam" } });
    await expect(seedDemo({ now: NOW })).rejects.toThrow(/db:reset/);
    expect(await db.institution.count()).toBe(1);
  });
});
