// The demo partnership's plan: half of the guide's steps done, the platform decision agreed by every
// partner, the language policy contested by one, and two regulatory obstacles — one solved by an
// institutional rule change, one waiting for the ministry. Direct inserts with dates counted back
// from the moment of seeding (decision versions and answers are append-only: written once, as they were).
import { db } from "@/lib/db";
import type { ObstacleStage, PlanStepKey, PlanStepStatus } from "@/lib/generated/prisma/enums";
import { dateInDays, daysAgo } from "@/tests/factories/engagements";
import type { DemoInstitutions, DemoPeople } from "./seed";

type Context = { now: Date; main: string; institutions: DemoInstitutions; people: DemoPeople };

const PLAN: [PlanStepKey, PlanStepStatus, owner: keyof DemoPeople | null, targetInDays: number | null][] = [
  ["EUROPEAN_DEVELOPMENTS", "DONE", "leader", -60],
  ["MACRO_OBJECTIVES", "DONE", "leader", -50],
  ["PARTNERSHIP", "DONE", "leader", -45],
  ["PROGRAMME_TEAM", "DONE", "leader", -40],
  ["CROSS_INSTITUTIONAL_SUPPORT", "NOT_STARTED", "leader", 30],
  ["SHARED_VISION", "DONE", "sanne", -20],
  ["JOINT_CURRICULUM", "IN_PROGRESS", "sanne", -5],
  ["QUALIFICATION", "IN_PROGRESS", "tomasz", 45],
  ["ECOSYSTEM", "DONE", "lucia", -10],
  ["SUSTAINABILITY", "NOT_STARTED", null, 120],
  ["CONSORTIUM_AGREEMENT", "IN_PROGRESS", "leader", 60],
  ["STUDENT_RECRUITMENT", "NOT_STARTED", "partner", 150],
  ["BUSINESS_PLAN", "NOT_STARTED", null, null],
  ["QUALITY_ASSURANCE", "NOT_STARTED", null, null],
  ["EXAMINATION_REGULATIONS", "NOT_STARTED", "camille", 90],
  ["ADMISSION_FRAMEWORK", "NOT_STARTED", "partner", 90],
];

export async function seedDemoPlan({ now, main, institutions: i, people: p }: Context) {
  for (const [step, status, owner, target] of PLAN)
    await db.planStep.update({
      where: { programmeId_step: { programmeId: main, step } },
      data: { status, ownerId: owner ? p[owner].id : null, targetDate: target === null ? null : dateInDays(now, target) },
    });

  // D-1: the common platform, from its template, agreed by all five partners.
  const partners = [
    { institution: i.rijnmond, by: p.leader },
    { institution: i.levante, by: p.partner },
    { institution: i.vistula, by: p.tomasz },
    { institution: i.lyon, by: p.camille },
    { institution: i.turku, by: p.aino },
  ];
  await db.decision.create({
    data: {
      programmeId: main,
      number: 1,
      title: "Common delivery platform",
      step: "ECOSYSTEM",
      services: ["TEACHING_AND_LEARNING", "IT"],
      template: "DELIVERY_PLATFORM",
      authorId: p.leader.id,
      createdAt: daysAgo(now, 30),
      lastActivityAt: daysAgo(now, 12),
      versions: {
        create: {
          number: 1,
          question:
            "On which learning environment is the programme delivered, and how do learners and teachers of every partner get access to it?",
          options:
            "1. Rijnmond University's learning environment, with guest accounts for partners' learners and teachers.\n2. Each partner's own learning environment, with content shared between them.\n3. A new shared platform for the alliance.",
          proposal:
            "Deliver the programme on the learning environment of the lead institution, Rijnmond University. Learners and teachers of every partner get accounts there; each partner's IT service confirms that its people can sign in and that data may be exchanged.",
          rationale:
            "The guide notes that the common platform is usually the lead institution's: it is already supported, learners meet in one place, and only one IT service has to run it.",
          authorId: p.leader.id,
          createdAt: daysAgo(now, 30),
        },
      },
    },
  });
  const platformVersion = await db.decisionVersion.findFirstOrThrow({
    where: { decision: { programmeId: main, number: 1 } },
    select: { id: true, decisionId: true },
  });
  for (const [n, { institution, by }] of partners.entries())
    await db.decisionSignOff.create({
      data: {
        decisionId: platformVersion.decisionId,
        versionId: platformVersion.id,
        institutionId: institution.id,
        signedById: by.id,
        answer: institution === i.turku ? "AGREE_WITH_CONDITIONS" : "AGREE",
        text:
          institution === i.turku
            ? "Our learners sign in with their Haka accounts; Rijnmond's IT service has confirmed it can accept them."
            : "",
        signedAt: daysAgo(now, 28 - 4 * n),
      },
    });

  // D-2: the language policy, in its second version, contested by Vistula.
  const language = await db.decision.create({
    data: {
      programmeId: main,
      number: 2,
      title: "Language policy",
      step: "CONSORTIUM_AGREEMENT",
      services: ["INTERNATIONALISATION", "TEACHING_AND_LEARNING"],
      template: "LANGUAGE_POLICY",
      currentVersion: 2,
      authorId: p.leader.id,
      createdAt: daysAgo(now, 21),
      lastActivityAt: daysAgo(now, 4),
    },
    select: { id: true },
  });
  const question = "In which language are the courses taught and assessed, and in which language(s) is the certificate issued?";
  const v1 = await db.decisionVersion.create({
    data: {
      decisionId: language.id,
      number: 1,
      question,
      options: "1. English throughout.\n2. English, with assessment also possible in each partner's language.",
      proposal: "Teach and assess in English; issue the certificate in English.",
      rationale: "A single language lets learners of every partner take every course.",
      authorId: p.leader.id,
      createdAt: daysAgo(now, 21),
    },
  });
  await db.decisionSignOff.create({
    data: {
      decisionId: language.id,
      versionId: v1.id,
      institutionId: i.lyon.id,
      signedById: p.camille.id,
      answer: "OBJECT",
      text: "Our learners need the certificate in French as well for their employers.",
      signedAt: daysAgo(now, 18),
    },
  });
  const v2 = await db.decisionVersion.create({
    data: {
      decisionId: language.id,
      number: 2,
      question,
      options: "1. English throughout.\n2. English, with assessment also possible in each partner's language.",
      proposal: "Teach and assess in English; issue the certificate in English with a translation in each partner's language on request.",
      rationale:
        "A single language lets learners of every partner take every course; the translation answers Lyon's objection to version 1.",
      authorId: p.leader.id,
      createdAt: daysAgo(now, 14),
    },
  });
  const answersToV2 = [
    { institution: i.rijnmond, by: p.leader, answer: "AGREE", text: "", days: 13 },
    { institution: i.lyon, by: p.camille, answer: "AGREE", text: "", days: 11 },
    {
      institution: i.levante,
      by: p.partner,
      answer: "AGREE_WITH_CONDITIONS",
      text: "The Spanish translation is made by our language centre.",
      days: 9,
    },
    {
      institution: i.vistula,
      by: p.tomasz,
      answer: "OBJECT",
      text: "Our Study Regulations (§ 9) let a learner take any assessment for credits we award in Polish. English-only assessment needs a Senate exemption first.",
      days: 4,
    },
  ] as const;
  for (const a of answersToV2)
    await db.decisionSignOff.create({
      data: {
        decisionId: language.id,
        versionId: v2.id,
        institutionId: a.institution.id,
        signedById: a.by.id,
        answer: a.answer,
        text: a.text,
        signedAt: daysAgo(now, a.days),
      },
    });

  // Two regulatory obstacles.
  const senate = await db.adviceEntry.findFirstOrThrow({
    where: { programmeId: main, summary: { startsWith: "Jointly awarded credits" } },
    select: { id: true },
  });
  await createDemoObstacle(main, now, {
    number: 1,
    title: "Jointly awarded credits need a Senate resolution",
    rule: "Credits that Vistula awards together with other institutions require a resolution of the Senate for each programme.",
    ruleSource: "VUT Study Regulations, § 12(4)",
    ruleLevel: "INSTITUTIONAL",
    institutionId: i.vistula.id,
    country: null,
    element: "CREDIT_RECOGNITION",
    description: "Without a resolution, Vistula cannot put its name on the joint micro-credential's credits.",
    step: "QUALIFICATION",
    raisedFromAdviceId: senate.id,
    authorId: p.taskforce.id,
    events: [
      { to: "IDENTIFIED", days: 40, by: p.taskforce.id, note: "" },
      {
        to: "SOLUTION_PROPOSED",
        days: 35,
        by: p.taskforce.id,
        note: "Ask the Senate for a standing resolution covering every alliance micro-credential, instead of one per programme.",
      },
      {
        to: "RULE_CHANGE_REQUESTED",
        days: 28,
        by: p.tomasz.id,
        note: "Draft amendment of § 12(4) sent to the Senate's education committee.",
      },
      {
        to: "RULE_CHANGE_ADOPTED",
        days: 9,
        by: p.taskforce.id,
        note: "Senate resolution 47/2026 adopted: alliance micro-credentials need no separate resolution.",
        evidence: senate.id,
      },
    ],
  });
  await createDemoObstacle(main, now, {
    number: 2,
    title: "A joint certificate is not foreseen for university-specific courses",
    rule: "Spanish rules on university-specific qualifications (títulos propios) let one university issue the certificate, not several together.",
    ruleSource: "Real Decreto 822/2021, art. 37",
    ruleLevel: "NATIONAL",
    institutionId: i.levante.id,
    country: "Spain",
    element: "JOINT_CERTIFICATE",
    description: "Levante could only issue its own certificate next to the joint one, which the partnership wants to avoid.",
    step: "QUALIFICATION",
    raisedFromAdviceId: null,
    authorId: p.partner.id,
    events: [
      { to: "IDENTIFIED", days: 25, by: p.partner.id, note: "" },
      {
        to: "SOLUTION_PROPOSED",
        days: 20,
        by: p.lucia.id,
        note: "Ask the ministry to confirm that a European University alliance may issue one joint certificate.",
      },
      {
        to: "GOVERNMENT_REQUEST_SENT",
        days: 12,
        by: p.partner.id,
        note: "Letter to the Ministry of Universities sent through the vice-rector for internationalisation.",
      },
    ],
  });
  await db.programme.update({ where: { id: main }, data: { nextDecisionNumber: 3, nextObstacleNumber: 3 } });

  // Board issues that belong to plan steps.
  await db.boardIssue.updateMany({
    where: { programmeId: main, title: "Choose the common learning platform" },
    data: { planStep: "ECOSYSTEM" },
  });
  await db.boardIssue.updateMany({
    where: { programmeId: main, title: "Who issues the certificate for the joint micro-credential?" },
    data: { planStep: "QUALIFICATION" },
  });
  await db.boardIssue.updateMany({
    where: { programmeId: main, title: "Align assessment formats across the three courses" },
    data: { planStep: "EXAMINATION_REGULATIONS" },
  });
}

type DemoObstacle = {
  number: number;
  title: string;
  rule: string;
  ruleSource: string;
  ruleLevel: "INSTITUTIONAL" | "NATIONAL" | "EUROPEAN";
  institutionId: string;
  country: string | null;
  element: "CREDIT_RECOGNITION" | "JOINT_CERTIFICATE";
  description: string;
  step: PlanStepKey;
  raisedFromAdviceId: string | null;
  authorId: string;
  events: { to: ObstacleStage; days: number; by: string; note: string; evidence?: string }[];
};

async function createDemoObstacle(programmeId: string, now: Date, o: DemoObstacle) {
  const { events, ...fields } = o;
  const last = events.at(-1)!;
  await db.obstacle.create({
    data: {
      programmeId,
      ...fields,
      stage: last.to,
      version: events.length - 1,
      createdAt: daysAgo(now, events[0]!.days),
      updatedAt: daysAgo(now, last.days),
      events: {
        create: events.map((e, n) => ({
          fromStage: n === 0 ? null : events[n - 1]!.to,
          toStage: e.to,
          note: e.note,
          evidenceAdviceId: e.evidence ?? null,
          actorId: e.by,
          at: daysAgo(now, e.days),
        })),
      },
    },
  });
}
