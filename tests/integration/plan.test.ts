// The plan by the guide: 16 steps per programme, decisions every partner signs, regulatory
// obstacles along their pathway. Against real PostgreSQL, through the mutations the actions call.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDecision, createObstacle, findEngagement, logAdviceEntry, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { inEnglish } from "@/tests/support/english";
import { ExpectedError } from "@/lib/errors";
import { getPlan, getPlanStep } from "@/lib/plan/data";
import { updatePlanStep } from "@/lib/plan/mutations";
import { getDecision, getDecisionRegister } from "@/lib/decisions/data";
import { proposeDecision, reviseDecision, signOffDecision, withdrawDecision } from "@/lib/decisions/mutations";
import { proposeDecisionSchema } from "@/lib/decisions/schema";
import { SAMPLE_FILES } from "@/tests/support/sample-files";
import { getObstacle, listObstacles } from "@/lib/obstacles/data";
import { countQueries } from "@/tests/support/count-queries";
import { moveObstacle, raiseObstacle } from "@/lib/obstacles/mutations";
import { changeEngagementStage } from "@/lib/engagements/mutations";
import { archivePartner } from "@/lib/programmes/mutations";
import { PLAN_STEPS_IN_GUIDE_ORDER } from "@/lib/plan/steps";
import { loadProgrammeActor } from "@/lib/programmes/data";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));

const refusal = (change: Promise<unknown>) =>
  change.then(
    () => "",
    (error: unknown) => (error instanceof ExpectedError ? inEnglish(error.said) : String(error)),
  );

async function stepRow(world: World, step: (typeof PLAN_STEPS_IN_GUIDE_ORDER)[number]) {
  return db.planStep.findUniqueOrThrow({ where: { programmeId_step: { programmeId: world.programme.id, step } } });
}

const answer = (
  world: World,
  decisionId: string,
  institutionId: string,
  signedById: string,
  version: number,
  a: "AGREE" | "OBJECT" | "AGREE_WITH_CONDITIONS",
  text = "",
) => signOffDecision(signedById, { decisionId, institutionId }, { decisionId, institutionId, version, answer: a, text });

describe("the plan", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("gives every programme the guide's 16 steps at creation, in the guide's order, none started", async () => {
    const plan = await getPlan(world.programme.id);
    expect(plan.steps.map((s) => s.step)).toEqual([...PLAN_STEPS_IN_GUIDE_ORDER]);
    expect(new Set(plan.steps.map((s) => s.status))).toEqual(new Set(["NOT_STARTED"]));
  });

  it("takes step 5 from the engagement matrix, and refuses to set it by hand", async () => {
    const engagement = await findEngagement(world.programme.id, world.lead.id, "INTERNATIONALISATION");
    await changeEngagementStage(
      world.leader.id,
      ["TEAM_LEADER"],
      { id: engagement.id },
      { engagementId: engagement.id, to: "CONTACTED", version: 0, note: "" },
    );
    let plan = await getPlan(world.programme.id);
    const support = plan.steps.find((s) => s.step === "CROSS_INSTITUTIONAL_SUPPORT")!;
    expect(support.status).toBe("IN_PROGRESS");
    expect(plan.matrix).toMatchObject({ total: 18, done: 0 });
    // A status sent for step 5 is not stored: its status stays the matrix's.
    const row = await stepRow(world, "CROSS_INSTITUTIONAL_SUPPORT");
    await updatePlanStep(world.leader.id, {
      stepId: row.id,
      version: row.version,
      status: "DONE",
      statusReason: "",
      ownerId: world.leader.id,
      targetDate: null,
    });
    plan = await getPlan(world.programme.id);
    expect(plan.steps.find((s) => s.step === "CROSS_INSTITUTIONAL_SUPPORT")).toMatchObject({
      status: "IN_PROGRESS",
      owner: { id: world.leader.id },
    });
    // Settling every engagement of the current partners makes it done.
    await db.engagement.updateMany({ where: { programmeId: world.programme.id }, data: { stage: "SETTLED" } });
    expect((await getPlanStep(world.programme.id, "CROSS_INSTITUTIONAL_SUPPORT"))!.step.status).toBe("DONE");
  });

  it("refuses to mark a step done while one of its decisions is not agreed, naming it; withdrawn and agreed ones do not hold it up", async () => {
    const decision = await createDecision({
      programmeId: world.programme.id,
      authorId: world.leader.id,
      step: "ECOSYSTEM",
      title: "Common delivery platform",
    });
    const step = await stepRow(world, "ECOSYSTEM");
    const markDone = async () => {
      const { version } = await stepRow(world, "ECOSYSTEM");
      return updatePlanStep(world.leader.id, {
        stepId: step.id,
        version,
        status: "DONE",
        statusReason: "",
        ownerId: null,
        targetDate: null,
      });
    };
    const refused = await markDone().then(
      () => null,
      (error: unknown) => error as ExpectedError,
    );
    expect(refused && inEnglish(refused.said)).toBe("This step cannot be marked done yet.");
    expect(refused?.fields?.status && inEnglish(refused.fields.status)).toContain(`D-${decision.number} “Common delivery platform”`);
    expect((await stepRow(world, "ECOSYSTEM")).status).toBe("NOT_STARTED");

    for (const [institutionId, who] of [
      [world.lead.id, world.leader.id],
      [world.partnerA.id, world.staffA.id],
      [world.partnerB.id, world.staffB.id],
    ] as const)
      await answer(world, decision.id, institutionId, who, 1, "AGREE");
    await markDone();
    expect((await stepRow(world, "ECOSYSTEM")).status).toBe("DONE");
  });

  it("keeps a step's edit to the version the editor saw, and its owner to the programme's members", async () => {
    const step = await stepRow(world, "SHARED_VISION");
    await updatePlanStep(world.leader.id, {
      stepId: step.id,
      version: 0,
      status: "IN_PROGRESS",
      statusReason: "",
      ownerId: null,
      targetDate: null,
    });
    expect(
      await refusal(
        updatePlanStep(world.leader.id, { stepId: step.id, version: 0, status: "DONE", statusReason: "", ownerId: null, targetDate: null }),
      ),
    ).toContain("changed this step while you were editing");
    const refused = await updatePlanStep(world.leader.id, {
      stepId: step.id,
      version: 1,
      status: "IN_PROGRESS",
      statusReason: "",
      ownerId: world.outsider.id,
      targetDate: null,
    }).catch((e: ExpectedError) => e);
    expect(refused instanceof ExpectedError && inEnglish(refused.fields!.ownerId!)).toContain("must be a member");
  });
});

describe("decisions", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("is agreed when every partner agreed; a new version asks everyone again and keeps version 1 and its answers", async () => {
    const d = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id });
    await answer(world, d.id, world.lead.id, world.leader.id, 1, "AGREE");
    await answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "AGREE_WITH_CONDITIONS", "Guest accounts for our teachers.");
    await answer(world, d.id, world.partnerB.id, world.staffB.id, 1, "AGREE");
    expect((await getDecision(world.programme.id, d.number))!.standing.state).toBe("AGREED");

    await reviseDecision(world.leader.id, {
      decisionId: d.id,
      basedOn: 1,
      title: "Common delivery platform",
      step: "ECOSYSTEM",
      services: ["IT"],
      question: "Which learning environment do we use?",
      options: "",
      proposal: "The lead institution's learning environment, with guest accounts for every partner.",
      rationale: "",
      attachments: [],
    });
    const after = (await getDecision(world.programme.id, d.number))!;
    expect(after.standing).toMatchObject({ state: "OPEN", waitingFor: [world.lead.id, world.partnerA.id, world.partnerB.id].sort() });
    expect(after.decision.versions.map((v) => [v.number, v.signOffs.length])).toEqual([
      [1, 3],
      [2, 0],
    ]);
    expect(after.decision.versions[0]!.proposal).toBe("The lead institution's learning environment.");
  });

  it("is contested by one objection, and the register says which institution blocks which decision", async () => {
    const d = await createDecision({
      programmeId: world.programme.id,
      authorId: world.leader.id,
      step: "CONSORTIUM_AGREEMENT",
      title: "Language policy",
    });
    await answer(world, d.id, world.partnerB.id, world.staffB.id, 1, "OBJECT", "Our national law requires Polish for assessment.");
    const register = await getDecisionRegister(world.programme.id, { page: 1 });
    expect(register.rows[0]!.standing.state).toBe("CONTESTED");
    const blockers = Object.fromEntries(
      register.blocking.map((b) => [b.partner.id, { waiting: b.waiting.length, objecting: b.objecting.length }]),
    );
    expect(blockers).toEqual({
      [world.lead.id]: { waiting: 1, objecting: 0 },
      [world.partnerA.id]: { waiting: 1, objecting: 0 },
      [world.partnerB.id]: { waiting: 0, objecting: 1 },
    });
    expect(register.waitingForMe(new Set([world.partnerA.id])).map((x) => x.id)).toEqual([d.id]);
    expect((await getDecisionRegister(world.programme.id, { page: 1, state: "AGREED" })).rows).toEqual([]);
  });

  it("refuses an answer given on a version that is no longer current, saying which one is, and records nothing", async () => {
    const d = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id });
    await reviseDecision(world.leader.id, {
      decisionId: d.id,
      basedOn: 1,
      title: "Platform",
      step: "ECOSYSTEM",
      services: [],
      question: "Which?",
      options: "",
      proposal: "Ours.",
      rationale: "",
      attachments: [],
    });
    expect(await refusal(answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "AGREE"))).toBe(
      "The proposal changed to version 2 while you were reading version 1, so your answer was not recorded. Read version 2 and answer again.",
    );
    expect(await db.decisionSignOff.count()).toBe(0);
  });

  it("applies an answer racing a new version either to the version it was given on, or not at all", async () => {
    for (let round = 0; round < 5; round++) {
      const d = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id });
      const [signed, revised] = await Promise.allSettled([
        answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "AGREE"),
        reviseDecision(world.leader.id, {
          decisionId: d.id,
          basedOn: 1,
          title: "Platform",
          step: "ECOSYSTEM",
          services: [],
          question: "Which?",
          options: "",
          proposal: `Ours, round ${round}.`,
          rationale: "",
          attachments: [],
        }),
      ]);
      expect(revised.status).toBe("fulfilled");
      const rows = await db.decisionSignOff.findMany({ where: { decisionId: d.id }, select: { version: { select: { number: true } } } });
      if (signed.status === "fulfilled") expect(rows.map((r) => r.version.number)).toEqual([1]);
      else expect(rows).toEqual([]);
      // Whichever came first, version 2 waits for partner A.
      expect((await getDecision(world.programme.id, d.number))!.standing.waitingFor).toContain(world.partnerA.id);
    }
  });

  it("records two partners answering at once, both", async () => {
    const d = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id });
    await answer(world, d.id, world.lead.id, world.leader.id, 1, "AGREE");
    await Promise.all([
      answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "AGREE"),
      answer(world, d.id, world.partnerB.id, world.staffB.id, 1, "AGREE"),
    ]);
    expect((await getDecision(world.programme.id, d.number))!.standing.state).toBe("AGREED");
  });

  it("keeps every answer: a changed answer is a new row and the newest counts; the same answer twice is refused", async () => {
    const d = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id });
    await answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "OBJECT", "Not our platform.");
    await answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "AGREE");
    expect(await refusal(answer(world, d.id, world.partnerA.id, world.staffA.id, 1, "AGREE"))).toBe(
      "Your institution already gave this answer to this version.",
    );
    expect(await db.decisionSignOff.count({ where: { decisionId: d.id } })).toBe(2);
    expect((await getDecision(world.programme.id, d.number))!.standing.objecting).toEqual([]);
  });

  it("refuses to change or delete a version or an answer, whoever asks (the database keeps them append-only)", async () => {
    const d = await createDecision({
      programmeId: world.programme.id,
      authorId: world.leader.id,
      answers: [{ institutionId: world.lead.id, signedById: world.leader.id, answer: "AGREE" }],
    });
    await expect(db.decisionVersion.updateMany({ where: { decisionId: d.id }, data: { proposal: "Rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.decisionSignOff.deleteMany({ where: { decisionId: d.id } })).rejects.toThrow(/append-only/);
  });

  it("stops waiting for a removed partner, and a withdrawn decision waits for nobody and takes no answers", async () => {
    const d = await createDecision({
      programmeId: world.programme.id,
      authorId: world.leader.id,
      answers: [
        { institutionId: world.lead.id, signedById: world.leader.id, answer: "AGREE" },
        { institutionId: world.partnerA.id, signedById: world.staffA.id, answer: "AGREE" },
      ],
    });
    await archivePartner(world.leader.id, world.programme.id, world.partnerB.id);
    expect((await getDecision(world.programme.id, d.number))!.standing.state).toBe("AGREED");
    expect(await refusal(answer(world, d.id, world.partnerB.id, world.staffB.id, 1, "OBJECT", "Late"))).toContain("no longer a partner");

    const other = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id, title: "Mobility formats" });
    await withdrawDecision(world.leader.id, { decisionId: other.id, reason: "Covered by the consortium agreement." });
    expect((await getDecision(world.programme.id, other.number))!.standing).toEqual({ state: "WITHDRAWN", waitingFor: [], objecting: [] });
    expect(await refusal(answer(world, other.id, world.partnerA.id, world.staffA.id, 1, "AGREE"))).toContain("has been withdrawn");
  });
});

describe("decision attachments", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  const proposal = (attachments: { name: string; bytes: Uint8Array }[]) =>
    proposeDecision(world.leader.id, world.programme.id, {
      title: "Common delivery platform",
      step: "ECOSYSTEM",
      services: ["IT"],
      template: "DELIVERY_PLATFORM",
      question: "Which learning environment?",
      options: "",
      proposal: "The lead institution's.",
      rationale: "",
      attachments,
    });

  it("keeps a file with the version it came with, by the advice attachment rules, and leaves an empty file input out", async () => {
    const parsed = proposeDecisionSchema.parse({
      programmeId: world.programme.id,
      title: "Common delivery platform",
      step: "ECOSYSTEM",
      question: "Which learning environment?",
      proposal: "The lead institution's.",
      attachments: new File([], "undefined"),
    });
    expect(parsed.attachments).toEqual([]);
    const { number } = await proposal([{ name: "platform comparison.pdf", bytes: SAMPLE_FILES.pdf }]);
    const found = (await getDecision(world.programme.id, number))!;
    expect(found.decision.versions[0]!.attachments.map((a) => a.fileName)).toEqual(["platform comparison.pdf"]);
  });

  it("refuses a file whose content is not what its name says, saving nothing", async () => {
    expect(await refusal(proposal([{ name: "minutes.pdf", bytes: SAMPLE_FILES.exe }]))).toContain("Nothing was saved");
    expect(await db.decision.count()).toBe(0);
  });
});

describe("regulatory obstacles", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("is raised from an advice entry and walked to “rule change adopted”, each step recording who, when and the evidence", async () => {
    const leaderActor = (await loadProgrammeActor(world.leader, world.programme.id))!;
    const engagement = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
    const advice = await logAdviceEntry({
      engagementId: engagement.id,
      authorId: world.staffA.id,
      givenDaysAgo: 2,
      givenByName: "Legal counsel",
      summary: "Our admission rules exclude learners without a bachelor's degree",
      kind: "PRECONDITION",
    });
    const { number } = await raiseObstacle(world.staffA.id, {
      programmeId: world.programme.id,
      institutionId: world.partnerA.id,
      title: "Admission without a bachelor's degree",
      rule: "Only holders of a bachelor's degree may enrol in a postgraduate course.",
      ruleSource: "Admission regulations, art. 3",
      ruleLevel: "INSTITUTIONAL",
      country: null,
      element: "ADMISSION",
      description: "",
      step: "ADMISSION_FRAMEWORK",
      raisedFromAdviceId: advice.id,
      raisedFromIssueId: null,
    });
    const walk = ["SOLUTION_PROPOSED", "RULE_CHANGE_REQUESTED", "RULE_CHANGE_ADOPTED"] as const;
    for (const [i, toStage] of walk.entries())
      await moveObstacle(world.staffA.id, {
        obstacleId: (await getObstacle(leaderActor, world.programme.id, number))!.id,
        version: i,
        toStage,
        note: `Step ${i + 1}`,
        evidenceAdviceId: toStage === "RULE_CHANGE_ADOPTED" ? advice.id : null,
      });
    const obstacle = (await getObstacle(leaderActor, world.programme.id, number))!;
    expect(obstacle.stage).toBe("RULE_CHANGE_ADOPTED");
    expect(obstacle.raisedFromAdvice?.id).toBe(advice.id);
    expect(obstacle.events.map((e) => [e.toStage, e.actor.name])).toEqual([
      ["IDENTIFIED", "Ana Staff"],
      ["SOLUTION_PROPOSED", "Ana Staff"],
      ["RULE_CHANGE_REQUESTED", "Ana Staff"],
      ["RULE_CHANGE_ADOPTED", "Ana Staff"],
    ]);
    expect(obstacle.events.at(-1)!.evidenceAdvice?.id).toBe(advice.id);
    const plan = await getPlan(world.programme.id);
    expect(plan.steps.find((s) => s.step === "ADMISSION_FRAMEWORK")!.obstacles).toEqual({ total: 1, open: 0 });
  });

  it("refuses a move the pathway does not have, and a move made on a stale page, changing nothing", async () => {
    const o = await createObstacle({ programmeId: world.programme.id, authorId: world.leader.id, institutionId: world.partnerB.id });
    const skipped = await moveObstacle(world.leader.id, {
      obstacleId: o.id,
      version: 0,
      toStage: "RULE_CHANGE_ADOPTED",
      note: "Skipping ahead",
      evidenceAdviceId: null,
    }).catch((error: ExpectedError) => error);
    expect(skipped instanceof ExpectedError && inEnglish(skipped.fields!.toStage!)).toBe(
      "An obstacle cannot go from “Identified” to “Rule change adopted”.",
    );
    await moveObstacle(world.leader.id, {
      obstacleId: o.id,
      version: 0,
      toStage: "SOLUTION_PROPOSED",
      note: "A joint certificate naming the lead only.",
      evidenceAdviceId: null,
    });
    expect(
      await refusal(
        moveObstacle(world.leader.id, {
          obstacleId: o.id,
          version: 0,
          toStage: "GOVERNMENT_REQUEST_SENT",
          note: "Ask the ministry",
          evidenceAdviceId: null,
        }),
      ),
    ).toContain("changed this obstacle");
    expect(await db.obstacleEvent.count({ where: { obstacleId: o.id } })).toBe(2);
  });
});

describe("the plan's lists", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("read with the same number of queries for 2 or 30 decisions and obstacles", async () => {
    const read = () =>
      Promise.all([
        getPlan(world.programme.id),
        getDecisionRegister(world.programme.id, { page: 1 }),
        listObstacles(world.programme.id, { page: 1 }),
      ]);
    const add = async (count: number) => {
      for (let n = 0; n < count; n++) {
        await createDecision({
          programmeId: world.programme.id,
          authorId: world.leader.id,
          answers: [
            { institutionId: world.partnerA.id, signedById: world.staffA.id, answer: n % 2 ? "AGREE" : "OBJECT", text: "Because." },
          ],
        });
        await createObstacle({
          programmeId: world.programme.id,
          authorId: world.leader.id,
          institutionId: world.partnerB.id,
          step: "QUALIFICATION",
        });
      }
    };
    await add(2);
    const few = await countQueries(read);
    await add(28);
    const many = await countQueries(read);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(14);
  });
});
