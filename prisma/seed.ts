// The demo partnership: a realistic alliance to explore Consort with (see README, "Demo accounts").
//   npm run db:seed            (tsx --conditions=react-server prisma/seed.ts, uses DATABASE_URL)
//
// Deterministic: the same people, institutions, programmes, stages, advice and issues every time.
// Dates: the programmes' planned starts are fixed (2027-09-01 and 2027-02-01); every activity date
// (history, advice, issues, due dates) is placed a fixed number of days before or after the moment
// of seeding, so "days since last activity", stale and overdue markers look the same whenever the
// demo is seeded. Idempotent: if admin@consort.test exists the seed does nothing.
import { pathToFileURL } from "node:url";
import { db } from "@/lib/db";
import { addMemberTo, addPartnerTo, createInstitution, createProgrammeFor, createUser } from "@/tests/factories";
import type { Service } from "@/lib/generated/prisma/enums";
import { DEMO_INSTITUTIONS, DEMO_MARKER_EMAIL, DEMO_PEOPLE, MAIN_PROGRAMME, SECOND_PROGRAMME } from "./demo-data";
import { seedDemoContent } from "./demo-content";
import { seedDemoPlan } from "./demo-plan";
import { seedDemoNotifications } from "./demo-notifications";

export type DemoInstitutions = Record<keyof typeof DEMO_INSTITUTIONS, { id: string }>;
export type DemoPeople = Record<keyof typeof DEMO_PEOPLE, { id: string; institutionId: string | null }>;

export async function seedDemo(options: { now?: Date; log?: (line: string) => void } = {}): Promise<{ created: boolean }> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  if (await db.user.findUnique({ where: { email: DEMO_MARKER_EMAIL }, select: { id: true } })) {
    log("Demo data already present (admin@consort.test exists): nothing to do.");
    return { created: false };
  }
  const shortNames = Object.values(DEMO_INSTITUTIONS).map((i) => i.shortName);
  if (await db.institution.count({ where: { shortName: { in: shortNames } } })) {
    throw new Error(
      "The database holds part of the demo data (an earlier seed stopped half-way). Run `npm run db:reset` to start again from empty, then seed.",
    );
  }

  const institutions = {} as DemoInstitutions;
  for (const [key, data] of Object.entries(DEMO_INSTITUTIONS)) {
    institutions[key as keyof DemoInstitutions] = await createInstitution(data);
  }
  const people = {} as DemoPeople;
  // The admin is created last (below): its presence marks a complete seed.
  for (const [key, person] of Object.entries(DEMO_PEOPLE)) {
    if (person.email === DEMO_MARKER_EMAIL) continue;
    people[key as keyof DemoPeople] = await createUser({
      name: person.name,
      email: person.email,
      institutionId: person.institution ? institutions[person.institution].id : null,
      deactivated: "deactivated" in person && person.deactivated,
      isProgrammeCreator: "programmeCreator" in person && person.programmeCreator,
    });
  }

  const leader = people.leader;
  const main = await createProgrammeFor(leader, MAIN_PROGRAMME);
  await db.programme.update({ where: { id: main.id }, data: { status: "DESIGN", createdAt: new Date(now.getTime() - 75 * 86_400_000) } });
  for (const key of ["levante", "vistula", "lyon", "turku"] as const) await addPartnerTo(main.id, leader.id, institutions[key].id);
  const mainMembers: [keyof DemoPeople, "PARTNER_STAFF" | "TASK_FORCE", keyof DemoInstitutions, Service[]][] = [
    ["partner", "PARTNER_STAFF", "levante", []],
    ["tomasz", "PARTNER_STAFF", "vistula", []],
    ["camille", "PARTNER_STAFF", "lyon", []],
    ["aino", "PARTNER_STAFF", "turku", []],
    ["dieter", "PARTNER_STAFF", "lyon", []],
    ["taskforce", "TASK_FORCE", "vistula", ["LEGAL"]],
    ["pieter", "TASK_FORCE", "rijnmond", ["INTERNATIONALISATION"]],
    ["sanne", "TASK_FORCE", "rijnmond", ["TEACHING_AND_LEARNING"]],
    ["lucia", "TASK_FORCE", "levante", ["TEACHING_AND_LEARNING", "IT"]],
  ];
  for (const [person, role, institution, services] of mainMembers) {
    await addMemberTo(main.id, leader.id, people[person], role, institutions[institution].id, services);
  }

  const outsider = people.outsider;
  const second = await createProgrammeFor(outsider, SECOND_PROGRAMME);
  await addPartnerTo(second.id, outsider.id, institutions.levante.id);
  await addMemberTo(second.id, outsider.id, people.elena, "PARTNER_STAFF", institutions.levante.id);

  await seedDemoContent({ now, main: main.id, second: second.id, institutions, people });
  await seedDemoPlan({ now, main: main.id, institutions, people });
  await seedDemoNotifications(now);

  await createUser({ name: DEMO_PEOPLE.admin.name, email: DEMO_PEOPLE.admin.email, isPlatformAdmin: true });
  log(
    `Demo partnership seeded: "${MAIN_PROGRAMME.title}" and "${SECOND_PROGRAMME.title}". Sign in as admin@consort.test, leader@consort.test, partner@consort.test, taskforce@consort.test or outsider@consort.test (password consort-demo).`,
  );
  return { created: true };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await seedDemo({ log: (line) => console.log(line) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}
