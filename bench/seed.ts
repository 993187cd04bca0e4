// npm run bench:seed -- --scale N   (N may be fractional: 0.05)
// A deterministic dataset for the benchmark, built with the bulk factories (tests/factories/bulk.ts):
// scale 1 ≈ 20 programmes, 240 partner rows, 1,440 engagements, 10,000 advice entries, 2,000 board
// issues, 400 users. Refuses a database that already holds institutions (bench/run.ts empties its
// own throwaway database first).
import { parseArgs } from "node:util";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedMessage } from "@/lib/i18n/message";
import type { Service } from "@/lib/generated/prisma/enums";
import {
  BENCH_PARTNERS,
  BENCH_PASSWORD,
  BENCH_PROGRAMME_ID,
  BENCH_PROGRAMME_TITLE,
  BENCH_USERS,
  LARGEST_SHARE,
  SCALE_1,
} from "./dataset.ts";
import { buildPlanRows } from "./plan-rows.ts";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, seed: { type: "string", default: "20261128" } } });
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`--scale must be a positive number (e.g. 1, 10 or 0.05), not "${values.scale}".`);
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set. Point it at a throwaway database, or use `npm run bench`, which starts one.");
  process.exit(2);
}

// Imported after the checks: lib/db reads DATABASE_URL on import.
const { db } = await import("@/lib/db");
const { hashPassword } = await import("@/lib/auth/password");
const { SERVICES_IN_GUIDE_ORDER } = await import("@/lib/domain/services");
const bulk = await import("@/tests/factories/bulk");

const started = Date.now();
const log = (line: string) => console.log(`[bench:seed ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);

if ((await db.institution.count()) > 0) {
  console.error("This database already has data. The bench seed needs an empty database (npm run bench creates one).");
  process.exit(1);
}

const r = bulk.createRandom(Number(values.seed));
// Midnight today (UTC): relative dates (due soon, stale) stay meaningful; the content is fixed.
const today = new Date();
const now = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12));

const programmeCount = Math.max(1, Math.round(SCALE_1.programmes * scale));
const userCount = Math.max(24, Math.round(SCALE_1.users * scale));
const institutionCount = Math.max(BENCH_PARTNERS, Math.round(60 * scale));
const adviceTotal = Math.max(50, Math.round(SCALE_1.adviceEntries * scale));
const issueTotal = Math.max(10, Math.round(SCALE_1.boardIssues * scale));

log(
  `scale ${scale}: ${programmeCount} programmes, ${institutionCount} institutions, ${userCount} users, ${adviceTotal} advice entries, ${issueTotal} board issues`,
);
const passwordHash = await hashPassword(BENCH_PASSWORD); // once: argon2 is slow on purpose

// Institutions
const institutions: Prisma.InstitutionCreateManyInput[] = Array.from({ length: institutionCount }, (_, n) => ({
  id: r.id(),
  name: bulk.institutionNameFor(n),
  shortName: `BU${String(n + 1).padStart(4, "0")}`,
  ...bulk.institutionPlaceFor(n),
}));
const institutionIds = institutions.map((i) => i.id!);

// Users: user n belongs to institution n mod I, so every institution has people.
const users: Prisma.UserCreateManyInput[] = Array.from({ length: userCount }, (_, n) => ({
  id: r.id(),
  name: bulk.personName(r),
  email: `bench-user-${n + 1}@consort.test`,
  institutionId: institutionIds[n % institutionCount]!,
  passwordHash,
}));
const usersAt = (institution: number) => users.filter((_, n) => n % institutionCount === institution).map((u) => u.id!);

// Programmes: each has 12 institutions (lead first), consecutive in the pool from a rotating offset.
const programmes: Prisma.ProgrammeCreateManyInput[] = [];
const partners: Prisma.ProgrammePartnerCreateManyInput[] = [];
const memberships: Prisma.MembershipCreateManyInput[] = [];
const representations: Prisma.TaskForceRepresentationCreateManyInput[] = [];
const engagements: Prisma.EngagementCreateManyInput[] = [];
const engagementEvents: Prisma.EngagementEventCreateManyInput[] = [];
const audits: Prisma.AuditLogCreateManyInput[] = [];
const membersOf = new Map<string, string[]>();
const institutionsOf = new Map<string, string[]>();
const engagementsOf = new Map<string, { id: string; programmeId: string; institutionId: string; service: Service }[]>();

const benchUserIds: Record<keyof typeof BENCH_USERS, string> = { leader: r.id(), partner: r.id(), taskforce: r.id(), admin: r.id() };

for (let p = 0; p < programmeCount; p++) {
  const largest = p === 0;
  const id = largest ? BENCH_PROGRAMME_ID : r.id();
  const memberInstitutions = Array.from({ length: BENCH_PARTNERS }, (_, k) => (p * 7 + k) % institutionCount);
  const leadIndex = memberInstitutions[0]!;
  programmes.push({
    id,
    title: largest ? BENCH_PROGRAMME_TITLE : bulk.programmeTitle(r, p),
    summary: bulk.adviceSentence(r),
    ects: r.pick([5, 10, 15, 30]),
    eqfLevel: r.pick([6, 7]),
    deliveryMode: r.pick(["ONLINE", "BLENDED", "ON_SITE"] as const),
    leadInstitutionId: institutionIds[leadIndex]!,
    status: r.pick(["DESIGN", "DEVELOPMENT", "APPROVAL", "DELIVERY"] as const),
    nextIssueNumber: 1,
  });
  const seen = new Set<string>();
  const member = (
    userId: string,
    role: "TEAM_LEADER" | "PARTNER_STAFF" | "TASK_FORCE",
    institution: number,
    services: readonly Service[] = [],
  ) => {
    const key = `${userId}:${role}`;
    if (seen.has(key)) return;
    seen.add(key);
    const membershipId = r.id();
    memberships.push({ id: membershipId, programmeId: id, userId, role, institutionId: institutionIds[institution]! });
    for (const service of services) representations.push({ id: r.id(), membershipId, service });
  };
  member(largest ? benchUserIds.leader : r.pick(usersAt(leadIndex)), "TEAM_LEADER", leadIndex);
  for (const k of memberInstitutions) member(r.pick(usersAt(k)), "PARTNER_STAFF", k);
  for (const service of SERVICES_IN_GUIDE_ORDER) {
    const k = r.pick(memberInstitutions);
    member(r.pick(usersAt(k)), "TASK_FORCE", k, [service]);
  }
  if (largest) {
    member(benchUserIds.partner, "PARTNER_STAFF", memberInstitutions[1]!);
    member(benchUserIds.taskforce, "TASK_FORCE", memberInstitutions[2]!, ["LEGAL", "IT"]);
  }
  const actorIds = memberships.filter((m) => m.programmeId === id).map((m) => m.userId);
  membersOf.set(id, actorIds);
  institutionsOf.set(
    id,
    memberInstitutions.map((k) => institutionIds[k]!),
  );
  const list: { id: string; programmeId: string; institutionId: string; service: Service }[] = [];
  for (const k of memberInstitutions) {
    const institutionId = institutionIds[k]!;
    partners.push({
      id: r.id(),
      programmeId: id,
      institutionId,
      role: k === leadIndex ? "LEAD" : "PARTNER",
      joinedAt: new Date(now.getTime() - 320 * 86_400_000),
    });
    for (const service of SERVICES_IN_GUIDE_ORDER) {
      const built = bulk.buildEngagement(r, now, { programmeId: id, institutionId, service, actorIds });
      engagements.push(built.row);
      engagementEvents.push(...built.events);
      audits.push(...built.audits);
      list.push({ id: built.row.id!, programmeId: id, institutionId, service });
    }
  }
  engagementsOf.set(id, list);
}

// The bench accounts, with known emails and the bench password.
const benchInstitution = (index: number) => institutionIds[index % institutionCount]!;
for (const [key, user] of Object.entries(BENCH_USERS) as [keyof typeof BENCH_USERS, (typeof BENCH_USERS)[keyof typeof BENCH_USERS]][]) {
  users.push({
    id: benchUserIds[key],
    name: user.name,
    email: user.email,
    institutionId: key === "admin" ? null : benchInstitution(key === "leader" ? 0 : key === "partner" ? 1 : 2),
    isPlatformAdmin: key === "admin",
    passwordHash,
  });
}

// Advice: the largest programme holds LARGEST_SHARE of it (all of it when it is the only one).
const adviceEntries: Prisma.AdviceEntryCreateManyInput[] = [];
const largestAdvice = programmeCount === 1 ? adviceTotal : Math.round(adviceTotal * LARGEST_SHARE);
for (let n = 0; n < adviceTotal; n++) {
  const programmeId = n < largestAdvice ? BENCH_PROGRAMME_ID : programmes[1 + ((n - largestAdvice) % (programmeCount - 1))]!.id!;
  const engagement = r.pick(engagementsOf.get(programmeId)!);
  const built = bulk.buildAdviceEntry(r, now, engagement, r.pick(membersOf.get(programmeId)!));
  adviceEntries.push(built.row);
  audits.push(built.audit);
}

// Board issues, numbered per programme.
const boardIssues: Prisma.BoardIssueCreateManyInput[] = [];
const boardEvents: Prisma.BoardIssueEventCreateManyInput[] = [];
const largestIssues = programmeCount === 1 ? issueTotal : Math.round(issueTotal * LARGEST_SHARE);
const perOther = programmeCount === 1 ? 0 : (issueTotal - largestIssues) / (programmeCount - 1);
programmes.forEach((programme, p) => {
  const count = p === 0 ? largestIssues : Math.round(perOther * p) - Math.round(perOther * (p - 1));
  const built = bulk.buildBoardIssues(r, now, programme.id!, count, {
    authorIds: membersOf.get(programme.id!)!,
    institutionIds: institutionsOf.get(programme.id!)!,
  });
  boardIssues.push(...built.issues);
  boardEvents.push(...built.events);
  programme.nextIssueNumber = count + 1;
});

log(
  `built ${engagements.length} engagements, ${adviceEntries.length} advice entries, ${boardIssues.length} board issues in memory; inserting …`,
);
await bulk.bulkInsert.institutions(institutions);
await bulk.bulkInsert.users(users);
await bulk.bulkInsert.programmes(programmes);
await bulk.bulkInsert.partners(partners);
await bulk.bulkInsert.memberships(memberships);
await bulk.bulkInsert.representations(representations);
await bulk.bulkInsert.engagements(engagements);
await bulk.bulkInsert.engagementEvents(engagementEvents);
log(`engagements done; advice …`);
await bulk.bulkInsert.adviceEntries(adviceEntries);
log(`advice done; board …`);
await bulk.bulkInsert.boardIssues(boardIssues);
await bulk.bulkInsert.boardIssueEvents(boardEvents);
await bulk.bulkInsert.audits(audits);
log(`board done; plan …`);
const plan = buildPlanRows(r, now, {
  programmeIds: programmes.map((p) => p.id!),
  largest: {
    id: BENCH_PROGRAMME_ID,
    institutionIds: institutionsOf.get(BENCH_PROGRAMME_ID)!,
    memberIds: membersOf.get(BENCH_PROGRAMME_ID)!,
  },
  scale,
});
await bulk.insertRows("PlanStep", plan.planSteps);
await bulk.insertRows("Decision", plan.decisions);
await bulk.insertRows("DecisionVersion", plan.versions);
await bulk.insertRows("DecisionSignOff", plan.signOffs);
await bulk.insertRows("Obstacle", plan.obstacles);
await bulk.insertRows("ObstacleEvent", plan.obstacleEvents);
await db.programme.update({
  where: { id: BENCH_PROGRAMME_ID },
  data: { nextDecisionNumber: plan.decisionCount + 1, nextObstacleNumber: plan.obstacleCount + 1 },
});
// A full inbox for every bench account: 1,000 notifications each (the issue's figure), a tenth unread.
const NOTIFICATIONS_PER_BENCH_USER = 1_000;
for (const userId of Object.values(benchUserIds)) {
  const rows: Prisma.NotificationCreateManyInput[] = Array.from({ length: NOTIFICATIONS_PER_BENCH_USER }, (_, n) => ({
    id: r.id(),
    userId,
    programmeId: BENCH_PROGRAMME_ID,
    kind: "ISSUE_COMMENT",
    message: storedMessage("notifications.message.issueComment", {
      actor: "Bench Partner",
      number: (n % 200) + 1,
      title: "Recognition of prior learning",
    }),
    href: `/programmes/${BENCH_PROGRAMME_ID}/board`,
    dedupeKey: `bench:${userId}:${n}`,
    createdAt: new Date(now.getTime() - n * 3_600_000),
    readAt: n % 10 === 0 ? null : new Date(now.getTime() - n * 3_000_000),
  }));
  await db.notification.createMany({ data: rows });
}
// Fresh statistics, so the planner sees the real sizes (as it would after autovacuum in production).
await db.$executeRawUnsafe("ANALYZE");
log(
  `done: ${programmes.length} programmes, ${partners.length} partner rows, ${engagements.length} engagements, ${adviceEntries.length} advice entries, ` +
    `${boardIssues.length} board issues, ${users.length} users, ${memberships.length} memberships, ${audits.length} audit rows, ` +
    `${plan.decisionCount} decisions and ${plan.obstacleCount} obstacles in the largest programme. ` +
    `Largest programme: ${BENCH_PROGRAMME_ID} ("${BENCH_PROGRAMME_TITLE}"); bench accounts ${Object.values(BENCH_USERS)
      .map((u) => u.email)
      .join(", ")}, password ${BENCH_PASSWORD}.`,
);
await db.$disconnect();
