// The team leader manages the programme alone: details and phase, members' roles and services,
// removing members. Real server actions on a real database; only the session layer is stood in for.
import { storedMessage } from "@/lib/i18n/message";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addMemberTo, createBoardIssue, createUser, createWorld, findEngagement, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { callAction, type Outcome } from "@/tests/support/action-harness";
import { updateProgrammeDetailsAction } from "@/lib/programmes/actions";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/programmes/members/actions";
import { changeMemberRole, removeMember } from "@/lib/programmes/members/mutations";
import { ExpectedError } from "@/lib/errors";
import { inEnglish } from "@/tests/support/english";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

function stateOf(outcome: Outcome) {
  if (outcome.type !== "state") throw new Error(`expected a returned state, got ${outcome.type}`);
  return outcome.state;
}

const details = (version: number, overrides: Record<string, unknown> = {}) => ({
  programmeId: world.programme.id,
  version,
  title: "Joint Programme in Data Stewardship",
  summary: "Six weeks online, then a week on site.",
  ects: "7.5",
  eqfLevel: "6",
  deliveryMode: "ONLINE",
  plannedStart: "2027-09-01",
  status: "DEVELOPMENT",
  ...overrides,
});

async function membershipOf(userId: string, role: "TEAM_LEADER" | "PARTNER_STAFF" | "TASK_FORCE") {
  return db.membership.findUniqueOrThrow({
    where: { programmeId_userId_role: { programmeId: world.programme.id, userId, role } },
    select: { id: true, version: true, representations: { select: { service: true } } },
  });
}

async function refusalOf(promise: Promise<unknown>): Promise<ExpectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

describe("editing the programme's details", () => {
  it("saves every field and the phase, bumps the version and audits only what changed, before → after", async () => {
    const state = stateOf(await callAction(updateProgrammeDetailsAction, details(0), world.leader));
    expect(state).toMatchObject({ status: "success" });
    expect(state.message).toBe("Saved the title, summary, workload, EQF level, delivery, planned start and phase.");
    const programme = await db.programme.findUniqueOrThrow({ where: { id: world.programme.id } });
    expect(programme).toMatchObject({
      title: "Joint Programme in Data Stewardship",
      eqfLevel: 6,
      deliveryMode: "ONLINE",
      status: "DEVELOPMENT",
      version: 1,
    });
    expect(programme.ects.toString()).toBe("7.5");
    expect(programme.plannedStart?.toISOString()).toBe("2027-09-01T00:00:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "updateProgrammeDetails", entityId: world.programme.id } });
    expect(audit.actorId).toBe(world.leader.id);
    expect(audit.before).toMatchObject({ title: "Joint Programme", status: "DESIGN", eqfLevel: 7, ects: 15, plannedStart: null });
    expect(audit.after).toMatchObject({ title: "Joint Programme in Data Stewardship", status: "DEVELOPMENT", ects: 7.5 });

    const again = stateOf(
      await callAction(updateProgrammeDetailsAction, details(1, { status: "APPROVAL", plannedStart: "" }), world.leader),
    );
    expect(again.message).toBe("Saved the planned start and phase.");
    const second = await db.auditLog.findFirstOrThrow({ where: { action: "updateProgrammeDetails" }, orderBy: { id: "desc" } });
    expect(second.before).toEqual({ plannedStart: "2027-09-01T00:00:00.000Z", status: "DEVELOPMENT" });
    expect(second.after).toEqual({ plannedStart: null, status: "APPROVAL" });
  });

  it("says so and writes nothing when nothing changed", async () => {
    await callAction(updateProgrammeDetailsAction, details(0), world.leader);
    const before = await tableFingerprint();
    const state = stateOf(await callAction(updateProgrammeDetailsAction, details(1), world.leader));
    expect(state.message).toBe("Nothing to save: the details are unchanged.");
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuses partner staff and task-force members, and hides the programme from outsiders, writing nothing", async () => {
    const before = await tableFingerprint();
    for (const person of [world.staffA, world.legalB]) {
      expect(stateOf(await callAction(updateProgrammeDetailsAction, details(0), person))).toMatchObject({
        status: "error",
        kind: "forbidden",
        message: "Only the programme's team leader can change its set-up.",
      });
    }
    expect(stateOf(await callAction(updateProgrammeDetailsAction, details(0), world.outsider))).toMatchObject({ kind: "not_found" });
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuses bad values with messages that say what to do, and refuses archiving (an administrator's matter)", async () => {
    const state = stateOf(
      await callAction(
        updateProgrammeDetailsAction,
        details(0, { title: "ab", ects: "0", status: "ARCHIVED", plannedStart: "1/9/27" }),
        world.leader,
      ),
    );
    expect(state.fieldErrors).toEqual({
      title: ["Give the programme a title of at least 3 characters."],
      ects: ["A micro-credential carries at least 1 ECTS."],
      plannedStart: ["Enter a date like 2027-09-01."],
      status: ["Choose the phase the programme is in."],
    });
  });

  it("refuses a save over a newer version, naming who changed what, and keeps their change", async () => {
    const coLeader = await createUser({ name: "Cora Co-leader", institutionId: world.lead.id });
    await addMemberTo(world.programme.id, world.leader.id, coLeader, "TEAM_LEADER", world.lead.id);
    await callAction(
      updateProgrammeDetailsAction,
      details(0, {
        title: "Cora's title",
        status: "DESIGN",
        summary: "",
        ects: "15",
        eqfLevel: "7",
        deliveryMode: "BLENDED",
        plannedStart: "",
      }),
      coLeader,
    );
    const before = await tableFingerprint();
    const state = stateOf(await callAction(updateProgrammeDetailsAction, details(0), world.leader));
    expect(state).toMatchObject({ status: "error", kind: "conflict" });
    expect(state.message).toMatch(/^Cora Co-leader changed the title after you opened this page\. Your changes were not saved/);
    expect(await tableFingerprint()).toBe(before);
    expect((await db.programme.findUniqueOrThrow({ where: { id: world.programme.id } })).title).toBe("Cora's title");
  });

  it("applies exactly one of two saves made from the same version at the same moment", async () => {
    const coLeader = await createUser({ name: "Cora Co-leader", institutionId: world.lead.id });
    await addMemberTo(world.programme.id, world.leader.id, coLeader, "TEAM_LEADER", world.lead.id);
    const outcomes = await Promise.all([
      callAction(updateProgrammeDetailsAction, details(0, { title: "Title by Lea" }), world.leader),
      callAction(updateProgrammeDetailsAction, details(0, { title: "Title by Cora" }), coLeader),
    ]);
    const states = outcomes.map(stateOf);
    expect(states.map((s) => s.status).sort()).toEqual(["error", "success"]);
    const programme = await db.programme.findUniqueOrThrow({ where: { id: world.programme.id } });
    expect(programme.version).toBe(1);
    expect(await db.auditLog.count({ where: { action: "updateProgrammeDetails" } })).toBe(1);
  });
});

describe("changing a member's role and services", () => {
  it("makes partner staff a task-force member for the chosen services, audited before → after", async () => {
    const m = await membershipOf(world.staffA.id, "PARTNER_STAFF");
    const state = stateOf(
      await callAction(
        changeMemberRoleAction,
        { membershipId: m.id, version: m.version, role: "TASK_FORCE", services: ["LEGAL", "IT"] },
        world.leader,
      ),
    );
    expect(state).toMatchObject({ status: "success", message: "Ana Staff is now task-force member for IT, Legal." });
    const after = await membershipOf(world.staffA.id, "TASK_FORCE");
    expect(after.representations.map((r) => r.service).sort()).toEqual(["IT", "LEGAL"]);
    expect(after.version).toBe(m.version + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "changeMemberRole", entityId: m.id } });
    expect(audit.before).toEqual({ userId: world.staffA.id, role: "PARTNER_STAFF", services: [] });
    expect(audit.after).toEqual({ userId: world.staffA.id, role: "TASK_FORCE", services: ["IT", "LEGAL"], unassignedIssues: 0 });
  });

  it("changes only the services a task-force member represents", async () => {
    const m = await membershipOf(world.legalB.id, "TASK_FORCE");
    await callAction(
      changeMemberRoleAction,
      { membershipId: m.id, version: m.version, role: "TASK_FORCE", services: ["STUDENT_ADMINISTRATION"] },
      world.leader,
    );
    expect((await membershipOf(world.legalB.id, "TASK_FORCE")).representations.map((r) => r.service)).toEqual(["STUDENT_ADMINISTRATION"]);
  });

  it("refuses a task-force role without a service, pointing at the services", async () => {
    const m = await membershipOf(world.staffA.id, "PARTNER_STAFF");
    expect(
      stateOf(await callAction(changeMemberRoleAction, { membershipId: m.id, version: m.version, role: "TASK_FORCE" }, world.leader))
        .fieldErrors,
    ).toEqual({
      services: ["Choose the service(s) this task-force member represents."],
    });
  });

  it("frees the seats and unassigns open issues (not finished ones) when a task-force member becomes partner staff", async () => {
    const open = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffB.id,
      createdDaysAgo: 2,
      title: "Open one",
      assigneeId: world.legalB.id,
    });
    const done = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffB.id,
      createdDaysAgo: 2,
      title: "Done one",
      assigneeId: world.legalB.id,
      status: "RESOLVED",
      resolutionNote: "Settled.",
    });
    const m = await membershipOf(world.legalB.id, "TASK_FORCE");
    const state = stateOf(
      await callAction(changeMemberRoleAction, { membershipId: m.id, version: m.version, role: "PARTNER_STAFF" }, world.leader),
    );
    expect(state.message).toBe("Lex Taskforce is now partner staff. 1 open issue assigned to them is now unassigned.");
    expect(await db.taskForceRepresentation.count({ where: { membershipId: m.id } })).toBe(0);
    expect((await db.boardIssue.findUniqueOrThrow({ where: { id: open.id } })).assigneeId).toBeNull();
    expect((await db.boardIssue.findUniqueOrThrow({ where: { id: done.id } })).assigneeId).toBe(world.legalB.id);
    const event = await db.boardIssueEvent.findFirstOrThrow({ where: { issueId: open.id, kind: "ASSIGNED" } });
    expect(event.changes).toEqual({ assigneeId: { from: world.legalB.id, to: null } });
  });

  it("refuses a role the person already holds here, and refuses people who are not the team leader", async () => {
    const staff = await createUser({ name: "Dual Role", institutionId: world.partnerA.id });
    await addMemberTo(world.programme.id, world.leader.id, staff, "PARTNER_STAFF", world.partnerA.id);
    await addMemberTo(world.programme.id, world.leader.id, staff, "TASK_FORCE", world.partnerA.id, ["IT"]);
    const m = await membershipOf(staff.id, "PARTNER_STAFF");
    const before = await tableFingerprint();
    expect(
      stateOf(
        await callAction(
          changeMemberRoleAction,
          { membershipId: m.id, version: m.version, role: "TASK_FORCE", services: ["IT"] },
          world.leader,
        ),
      ),
    ).toMatchObject({
      kind: "conflict",
      message: "Dual Role is already task-force member in this programme. Remove this role of theirs instead.",
    });
    expect(
      stateOf(await callAction(changeMemberRoleAction, { membershipId: m.id, version: m.version, role: "TEAM_LEADER" }, world.staffA)),
    ).toMatchObject({ kind: "forbidden" });
    expect(
      stateOf(await callAction(changeMemberRoleAction, { membershipId: m.id, version: m.version, role: "TEAM_LEADER" }, world.outsider)),
    ).toMatchObject({
      kind: "not_found",
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuses a change over a newer version of the membership, saying who changed it", async () => {
    const m = await membershipOf(world.staffA.id, "PARTNER_STAFF");
    await changeMemberRole(
      { id: world.leader.id, isPlatformAdmin: false },
      { membershipId: m.id, version: m.version, role: "TASK_FORCE", services: ["IT"] },
    );
    const error = await refusalOf(
      removeMember({ id: world.leader.id, isPlatformAdmin: false }, { membershipId: m.id, version: m.version }),
    );
    expect(error.kind).toBe("conflict");
    expect(inEnglish(error.said)).toMatch(/^Lea Leader changed Ana Staff's membership after you opened this page\. Nothing was saved/);
  });
});

describe("removing a member", () => {
  it("hands back what they held, keeps what they wrote, and audits it", async () => {
    const engagement = await findEngagement(world.programme.id, world.partnerA.id, "IT");
    await db.engagement.update({ where: { id: engagement.id }, data: { ownerId: world.staffA.id } });
    const leaderIssue = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffA.id,
      createdDaysAgo: 1,
      title: "Ana's question",
    });
    const m = await membershipOf(world.staffA.id, "PARTNER_STAFF");
    const state = stateOf(await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.leader));
    expect(state).toMatchObject({ status: "success", message: "Ana Staff left the programme. 1 engagement no longer has an owner." });
    expect(await db.membership.count({ where: { programmeId: world.programme.id, userId: world.staffA.id } })).toBe(0);
    const after = await db.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect(after.ownerId).toBeNull();
    const event = await db.engagementEvent.findFirstOrThrow({ where: { engagementId: engagement.id, kind: "DETAILS_CHANGED" } });
    expect(event).toMatchObject({
      changes: { ownerId: { from: world.staffA.id, to: null } },
      note: storedMessage("programmes.historyNote.memberLeft", { name: "Ana Staff" }),
    });
    expect((await db.boardIssue.findUniqueOrThrow({ where: { id: leaderIssue.id } })).authorId).toBe(world.staffA.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "removeMember", entityId: m.id } });
    expect(audit.before).toEqual({ userId: world.staffA.id, role: "PARTNER_STAFF", institutionId: world.partnerA.id, services: [] });
    expect(audit.after).toEqual({ leftProgramme: true, unassignedIssues: 0, unownedEngagements: 1 });
  });

  it("frees a task-force member's seats with the membership and unassigns their open issues", async () => {
    const issue = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffB.id,
      createdDaysAgo: 1,
      title: "Legal check",
      assigneeId: world.legalB.id,
    });
    const m = await membershipOf(world.legalB.id, "TASK_FORCE");
    const state = stateOf(await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.leader));
    expect(state.message).toBe("Lex Taskforce left the programme. 1 open issue is unassigned.");
    expect(await db.taskForceRepresentation.count({ where: { membershipId: m.id } })).toBe(0);
    expect((await db.boardIssue.findUniqueOrThrow({ where: { id: issue.id } })).assigneeId).toBeNull();
  });

  it("refuses partner staff, writing nothing", async () => {
    const m = await membershipOf(world.staffB.id, "PARTNER_STAFF");
    const before = await tableFingerprint();
    expect(stateOf(await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.staffA))).toMatchObject({
      kind: "forbidden",
      message: "Only the programme's team leader can change who is in the programme and in which role.",
    });
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("the last team leader", () => {
  it("can be neither removed nor demoted, with a message that says what to do", async () => {
    const m = await membershipOf(world.leader.id, "TEAM_LEADER");
    const before = await tableFingerprint();
    expect(stateOf(await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.leader))).toMatchObject({
      kind: "conflict",
      message:
        "Lea Leader is the programme's only team leader with an active account, so you cannot remove them. Make someone else team leader first.",
    });
    expect(
      stateOf(await callAction(changeMemberRoleAction, { membershipId: m.id, version: m.version, role: "PARTNER_STAFF" }, world.leader)),
    ).toMatchObject({
      kind: "conflict",
      message:
        "Lea Leader is the programme's only team leader with an active account, so you cannot make them partner staff. Make someone else team leader first.",
    });
    // Not even by a platform administrator.
    expect(stateOf(await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.admin))).toMatchObject({
      kind: "conflict",
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("does not count a co-leader whose account is deactivated", async () => {
    const dormant = await createUser({ name: "Dormant Leader", institutionId: world.lead.id, deactivated: true });
    await addMemberTo(world.programme.id, world.leader.id, dormant, "TEAM_LEADER", world.lead.id);
    const m = await membershipOf(world.leader.id, "TEAM_LEADER");
    expect(stateOf(await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.leader))).toMatchObject({
      kind: "conflict",
    });
  });

  it("may go once a second leader is there", async () => {
    const coLeader = await createUser({ name: "Cora Co-leader", institutionId: world.lead.id });
    await addMemberTo(world.programme.id, world.leader.id, coLeader, "TEAM_LEADER", world.lead.id);
    const m = await membershipOf(world.leader.id, "TEAM_LEADER");
    const outcome = await callAction(removeMemberAction, { membershipId: m.id, version: m.version }, world.leader);
    // Lea removed her own last role: she is sent back to her programme list.
    expect(outcome).toEqual({ type: "redirect", location: "/programmes" });
    expect(await db.membership.count({ where: { programmeId: world.programme.id, role: "TEAM_LEADER" } })).toBe(1);
  });

  it("survives two leaders demoting or removing each other at the same moment: one of them stays", async () => {
    for (let round = 0; round < 5; round++) {
      await resetDatabase();
      world = await createWorld();
      const cora = await createUser({ name: "Cora Co-leader", institutionId: world.lead.id });
      await addMemberTo(world.programme.id, world.leader.id, cora, "TEAM_LEADER", world.lead.id);
      const lea = await membershipOf(world.leader.id, "TEAM_LEADER");
      const coras = await membershipOf(cora.id, "TEAM_LEADER");
      const outcomes = await Promise.all([
        callAction(changeMemberRoleAction, { membershipId: coras.id, version: coras.version, role: "PARTNER_STAFF" }, world.leader),
        round % 2 === 0
          ? callAction(changeMemberRoleAction, { membershipId: lea.id, version: lea.version, role: "PARTNER_STAFF" }, cora)
          : callAction(removeMemberAction, { membershipId: lea.id, version: lea.version }, cora),
      ]);
      const states = outcomes.map(stateOf);
      expect(states.filter((s) => s.status === "success")).toHaveLength(1);
      // The loser is refused either as the last leader or because they are no longer a leader.
      expect(states.find((s) => s.status === "error")?.kind).toMatch(/^(conflict|forbidden)$/);
      expect(await db.membership.count({ where: { programmeId: world.programme.id, role: "TEAM_LEADER" } })).toBe(1);
      expect(await db.auditLog.count({ where: { action: { in: ["changeMemberRole", "removeMember"] } } })).toBe(1);
    }
  });
});
