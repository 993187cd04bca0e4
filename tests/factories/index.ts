// Factories shared by the tests and the demo seed: the same code builds both worlds.
// They go through the domain mutations where those exist, so seeded data obeys the same rules.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { addMember, addPartner, createProgramme } from "@/lib/programmes/mutations";
import type { DeliveryMode, MemberRole, Service } from "@/lib/generated/prisma/enums";

let sequence = 0;
const next = () => ++sequence;

export const DEMO_PASSWORD = "consort-demo";
let demoHash: Promise<string> | undefined;
/** Hashing is slow on purpose; factories share one hash of the demo password. */
export const demoPasswordHash = () => (demoHash ??= hashPassword(DEMO_PASSWORD));

export async function createInstitution(
  overrides: Partial<{ name: string; shortName: string; country: string; city: string; erasmusCode: string; schacCode: string }> = {},
) {
  const n = next();
  return db.institution.create({
    data: {
      name: overrides.name ?? `University ${n}`,
      shortName: overrides.shortName ?? `U${n}`,
      country: overrides.country ?? "Netherlands",
      city: overrides.city ?? `City ${n}`,
      erasmusCode: overrides.erasmusCode,
      schacCode: overrides.schacCode,
    },
  });
}

export async function createUser(
  overrides: Partial<{
    name: string;
    email: string;
    institutionId: string | null;
    isPlatformAdmin: boolean;
    isProgrammeCreator: boolean;
    password: string;
    deactivated: boolean;
  }> = {},
) {
  const n = next();
  return db.user.create({
    data: {
      name: overrides.name ?? `Person ${n}`,
      email: (overrides.email ?? `person${n}@example.test`).toLowerCase(),
      institutionId: overrides.institutionId ?? null,
      isPlatformAdmin: overrides.isPlatformAdmin ?? false,
      isProgrammeCreator: overrides.isProgrammeCreator ?? false,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : await demoPasswordHash(),
      deactivatedAt: overrides.deactivated ? new Date() : null,
    },
  });
}

export async function createProgrammeFor(
  leader: { id: string; institutionId: string | null },
  overrides: Partial<{
    title: string;
    ects: number;
    eqfLevel: number;
    deliveryMode: DeliveryMode;
    summary: string;
    plannedStart: Date | null;
  }> = {},
) {
  if (!leader.institutionId) throw new Error("A team leader needs a home institution to lead a programme.");
  return createProgramme(leader.id, leader.id, {
    title: overrides.title ?? `Programme ${next()}`,
    summary: overrides.summary ?? "",
    ects: overrides.ects ?? 15,
    eqfLevel: overrides.eqfLevel ?? 7,
    deliveryMode: overrides.deliveryMode ?? "BLENDED",
    plannedStart: overrides.plannedStart ?? null,
    leadInstitutionId: leader.institutionId,
  });
}

export async function addPartnerTo(programmeId: string, actorId: string, institutionId: string) {
  return addPartner(actorId, programmeId, institutionId);
}

export async function addMemberTo(
  programmeId: string,
  actorId: string,
  user: { id: string },
  role: MemberRole,
  institutionId: string,
  services: Service[] = [],
) {
  return addMember(actorId, { programmeId, userId: user.id, role, institutionId, services });
}

/**
 * A small world most tests need: a lead university with a team leader, two partners each with
 * partner staff, a task-force member for LEGAL at partner B, and an outsider in another programme.
 */
export async function createWorld() {
  const lead = await createInstitution({ name: "Lead University", shortName: `LEAD${next()}`, country: "Netherlands" });
  const partnerA = await createInstitution({ name: "Partner A University", shortName: `PA${next()}`, country: "Spain" });
  const partnerB = await createInstitution({ name: "Partner B University", shortName: `PB${next()}`, country: "Poland" });
  // Team leaders are programme creators (as the migration that introduced the flag made them).
  const leader = await createUser({ name: "Lea Leader", institutionId: lead.id, isProgrammeCreator: true });
  const staffA = await createUser({ name: "Ana Staff", institutionId: partnerA.id });
  const staffB = await createUser({ name: "Bo Staff", institutionId: partnerB.id });
  const legalB = await createUser({ name: "Lex Taskforce", institutionId: partnerB.id });
  const outsider = await createUser({ name: "Otto Outsider", institutionId: partnerA.id, isProgrammeCreator: true });
  const admin = await createUser({ name: "Ada Admin", isPlatformAdmin: true });
  const programme = await createProgrammeFor(leader, { title: "Joint Programme" });
  await addPartnerTo(programme.id, leader.id, partnerA.id);
  await addPartnerTo(programme.id, leader.id, partnerB.id);
  await addMemberTo(programme.id, leader.id, staffA, "PARTNER_STAFF", partnerA.id);
  await addMemberTo(programme.id, leader.id, staffB, "PARTNER_STAFF", partnerB.id);
  await addMemberTo(programme.id, leader.id, legalB, "TASK_FORCE", partnerB.id, ["LEGAL"]);
  const otherProgramme = await createProgrammeFor(outsider.institutionId ? { id: outsider.id, institutionId: partnerA.id } : leader, {
    title: "Other Programme",
  });
  return { lead, partnerA, partnerB, leader, staffA, staffB, legalB, outsider, admin, programme, otherProgramme };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

// Builders for states the workflows would have produced (history, advice, board issues).
export {
  DAY_MS,
  dateInDays,
  daysAgo,
  findEngagement,
  forwardSteps,
  tellEngagementStory,
  type EngagementStory,
  type StageStep,
} from "./engagements";
export { logAdviceEntry, type AdviceDraft } from "./advice";
export { createBoardIssue, type IssueDraft } from "./board";
export { createNotification, createNotifications, type NotificationDraft } from "./notifications";
export { createDecision, createObstacle, type DecisionDraft } from "./plan";
