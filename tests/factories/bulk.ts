// Bulk builders for large datasets (the benchmark seed): the same field conventions as the other
// factories (engagements.ts, advice.ts), but rows are built in memory from a seeded PRNG and
// written with createMany in chunks, so a hundred thousand rows take seconds, not hours.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceKind, EngagementStage, IssuePriority, IssueStatus, Service } from "@/lib/generated/prisma/enums";
import { DAY_MS, FORWARD_STAGES, dateInDays, daysAgo } from "./engagements";

/** mulberry32: tiny, fast, and the same sequence for the same seed on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  /** cuid-shaped ("c" + 24 lowercase alphanumerics), like the ids Prisma's @default(cuid()) makes. */
  const id = () => {
    let out = "c";
    for (let i = 0; i < 24; i++) out += ALPHABET[Math.floor(next() * 36)];
    return out;
  };
  return { next, int, pick, chance, id };
}
export type Random = ReturnType<typeof createRandom>;

// Real words, so PostgreSQL's full-text search has a realistic vocabulary to index and match.
const SUBJECTS = [
  "The examination board",
  "The legal office",
  "The international office",
  "Student administration",
  "The IT service",
  "The programme committee",
  "The quality assurance team",
  "The registrar",
  "The data protection officer",
  "The faculty board",
];
const VERBS = [
  "requires",
  "recommends",
  "confirmed",
  "expects",
  "cannot accept",
  "approved",
  "asks for",
  "will review",
  "has not yet agreed to",
  "insists on",
];
const OBJECTS = [
  "a signed consortium agreement before enrolment opens",
  "the joint diploma supplement in English and the national language",
  "one learning agreement per mobile student",
  "a data processing agreement covering the shared learning platform",
  "single sign-on through eduGAIN for every partner",
  "tuition fee waivers for students from partner universities",
  "recognition of ECTS credits through the examination board",
  "an accreditation check against the national qualifications framework",
  "the grading conversion table for all partners",
  "student records to be kept at the home institution",
  "a shared assessment policy for blended modules",
  "visa support letters for non-European participants",
  "insurance cover during the mobility window",
  "the micro-credential metadata in the European Learning Model",
  "a complaints procedure that students can reach online",
  "archiving of exam results for seven years",
];
const REASONS = [
  "because national regulation leaves no room for exceptions",
  "so that the intake in September is not delayed",
  "as agreed in the last task force meeting",
  "until the rector signs the memorandum",
  "while the ministry reviews the joint degree rules",
  "because the platform stores personal data outside the campus",
  "to keep the workload of the teaching staff predictable",
  "given the outcome of the previous pilot",
];
const FIRST_NAMES = [
  "Anna",
  "Bram",
  "Chiara",
  "Dorota",
  "Emil",
  "Fatima",
  "Goran",
  "Helena",
  "Ivo",
  "Jana",
  "Kasper",
  "Lucia",
  "Marek",
  "Nora",
  "Oskar",
  "Paula",
  "Quentin",
  "Rosa",
  "Stefan",
  "Tereza",
  "Ulla",
  "Viktor",
  "Wiebke",
  "Xavier",
  "Yara",
  "Zofia",
];
const LAST_NAMES = [
  "Novak",
  "de Vries",
  "Rossi",
  "Kowalska",
  "Lindqvist",
  "Garcia",
  "Horvat",
  "Papadopoulou",
  "Janssens",
  "Dubois",
  "Nielsen",
  "Schmidt",
  "Costa",
  "Virtanen",
  "Murphy",
  "Kovacs",
];
const ROLES = [
  "Head of legal affairs",
  "International officer",
  "Registrar",
  "IT architect",
  "Quality officer",
  "Exam board secretary",
  "Student services lead",
  "Data protection officer",
];
const CITIES = [
  "Leiden",
  "Bologna",
  "Krakow",
  "Uppsala",
  "Ghent",
  "Porto",
  "Tartu",
  "Graz",
  "Lyon",
  "Aarhus",
  "Vilnius",
  "Zagreb",
  "Coimbra",
  "Tampere",
  "Galway",
  "Brno",
  "Salamanca",
  "Freiburg",
  "Pecs",
  "Turku",
];
const COUNTRIES = [
  "Netherlands",
  "Italy",
  "Poland",
  "Sweden",
  "Belgium",
  "Portugal",
  "Estonia",
  "Austria",
  "France",
  "Denmark",
  "Lithuania",
  "Croatia",
  "Portugal",
  "Finland",
  "Ireland",
  "Czechia",
  "Spain",
  "Germany",
  "Hungary",
  "Finland",
];
const TOPICS = [
  "Sustainable Cities",
  "Digital Health",
  "Circular Economy",
  "Data Literacy",
  "Climate Adaptation",
  "Cultural Heritage",
  "Quantum Technologies",
  "Green Energy",
  "Food Systems",
  "Public Policy",
];
const LABELS = ["agreement", "diploma", "platform", "fees", "recognition", "privacy", "mobility", "exam"];

export const personName = (r: Random) => `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
export const programmeTitle = (r: Random, n: number) => `Joint Micro-credential in ${r.pick(TOPICS)} ${n}`;
export const institutionNameFor = (n: number) =>
  `University of ${CITIES[n % CITIES.length]}${n >= CITIES.length ? ` ${Math.floor(n / CITIES.length) + 1}` : ""}`;
export const institutionPlaceFor = (n: number) => ({ city: CITIES[n % CITIES.length]!, country: COUNTRIES[n % COUNTRIES.length]! });

export function adviceSentence(r: Random): string {
  return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(REASONS)}.`;
}

/**
 * Inserts rows into one table, thousands per statement: the rows travel as one JSON parameter and
 * PostgreSQL spreads them with json_populate_recordset, which is many times faster than a
 * multi-row VALUES list with a bind parameter per cell (Prisma's createMany). Columns are those the
 * rows name; Prisma's client-side defaults (@default(cuid()), @updatedAt) are filled in here.
 */
export async function insertRows(
  table: string,
  rows: readonly Record<string, unknown>[],
  options: { updatedAt?: boolean; chunkSize?: number } = {},
): Promise<void> {
  const chunkSize = options.chunkSize ?? 5000;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows
      .slice(i, i + chunkSize)
      .map((row) => (options.updatedAt ? { ...row, updatedAt: row.updatedAt ?? row.createdAt ?? new Date() } : row));
    // Rows that leave out different columns go in separate statements, so omitted columns get their database defaults.
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const row of chunk) {
      const key = Object.keys(row)
        .filter((k) => row[k] !== undefined)
        .sort()
        .join(",");
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, group] of groups) {
      const columns = key
        .split(",")
        .map((c) => `"${c}"`)
        .join(", ");
      await db.$executeRawUnsafe(
        `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
        JSON.stringify(group),
      );
    }
  }
}

const STAGE_WEIGHTS: [EngagementStage, number][] = [
  ["NOT_CONTACTED", 0.15],
  ["CONTACTED", 0.2],
  ["IN_CONSULTATION", 0.25],
  ["ADVICE_RECEIVED", 0.15],
  ["SETTLED", 0.15],
  ["BLOCKED", 0.06],
  ["NOT_APPLICABLE", 0.04],
];

function weightedStage(r: Random): EngagementStage {
  let roll = r.next();
  for (const [stage, weight] of STAGE_WEIGHTS) {
    if ((roll -= weight) < 0) return stage;
  }
  return "NOT_CONTACTED";
}

export type BulkEngagement = {
  row: Prisma.EngagementCreateManyInput;
  events: Prisma.EngagementEventCreateManyInput[];
  audits: Prisma.AuditLogCreateManyInput[];
};

/**
 * One engagement as the workflow would have left it (see tellEngagementStory): a CREATED event,
 * forward stage changes up to its stage (blocked / not applicable from somewhere on the way),
 * audit rows for each move, and version = number of moves.
 */
export function buildEngagement(
  r: Random,
  now: Date,
  base: { programmeId: string; institutionId: string; service: Service; actorIds: readonly string[] },
): BulkEngagement {
  const id = r.id();
  const stage = weightedStage(r);
  const createdDaysAgo = r.int(30, 300);
  const createdAt = daysAgo(now, createdDaysAgo);
  const path: EngagementStage[] = [];
  if (stage === "BLOCKED" || stage === "NOT_APPLICABLE") {
    path.push(...FORWARD_STAGES.slice(0, r.int(0, 2)), stage);
  } else if (stage !== "NOT_CONTACTED") {
    path.push(...FORWARD_STAGES.slice(0, FORWARD_STAGES.indexOf(stage) + 1));
  }
  const events: Prisma.EngagementEventCreateManyInput[] = [
    { id: r.id(), engagementId: id, actorId: r.pick(base.actorIds), kind: "CREATED", toStage: "NOT_CONTACTED", at: createdAt },
  ];
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  let from: EngagementStage = "NOT_CONTACTED";
  let at = createdDaysAgo;
  let blockedFromStage: EngagementStage | null = null;
  let stageReason: string | null = null;
  for (const to of path) {
    at = Math.max(0.1, at - r.int(1, Math.max(1, Math.floor(at / (path.length + 1)))));
    const actorId = r.pick(base.actorIds);
    const note = to === "BLOCKED" || to === "NOT_APPLICABLE" ? adviceSentence(r) : r.chance(0.3) ? adviceSentence(r) : null;
    blockedFromStage = to === "BLOCKED" ? from : null;
    stageReason = to === "BLOCKED" || to === "NOT_APPLICABLE" ? note : null;
    events.push({ id: r.id(), engagementId: id, actorId, kind: "STAGE_CHANGED", fromStage: from, toStage: to, note, at: daysAgo(now, at) });
    audits.push({
      at: daysAgo(now, at),
      actorId,
      programmeId: base.programmeId,
      action: "moveEngagement",
      entityType: "Engagement",
      entityId: id,
      before: { stage: from },
      after: { stage: to, note },
    });
    from = to;
  }
  const hasContact = stage !== "NOT_CONTACTED" && r.chance(0.8);
  const contactName = hasContact ? personName(r) : null;
  return {
    row: {
      id,
      programmeId: base.programmeId,
      institutionId: base.institutionId,
      service: base.service,
      stage,
      blockedFromStage,
      stageReason,
      contactName,
      contactRole: hasContact ? r.pick(ROLES) : null,
      contactEmail: contactName ? `${contactName.toLowerCase().replace(/[^a-z]+/g, ".")}@example.test` : null,
      ownerId: r.chance(0.7) ? r.pick(base.actorIds) : null,
      dueDate: r.chance(0.6) ? dateInDays(now, r.int(-30, 90)) : null,
      note: r.chance(0.25) ? adviceSentence(r) : null,
      version: path.length,
      createdAt,
      lastActivityAt: events[events.length - 1]!.at,
    },
    events,
    audits,
  };
}

const KINDS: AdviceKind[] = ["INFORMATION", "PRECONDITION", "REQUIREMENT", "RECOMMENDATION", "DECISION"];

/** An advice entry with a summary and a few sentences of details (real words for the search index). */
export function buildAdviceEntry(
  r: Random,
  now: Date,
  engagement: { id: string; programmeId: string; institutionId: string; service: Service },
  authorId: string,
): { row: Prisma.AdviceEntryCreateManyInput; audit: Prisma.AuditLogCreateManyInput } {
  const id = r.id();
  const givenDaysAgo = r.int(1, 400);
  const givenOn = dateInDays(now, -givenDaysAgo);
  const loggedAt = daysAgo(now, Math.max(givenDaysAgo - 1, 0));
  const summary = adviceSentence(r).slice(0, 200);
  const details = Array.from({ length: r.int(2, 5) }, () => adviceSentence(r)).join(" ");
  const kind = r.pick(KINDS);
  const visibility = r.chance(0.85) ? "SHARED" : "INSTITUTION_DRAFT";
  const followUpNeeded = r.chance(0.15);
  return {
    row: {
      id,
      programmeId: engagement.programmeId,
      engagementId: engagement.id,
      institutionId: engagement.institutionId,
      service: engagement.service,
      givenOn,
      givenByName: personName(r),
      givenByRole: r.pick(ROLES),
      summary,
      details,
      kind,
      visibility,
      followUpNeeded,
      followUpNote: followUpNeeded ? adviceSentence(r) : null,
      authorId,
      createdAt: loggedAt,
      updatedAt: loggedAt,
    },
    audit: {
      at: loggedAt,
      actorId: authorId,
      programmeId: engagement.programmeId,
      action: "logAdvice",
      entityType: "AdviceEntry",
      entityId: id,
      after: { summary, kind, visibility },
    },
  };
}

const STATUS_WEIGHTS: [IssueStatus, number][] = [
  ["OPEN", 0.3],
  ["IN_PROGRESS", 0.25],
  ["WAITING_ON_PARTNER", 0.15],
  ["RESOLVED", 0.15],
  ["CLOSED", 0.15],
];
const PRIORITIES: IssuePriority[] = ["LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"];
const SERVICES: Service[] = [
  "PROGRAMME_ADMINISTRATION",
  "TEACHING_AND_LEARNING",
  "INTERNATIONALISATION",
  "IT",
  "LEGAL",
  "STUDENT_ADMINISTRATION",
];

/**
 * The board issues of one programme, numbered 1..count, with gapped positions 1024, 2048, … inside each
 * status column (as lib/board/mutations.ts leaves them after a renumbering), a CREATED event each.
 */
export function buildBoardIssues(
  r: Random,
  now: Date,
  programmeId: string,
  count: number,
  people: { authorIds: readonly string[]; institutionIds: readonly string[] },
) {
  const issues: Prisma.BoardIssueCreateManyInput[] = [];
  const events: Prisma.BoardIssueEventCreateManyInput[] = [];
  const positions = new Map<IssueStatus, number>();
  for (let number = 1; number <= count; number++) {
    let roll = r.next();
    let status: IssueStatus = "OPEN";
    for (const [s, w] of STATUS_WEIGHTS) {
      if ((roll -= w) < 0) {
        status = s;
        break;
      }
    }
    const position = (positions.get(status) ?? 0) + 1024;
    positions.set(status, position);
    const id = r.id();
    const authorId = r.pick(people.authorIds);
    const createdAt = new Date(now.getTime() - r.int(1, 300) * DAY_MS);
    issues.push({
      id,
      programmeId,
      number,
      title: adviceSentence(r).slice(0, 90),
      description: Array.from({ length: r.int(1, 3) }, () => adviceSentence(r)).join(" "),
      services: [r.pick(SERVICES)],
      institutionId: r.chance(0.7) ? r.pick(people.institutionIds) : null,
      priority: r.pick(PRIORITIES),
      assigneeId: r.chance(0.6) ? r.pick(people.authorIds) : null,
      dueDate: r.chance(0.5) ? dateInDays(now, r.int(-20, 60)) : null,
      labels: r.chance(0.5) ? [r.pick(LABELS)] : [],
      status,
      position,
      escalation: r.chance(0.2) ? "INSTITUTION_RULES" : null,
      resolutionNote: status === "RESOLVED" ? adviceSentence(r) : null,
      closeReason: status === "CLOSED" ? "WONT_FIX" : null,
      closeNote: status === "CLOSED" ? adviceSentence(r) : null,
      authorId,
      createdAt,
      updatedAt: createdAt,
    });
    events.push({ id: r.id(), issueId: id, actorId: authorId, kind: "CREATED", at: createdAt });
  }
  return { issues, events };
}

type Rows<T> = T[];
export const bulkInsert = {
  institutions: (rows: Rows<Prisma.InstitutionCreateManyInput>) => insertRows("Institution", rows, { updatedAt: true }),
  users: (rows: Rows<Prisma.UserCreateManyInput>) => insertRows("User", rows, { updatedAt: true }),
  programmes: (rows: Rows<Prisma.ProgrammeCreateManyInput>) => insertRows("Programme", rows, { updatedAt: true }),
  partners: (rows: Rows<Prisma.ProgrammePartnerCreateManyInput>) => insertRows("ProgrammePartner", rows),
  memberships: (rows: Rows<Prisma.MembershipCreateManyInput>) => insertRows("Membership", rows),
  representations: (rows: Rows<Prisma.TaskForceRepresentationCreateManyInput>) => insertRows("TaskForceRepresentation", rows),
  engagements: (rows: Rows<Prisma.EngagementCreateManyInput>) => insertRows("Engagement", rows, { updatedAt: true }),
  engagementEvents: (rows: Rows<Prisma.EngagementEventCreateManyInput>) => insertRows("EngagementEvent", rows),
  adviceEntries: (rows: Rows<Prisma.AdviceEntryCreateManyInput>) => insertRows("AdviceEntry", rows, { updatedAt: true, chunkSize: 2000 }),
  boardIssues: (rows: Rows<Prisma.BoardIssueCreateManyInput>) => insertRows("BoardIssue", rows, { updatedAt: true }),
  boardIssueEvents: (rows: Rows<Prisma.BoardIssueEventCreateManyInput>) => insertRows("BoardIssueEvent", rows),
  audits: (rows: Rows<Prisma.AuditLogCreateManyInput>) => insertRows("AuditLog", rows),
};
