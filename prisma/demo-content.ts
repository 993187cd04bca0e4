// What has happened in the demo partnership so far: engagement histories, advice and board issues.
// The lead's internationalisation and teaching & learning services are furthest along (the guide's
// order), its other services follow, the partners are behind; one partner service is blocked and
// one is not applicable. Days are counted back from the moment of seeding (see seed.ts).
import { db } from "@/lib/db";
import type { Service } from "@/lib/generated/prisma/enums";
import { logAdviceEntry } from "@/tests/factories/advice";
import { createBoardIssue } from "@/tests/factories/board";
import { mentionMarkup } from "@/lib/notifications/mentions";
import { daysAgo, findEngagement, forwardSteps, tellEngagementStory, type EngagementStory } from "@/tests/factories/engagements";
import type { DemoInstitutions, DemoPeople } from "./seed";
import { DEMO_PEOPLE } from "./demo-data";

/** Days before seeding that each institution joined the main programme: the partners came later. */
const JOINED_MAIN = { rijnmond: 75, levante: 70, vistula: 70, lyon: 45, turku: 18 } as const;
const JOINED_SECOND = 30;

type Context = { now: Date; main: string; second: string; institutions: DemoInstitutions; people: DemoPeople };

export async function seedDemoContent({ now, main, second, institutions: i, people: p }: Context) {
  const tell = async (programmeId: string, institution: { id: string }, service: Service, tale: EngagementStory) => {
    const engagement = await findEngagement(programmeId, institution.id, service);
    await tellEngagementStory(engagement.id, tale, now);
    return engagement.id;
  };

  // ── Main programme: lead institution (Rijnmond) ─────────────────────────────────────────────
  const rmuIntl = await tell(main, i.rijnmond, "INTERNATIONALISATION", {
    createdDaysAgo: 75,
    steps: forwardSteps("SETTLED", p.leader.id, 72, 20, {
      CONTACTED: "Introduced the programme idea to the International Office.",
      IN_CONSULTATION: "First meeting: agreements needed for a joint micro-credential.",
      ADVICE_RECEIVED: "Written advice on the agreement route received.",
      SETTLED: "Annex to the alliance agreement chosen; nothing further needed now.",
    }),
    contact: { name: "Dr. Eva Smit", role: "Head of International Office", email: "eva.smit@rijnmond.test" },
  });
  const rmuTl = await tell(main, i.rijnmond, "TEACHING_AND_LEARNING", {
    createdDaysAgo: 75,
    steps: forwardSteps("ADVICE_RECEIVED", p.sanne.id, 70, 6, {
      CONTACTED: "Asked the Teaching & Learning Centre for curriculum-design support.",
      IN_CONSULTATION: "Two design workshops with the educational developer.",
      ADVICE_RECEIVED: "Recommendations on learning outcomes and assessment received.",
    }),
    contact: { name: "Joost van Dijk", role: "Educational developer", email: "joost.vandijk@rijnmond.test" },
    ownerId: p.leader.id,
    dueInDays: 14,
    note: "Share the recommendations with all partners before settling.",
  });
  const rmuPa = await tell(main, i.rijnmond, "PROGRAMME_ADMINISTRATION", {
    createdDaysAgo: 75,
    steps: forwardSteps("IN_CONSULTATION", p.leader.id, 40, 12, {
      IN_CONSULTATION: "Faculty programme office explained the approval calendar.",
    }),
    contact: { name: "Marloes Visser", role: "Faculty programme officer", email: "marloes.visser@rijnmond.test" },
  });
  await tell(main, i.rijnmond, "IT", {
    createdDaysAgo: 75,
    steps: [
      {
        to: "CONTACTED",
        daysAgo: 30,
        actorId: p.leader.id,
        note: "Asked whether the university's learning platform can host external learners.",
      },
    ],
    contact: { name: "Ruben de Groot", role: "Learning-platform manager", email: "ruben.degroot@rijnmond.test" },
  });
  const rmuLegal = await tell(main, i.rijnmond, "LEGAL", {
    createdDaysAgo: 75,
    steps: forwardSteps("IN_CONSULTATION", p.leader.id, 35, 9, {
      IN_CONSULTATION: "Legal counsel reviewing the consortium-agreement template.",
    }),
    contact: { name: "Femke Mulder", role: "Legal counsel", email: "femke.mulder@rijnmond.test" },
  });
  await tell(main, i.rijnmond, "STUDENT_ADMINISTRATION", {
    createdDaysAgo: 75,
    steps: [{ to: "CONTACTED", daysAgo: 25, actorId: p.leader.id, note: "Asked how external learners are registered." }],
  });

  // ── Partners ────────────────────────────────────────────────────────────────────────────────
  const levIntl = await tell(main, i.levante, "INTERNATIONALISATION", {
    createdDaysAgo: 70,
    steps: forwardSteps("IN_CONSULTATION", p.partner.id, 45, 3, { IN_CONSULTATION: "Meeting on hosting the fieldwork week in Valencia." }),
    contact: { name: "Carmen López", role: "International Relations Office", email: "carmen.lopez@ulevante.test" },
  });
  await tell(main, i.levante, "TEACHING_AND_LEARNING", {
    createdDaysAgo: 70,
    steps: [{ to: "CONTACTED", daysAgo: 10, actorId: p.lucia.id }],
  });
  await tell(main, i.levante, "PROGRAMME_ADMINISTRATION", {
    createdDaysAgo: 70,
    steps: [{ to: "CONTACTED", daysAgo: 15, actorId: p.partner.id }],
  });
  await tell(main, i.levante, "IT", {
    createdDaysAgo: 70,
    steps: [
      {
        to: "NOT_APPLICABLE",
        daysAgo: 18,
        actorId: p.leader.id,
        reason:
          "The programme runs on Rijnmond's learning platform; Levante's IT service confirmed it has nothing to provide beyond student accounts, which student administration handles.",
      },
    ],
  });
  await tell(main, i.vistula, "INTERNATIONALISATION", {
    createdDaysAgo: 70,
    steps: [{ to: "CONTACTED", daysAgo: 22, actorId: p.tomasz.id }],
  });
  await tell(main, i.vistula, "TEACHING_AND_LEARNING", { createdDaysAgo: 70, steps: forwardSteps("IN_CONSULTATION", p.tomasz.id, 30, 8) });
  const vutLegal = await tell(main, i.vistula, "LEGAL", {
    createdDaysAgo: 70,
    steps: [
      { to: "CONTACTED", daysAgo: 40, actorId: p.taskforce.id, note: "Sent the draft consortium agreement to the legal office." },
      { to: "IN_CONSULTATION", daysAgo: 32, actorId: p.taskforce.id },
      {
        to: "BLOCKED",
        daysAgo: 14,
        actorId: p.taskforce.id,
        reason:
          "The university statute lets only Vistula's own Senate award credits; a jointly awarded micro-credential needs a Senate resolution, expected after the national micro-credential regulation is published.",
      },
    ],
    contact: { name: "Piotr Zieliński", role: "Head of Legal Office", email: "piotr.zielinski@vut.test" },
    ownerId: p.taskforce.id,
    dueInDays: 30,
  });
  await tell(main, i.lyon, "INTERNATIONALISATION", {
    createdDaysAgo: JOINED_MAIN.lyon,
    steps: [{ to: "CONTACTED", daysAgo: 26, actorId: p.camille.id, note: "E-mailed the Direction des relations internationales." }],
    contact: { name: "Julien Moreau", role: "Chargé de relations internationales", email: "julien.moreau@univ-confluence.test" },
    ownerId: p.camille.id,
    dueInDays: -5,
  });
  await tell(main, i.lyon, "TEACHING_AND_LEARNING", {
    createdDaysAgo: JOINED_MAIN.lyon,
    steps: [{ to: "CONTACTED", daysAgo: 12, actorId: p.camille.id }],
  });
  await tell(main, i.turku, "INTERNATIONALISATION", {
    createdDaysAgo: JOINED_MAIN.turku,
    steps: [{ to: "CONTACTED", daysAgo: 5, actorId: p.aino.id }],
  });

  // ── Second programme (Danube lead, Levante partner) ────────────────────────────────────────
  await tell(second, i.danube, "INTERNATIONALISATION", {
    createdDaysAgo: 30,
    steps: [{ to: "CONTACTED", daysAgo: 9, actorId: p.outsider.id }],
  });
  const duasTl = await tell(second, i.danube, "TEACHING_AND_LEARNING", {
    createdDaysAgo: 30,
    steps: forwardSteps("IN_CONSULTATION", p.outsider.id, 20, 4),
  });
  await tell(second, i.levante, "INTERNATIONALISATION", {
    createdDaysAgo: 30,
    steps: [{ to: "CONTACTED", daysAgo: 7, actorId: p.elena.id }],
  });

  // Every other engagement is still "Not contacted" since the day its institution joined.
  const joined = (programmeId: string, institutionId: string) =>
    programmeId === second
      ? JOINED_SECOND
      : (Object.entries(JOINED_MAIN).find(([key]) => i[key as keyof typeof JOINED_MAIN].id === institutionId)?.[1] ?? 70);
  const rest = await db.engagement.findMany({
    where: { programmeId: { in: [main, second] }, version: 0 },
    select: { id: true, programmeId: true, institutionId: true },
  });
  for (const e of rest) await tellEngagementStory(e.id, { createdDaysAgo: joined(e.programmeId, e.institutionId) }, now);

  // Partners and members joined when their institution did (the audit rows keep the seed time:
  // the audit log is append-only).
  const partners = await db.programmePartner.findMany({
    where: { programmeId: { in: [main, second] } },
    select: { id: true, programmeId: true, institutionId: true },
  });
  for (const partner of partners) {
    const at = daysAgo(now, joined(partner.programmeId, partner.institutionId));
    await db.programmePartner.update({ where: { id: partner.id }, data: { joinedAt: at } });
    await db.membership.updateMany({
      where: { programmeId: partner.programmeId, institutionId: partner.institutionId },
      data: { createdAt: at },
    });
  }

  await seedAdvice(now, p, { rmuIntl, rmuTl, rmuPa, rmuLegal, levIntl, vutLegal, duasTl }, { main, second, institutions: i });
}

type Ids = Record<"rmuIntl" | "rmuTl" | "rmuPa" | "rmuLegal" | "levIntl" | "vutLegal" | "duasTl", string>;

async function seedAdvice(now: Date, p: DemoPeople, e: Ids, ctx: { main: string; second: string; institutions: DemoInstitutions }) {
  await logAdviceEntry(
    {
      engagementId: e.rmuIntl,
      authorId: p.leader.id,
      givenDaysAgo: 22,
      givenByName: "Dr. Eva Smit",
      givenByRole: "Head of International Office",
      kind: "DECISION",
      summary: "Run the programme under an annex to the alliance's inter-institutional agreement",
      details:
        "The International Office will **not** draft a new bilateral agreement. Instead:\n\n1. add an annex for the micro-credential to the existing alliance agreement;\n2. list the fieldwork week as a *blended intensive programme* mobility;\n3. each partner signs the annex through its own international office.\n\nTemplate: the alliance's standard annex (version 2026).",
    },
    now,
  );
  await logAdviceEntry(
    {
      engagementId: e.rmuTl,
      authorId: p.sanne.id,
      givenDaysAgo: 7,
      givenByName: "Joost van Dijk",
      givenByRole: "Educational developer",
      kind: "RECOMMENDATION",
      summary: "Design the three courses around one shared set of programme learning outcomes",
      details:
        "- Write 6–8 programme learning outcomes first, at EQF 7.\n- Map every course and assessment to them.\n- Use the same rubric format at all five partners so grades can be compared.",
      earlier: {
        summary: "Design the courses around shared learning outcomes",
        details: "- Write programme learning outcomes first.\n- Map every course to them.",
        daysAgo: 5,
        editedById: p.sanne.id,
      },
    },
    now,
  );
  await logAdviceEntry(
    {
      engagementId: e.rmuLegal,
      authorId: p.leader.id,
      givenDaysAgo: 9,
      givenByName: "Femke Mulder",
      givenByRole: "Legal counsel",
      kind: "PRECONDITION",
      summary: "The consortium agreement must be signed by all partners before the programme is published",
      details:
        "Covers composition, roles, delivery mode, qualification, examinations, quality assurance and **financial management**. Publication in the programme guide waits for the last signature.",
      followUpNote: "Send the draft consortium agreement to every partner's legal service.",
    },
    now,
  );
  await logAdviceEntry(
    {
      engagementId: e.rmuPa,
      authorId: p.leader.id,
      givenDaysAgo: 12,
      givenByName: "Marloes Visser",
      givenByRole: "Faculty programme officer",
      kind: "REQUIREMENT",
      summary: "Submit the programme proposal to the Faculty Board at least four months before publication",
      details: "For a September 2027 start the proposal is due **1 March 2027**; the Board meets monthly.",
    },
    now,
  );
  await logAdviceEntry(
    {
      engagementId: e.levIntl,
      authorId: p.partner.id,
      givenDaysAgo: 3,
      givenByName: "Carmen López",
      givenByRole: "International Relations Office",
      kind: "INFORMATION",
      visibility: "INSTITUTION_DRAFT",
      summary: "Erasmus+ blended intensive programme funding could cover the Valencia fieldwork week",
      details: "Draft: check the call deadline with Carmen before sharing with the partners.",
    },
    now,
  );
  const senate = await logAdviceEntry(
    {
      engagementId: e.vutLegal,
      authorId: p.taskforce.id,
      givenDaysAgo: 15,
      givenByName: "Piotr Zieliński",
      givenByRole: "Head of Legal Office",
      kind: "REQUIREMENT",
      summary: "Jointly awarded credits need a resolution of Vistula's Senate",
      details:
        "The statute (§ 12) reserves the award of credits to the Senate. Options:\n\n- a Senate resolution for this programme;\n- Vistula issues its own certificate alongside the joint one.",
    },
    now,
  );
  await logAdviceEntry(
    {
      engagementId: e.duasTl,
      authorId: p.outsider.id,
      givenDaysAgo: 4,
      givenByName: "Mag. Sabine Gruber",
      givenByRole: "E-learning centre",
      kind: "RECOMMENDATION",
      summary: "Keep each online unit under two hours of study time",
    },
    now,
  );

  const i = ctx.institutions;
  await createBoardIssue(
    {
      programmeId: ctx.main,
      authorId: p.taskforce.id,
      createdDaysAgo: 14,
      title: "Senate approval for jointly awarded credits at Vistula",
      description:
        "Vistula's statute blocks the joint award (see the legal advice). Can the alliance's other partners share how they obtained approval?",
      services: ["LEGAL"],
      institutionId: i.vistula.id,
      priority: "HIGH",
      assigneeId: p.taskforce.id,
      labels: ["approval", "joint award"],
      status: "IN_PROGRESS",
      movedDaysAgo: 13,
      escalation: "INSTITUTION_RULES",
      engagementId: e.vutLegal,
      adviceId: senate.id,
      comments: [
        {
          authorId: p.leader.id,
          body: "Rijnmond went through the same with its Examination Board; I will share our resolution text.",
          daysAgo: 12,
        },
        { authorId: p.taskforce.id, body: "Thanks — the Senate meets on the 15th; I have asked for a slot on the agenda.", daysAgo: 4 },
      ],
    },
    now,
  );
  await createBoardIssue(
    {
      programmeId: ctx.main,
      authorId: p.leader.id,
      createdDaysAgo: 20,
      title: "Choose the common learning platform",
      description: "The lead's platform is the default; partners' IT services should confirm external learners can use it.",
      services: ["IT"],
      institutionId: i.rijnmond.id,
      assigneeId: p.leader.id,
      dueInDays: 21,
    },
    now,
  );
  await createBoardIssue(
    {
      programmeId: ctx.main,
      authorId: p.camille.id,
      createdDaysAgo: 10,
      title: "Align assessment formats across the three courses",
      services: ["TEACHING_AND_LEARNING"],
      priority: "HIGH",
      assigneeId: p.sanne.id,
      dueInDays: -3,
      labels: ["assessment"],
    },
    now,
  );
  await createBoardIssue(
    {
      programmeId: ctx.main,
      authorId: p.aino.id,
      createdDaysAgo: 2,
      title: "Who issues the certificate for the joint micro-credential?",
      services: ["STUDENT_ADMINISTRATION", "LEGAL"],
      priority: "NORMAL",
    },
    now,
  );
  await createBoardIssue(
    {
      programmeId: ctx.main,
      authorId: p.partner.id,
      createdDaysAgo: 16,
      title: "Mobility window for the Valencia fieldwork week",
      services: ["INTERNATIONALISATION"],
      institutionId: i.levante.id,
      assigneeId: p.pieter.id,
      status: "WAITING_ON_PARTNER",
      movedDaysAgo: 6,
      engagementId: e.levIntl,
    },
    now,
  );
  await createBoardIssue(
    {
      programmeId: ctx.main,
      authorId: p.sanne.id,
      createdDaysAgo: 30,
      title: "Template for course learning outcomes",
      services: ["TEACHING_AND_LEARNING"],
      priority: "LOW",
      assigneeId: p.sanne.id,
      status: "RESOLVED",
      movedDaysAgo: 8,
      resolutionNote: "Template shared in the alliance drive and attached to the T&L advice.",
    },
    now,
  );
  await createBoardIssue(
    {
      programmeId: ctx.second,
      authorId: p.outsider.id,
      createdDaysAgo: 6,
      title: "Licence for the dashboard tool used in unit 3",
      services: ["IT"],
      institutionId: i.danube.id,
      priority: "NORMAL",
      comments: [
        {
          authorId: p.elena.id,
          body: `${mentionMarkup({ userId: p.outsider.id, name: DEMO_PEOPLE.outsider.name })} Levante's campus licence covers external learners: we can lend it for the pilot.`,
          daysAgo: 1,
        },
      ],
    },
    now,
  );
}
