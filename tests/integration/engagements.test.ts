// Engagements: stage moves, details, archived partners, the tracker. Who may move or edit which
// engagement goes through the REAL server actions (lib/engagements/actions.ts) as a chosen person;
// what a change writes (history, audit rows, versions) is also checked on the mutations directly.
import { ADVICE_LOGGED_NOTE } from "@/lib/engagements/transitions";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addPartnerTo, createInstitution, createWorld, logAdviceEntry, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { callAction, describeOutcome } from "@/tests/support/action-harness";
import { ExpectedError } from "@/lib/errors";
import { findEngagementForChange, getEngagementDetail, getTracker } from "@/lib/engagements/data";
import { changeEngagementStage, saveEngagementDetails } from "@/lib/engagements/mutations";
import { markAdviceReceivedAction, moveEngagement, updateEngagementDetails } from "@/lib/engagements/actions";
import { REASON_MESSAGE, updateEngagementDetailsSchema } from "@/lib/engagements/schema";
import { archivePartner, restorePartner } from "@/lib/programmes/mutations";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { countQueries } from "@/tests/support/count-queries";
import { inEnglish } from "@/tests/support/english";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Person = { id: string };
type State = { status: string; kind?: string; message?: string; fieldErrors?: Record<string, string[]> };

/** Calls a server action as `person` and gives back the state it answered with (an action never throws). */
async function answerOf(action: unknown, input: unknown, person: Person | null): Promise<State> {
  const outcome = await callAction(action, input, person);
  if (outcome.type !== "state") throw new Error(`expected a returned state, got ${describeOutcome(outcome)}`);
  return outcome.state;
}

/** Asks the moveEngagement action, as `person`, to move the engagement. */
function attemptMove(
  person: Person,
  engagementId: string,
  to: EngagementStage,
  version: number,
  note = "",
  extra: { confirmNoAdvice?: "yes" } = {},
) {
  return answerOf(moveEngagement, { engagementId, to, version, note, ...extra }, person);
}

/** A move the test needs to succeed. */
async function move(...args: Parameters<typeof attemptMove>) {
  const state = await attemptMove(...args);
  expect(state, `moving to ${args[2]}: ${state.message}`).toMatchObject({ status: "success" });
  return state;
}

/** A move the test expects to be refused: the error state, with its kind and message. */
async function refusedMove(...args: Parameters<typeof attemptMove>) {
  const state = await attemptMove(...args);
  expect(state.status, `expected moving to ${args[2]} to be refused`).toBe("error");
  return state;
}

async function engagementOf(world: World, institutionId: string, service: Service) {
  return db.engagement.findUniqueOrThrow({
    where: { programmeId_institutionId_service: { programmeId: world.programme.id, institutionId, service } },
  });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

describe("moving engagements", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("applies a move with its history entry, audit row and new activity time", async () => {
    const e = await engagementOf(world, world.lead.id, "INTERNATIONALISATION");
    await move(world.leader, e.id, "CONTACTED", 0, "Phoned the international office");
    const after = await db.engagement.findUniqueOrThrow({ where: { id: e.id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(after.stage).toBe("CONTACTED");
    expect(after.version).toBe(1);
    expect(after.lastActivityAt.getTime()).toBeGreaterThan(e.lastActivityAt.getTime());
    expect(after.events.map((x) => [x.kind, x.fromStage, x.toStage, x.note])).toEqual([
      ["CREATED", null, "NOT_CONTACTED", null],
      ["STAGE_CHANGED", "NOT_CONTACTED", "CONTACTED", "Phoned the international office"],
    ]);
    expect(await db.auditLog.count({ where: { action: "moveEngagement", entityId: e.id, actorId: world.leader.id } })).toBe(1);
  });

  it("lets exactly one of 20 concurrent moves from the same version win", async () => {
    const e = await engagementOf(world, world.partnerB.id, "LEGAL");
    const people = [world.leader, world.staffB, world.legalB];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attemptMove(people[i % 3]!, e.id, i % 2 ? "CONTACTED" : "BLOCKED", 0, `attempt number ${i}`)),
    );
    const won = answers.filter((a) => a.status === "success");
    const lost = answers.filter((a) => a.status !== "success");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    const after = await db.engagement.findUniqueOrThrow({ where: { id: e.id } });
    expect(after.version).toBe(1);
    expect(await db.engagementEvent.count({ where: { engagementId: e.id, kind: "STAGE_CHANGED" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "moveEngagement", entityId: e.id } })).toBe(1);
    const winner = await db.engagementEvent.findFirstOrThrow({
      where: { engagementId: e.id, kind: "STAGE_CHANGED" },
      include: { actor: true },
    });
    for (const answer of lost) {
      expect(answer).toMatchObject({ status: "error", kind: "conflict" });
      expect(answer.message).toContain(
        `${winner.actor.name} moved this engagement to ${winner.toStage === "BLOCKED" ? "Blocked" : "Contacted"}`,
      );
    }
  });

  it("refuses moves outside a person's scope or the table, and changes nothing", async () => {
    const leadIntl = await engagementOf(world, world.lead.id, "INTERNATIONALISATION");
    const bIt = await engagementOf(world, world.partnerB.id, "IT");
    const aLegal = await engagementOf(world, world.partnerA.id, "LEGAL");
    const before = await tableFingerprint();
    expect((await refusedMove(world.staffA, leadIntl.id, "CONTACTED", 0)).kind).toBe("forbidden"); // other institution
    expect((await refusedMove(world.legalB, bIt.id, "CONTACTED", 0)).kind).toBe("forbidden"); // not their service
    expect((await refusedMove(world.legalB, aLegal.id, "CONTACTED", 0)).kind).toBe("forbidden"); // their service, other institution
    expect((await refusedMove(world.outsider, leadIntl.id, "CONTACTED", 0)).kind).toBe("not_found"); // not a member
    expect((await refusedMove(world.admin, leadIntl.id, "CONTACTED", 0)).kind).toBe("not_found"); // admins only set programmes up: the rest stays invisible
    expect((await refusedMove(world.leader, leadIntl.id, "SETTLED", 0)).message).toContain("cannot go from Not contacted to Settled");
    expect((await refusedMove(world.staffA, aLegal.id, "NOT_APPLICABLE", 0, "no legal issues")).message).toContain("Only the team leader");
    // The schema refuses a thin reason for blocking; the mutation refuses it too for callers that skip the schema.
    const leadIntlRow = (await findEngagementForChange(leadIntl.id))!;
    const thin = { engagementId: leadIntl.id, to: "BLOCKED" as const, version: 0, note: "  " };
    expect(await refusal(changeEngagementStage(world.leader.id, ["TEAM_LEADER"], leadIntlRow, thin))).toMatchObject({
      kind: "invalid",
      fields: { note: REASON_MESSAGE },
    });
    expect((await refusedMove(world.leader, leadIntl.id, "CONTACTED", 7)).kind).toBe("conflict"); // stale version
    expect(await tableFingerprint()).toBe(before);
  });

  it("returns a blocked engagement to the stage it was blocked in, and lets only the leader reopen", async () => {
    const e = await engagementOf(world, world.partnerA.id, "IT");
    await move(world.staffA, e.id, "CONTACTED", 0);
    await move(world.staffA, e.id, "BLOCKED", 1, "Platform licence unclear");
    let row = await db.engagement.findUniqueOrThrow({ where: { id: e.id } });
    expect([row.stage, row.blockedFromStage, row.stageReason]).toEqual(["BLOCKED", "CONTACTED", "Platform licence unclear"]);
    expect((await refusedMove(world.staffA, e.id, "IN_CONSULTATION", 2)).kind).toBe("forbidden");
    await move(world.staffA, e.id, "CONTACTED", 2);
    row = await db.engagement.findUniqueOrThrow({ where: { id: e.id } });
    expect([row.stage, row.blockedFromStage, row.stageReason]).toEqual(["CONTACTED", null, null]);
    await move(world.staffA, e.id, "IN_CONSULTATION", 3);
    await move(world.staffA, e.id, "ADVICE_RECEIVED", 4);
    await move(world.staffA, e.id, "SETTLED", 5, "Licence confirmed by phone, nothing to log", { confirmNoAdvice: "yes" });
    expect((await refusedMove(world.staffA, e.id, "ADVICE_RECEIVED", 6, "more questions")).message).toContain("Only the team leader");
    await move(world.leader, e.id, "ADVICE_RECEIVED", 6, "New platform requirements");
    expect((await db.engagement.findUniqueOrThrow({ where: { id: e.id } })).stage).toBe("ADVICE_RECEIVED");
  });

  it("settles an engagement with no advice logged only when confirmed, with a reason on record", async () => {
    const e = await engagementOf(world, world.lead.id, "IT");
    for (const [i, to] of (["CONTACTED", "IN_CONSULTATION", "ADVICE_RECEIVED"] as const).entries()) await move(world.leader, e.id, to, i);
    const before = await tableFingerprint();
    const unconfirmed = await refusedMove(world.leader, e.id, "SETTLED", 3);
    expect(unconfirmed).toMatchObject({
      kind: "invalid",
      fieldErrors: { confirmNoAdvice: [expect.stringContaining("No advice is logged")] },
    });
    const row = (await findEngagementForChange(e.id))!;
    const thinNote = { engagementId: e.id, to: "SETTLED" as const, version: 3, note: "ok", confirmNoAdvice: "yes" as const };
    expect(await refusal(changeEngagementStage(world.leader.id, ["TEAM_LEADER"], row, thinNote))).toMatchObject({
      kind: "invalid",
      fields: { note: REASON_MESSAGE },
    });
    expect(await tableFingerprint()).toBe(before);
    await move(world.leader, e.id, "SETTLED", 3, "The IT service confirmed by phone: nothing to change", { confirmNoAdvice: "yes" });
    const settled = await db.engagement.findUniqueOrThrow({
      where: { id: e.id },
      include: { events: { orderBy: { at: "desc" }, take: 1 } },
    });
    expect([settled.stage, settled.events[0]!.note]).toEqual(["SETTLED", "The IT service confirmed by phone: nothing to change"]);
  });

  it("settles without a confirmation once advice is logged (a removed entry does not count)", async () => {
    const e = await engagementOf(world, world.lead.id, "LEGAL");
    for (const [i, to] of (["CONTACTED", "IN_CONSULTATION", "ADVICE_RECEIVED"] as const).entries()) await move(world.leader, e.id, to, i);
    const removed = await logAdviceEntry({
      engagementId: e.id,
      authorId: world.leader.id,
      givenDaysAgo: 2,
      givenByName: "Legal office",
      summary: "Withdrawn advice",
      kind: "INFORMATION",
    });
    await db.adviceEntry.update({ where: { id: removed.id }, data: { deletedAt: new Date(), deletedById: world.leader.id } });
    expect(await refusedMove(world.leader, e.id, "SETTLED", 3)).toMatchObject({ fieldErrors: { confirmNoAdvice: [expect.any(String)] } });
    await logAdviceEntry({
      engagementId: e.id,
      authorId: world.leader.id,
      givenDaysAgo: 1,
      givenByName: "Legal office",
      summary: "Use the joint-degree template",
      kind: "INFORMATION",
    });
    await move(world.leader, e.id, "SETTLED", 3);
    expect((await db.engagement.findUniqueOrThrow({ where: { id: e.id } })).stage).toBe("SETTLED");
  });

  it("refuses a backward move whose reason has no substance, at the note field", async () => {
    const e = await engagementOf(world, world.partnerA.id, "IT");
    await move(world.staffA, e.id, "CONTACTED", 0);
    await move(world.staffA, e.id, "IN_CONSULTATION", 1);
    const before = await tableFingerprint();
    // With the stage the person saw, the schema answers; without it, the mutation does, with the same message.
    for (const input of [
      { engagementId: e.id, to: "CONTACTED", from: "IN_CONSULTATION", version: 2, note: "no" },
      { engagementId: e.id, to: "CONTACTED", from: "IN_CONSULTATION", version: 2, note: "!!! ... ???  -- !!" },
      { engagementId: e.id, to: "CONTACTED", version: 2, note: "no" },
      { engagementId: e.id, to: "CONTACTED", version: 2, note: "- - - - - - - - a" },
    ])
      expect(await answerOf(moveEngagement, input, world.staffA)).toMatchObject({
        status: "error",
        kind: "invalid",
        fieldErrors: { note: [inEnglish(REASON_MESSAGE)] },
      });
    expect(await tableFingerprint()).toBe(before);
    expect(
      await answerOf(
        moveEngagement,
        { engagementId: e.id, to: "CONTACTED", from: "IN_CONSULTATION", version: 2, note: "Wrong person" },
        world.staffA,
      ),
    ).toMatchObject({ status: "success" });
  });

  it("records detail edits in the history and insists the owner is a member", async () => {
    const e = await engagementOf(world, world.partnerA.id, "LEGAL");
    const row = (await findEngagementForChange(e.id))!;
    const input = updateEngagementDetailsSchema.parse({
      engagementId: e.id,
      version: 0,
      contactName: "Dr. Rosa Legal",
      contactRole: "Legal counsel",
      contactEmail: "Rosa@Uni.example",
      ownerId: world.staffA.id,
      dueDate: "2027-03-31",
      note: "",
    });
    await saveEngagementDetails(world.staffA.id, row, input);
    const detail = (await getEngagementDetail(world.programme.id, e.id))!;
    expect([detail.contactName, detail.contactEmail, detail.owner?.name, detail.dueDate?.toISOString().slice(0, 10)]).toEqual([
      "Dr. Rosa Legal",
      "rosa@uni.example",
      "Ana Staff",
      "2027-03-31",
    ]);
    expect(detail.events[0]!.kind).toBe("DETAILS_CHANGED");
    expect(Object.keys(detail.events[0]!.changes ?? {}).sort()).toEqual([
      "contactEmail",
      "contactName",
      "contactRole",
      "dueDate",
      "ownerId",
    ]);
    const fresh = (await findEngagementForChange(e.id))!;
    const before = await tableFingerprint();
    const outsiderOwner = updateEngagementDetailsSchema.parse({ engagementId: e.id, version: 1, ownerId: world.outsider.id });
    expect(inEnglish((await refusal(saveEngagementDetails(world.staffA.id, fresh, outsiderOwner))).said)).toContain("must be a member");
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("the server actions", () => {
  beforeEach(resetDatabase);

  it("move and edit through the action: refusals come back as messages and change nothing", async () => {
    const world = await createWorld();
    const leadIntl = await engagementOf(world, world.lead.id, "INTERNATIONALISATION");
    expect(await answerOf(moveEngagement, { engagementId: leadIntl.id, to: "CONTACTED", version: 0 }, null)).toMatchObject({
      status: "error",
      kind: "unauthenticated",
    });
    const before = await tableFingerprint();
    const forged = await answerOf(moveEngagement, { engagementId: leadIntl.id, to: "CONTACTED", version: 0, note: "" }, world.staffB);
    expect(forged).toMatchObject({ status: "error", kind: "forbidden" });
    expect(forged.message).toContain("own institution");
    expect(
      await answerOf(updateEngagementDetails, { engagementId: leadIntl.id, version: 0, contactName: "Forged" }, world.staffB),
    ).toMatchObject({ status: "error", kind: "forbidden" });
    expect(
      await answerOf(updateEngagementDetails, { engagementId: leadIntl.id, version: 0, contactName: "Forged" }, world.outsider),
    ).toMatchObject({ status: "error", kind: "not_found" });
    expect(await tableFingerprint()).toBe(before);
    const form = new FormData();
    form.set("engagementId", leadIntl.id);
    form.set("to", "CONTACTED");
    form.set("version", "0");
    form.set("note", "");
    expect(await answerOf(moveEngagement, form, world.leader)).toEqual({ status: "success", message: "Moved to Contacted." });
    const again = await answerOf(moveEngagement, form, world.leader);
    expect(again).toMatchObject({ status: "error", kind: "conflict" });
    expect(again.message).toContain("Lea Leader moved this engagement to Contacted");
    expect(
      await answerOf(updateEngagementDetails, { engagementId: leadIntl.id, version: 1, contactName: "Iris Intl" }, world.leader),
    ).toMatchObject({ status: "success" });
  });

  it("marks advice received: every step up to it in one go, each in the history, for those who may move the engagement", async () => {
    const world = await createWorld();
    const e = await engagementOf(world, world.partnerA.id, "IT");
    const before = await tableFingerprint();
    expect(await answerOf(markAdviceReceivedAction, { engagementId: e.id }, world.staffB)).toMatchObject({
      status: "error",
      kind: "forbidden",
    });
    expect(await answerOf(markAdviceReceivedAction, { engagementId: e.id }, world.outsider)).toMatchObject({
      status: "error",
      kind: "not_found",
    });
    expect(await tableFingerprint()).toBe(before);

    expect(await answerOf(markAdviceReceivedAction, { engagementId: e.id }, world.staffA)).toEqual({
      status: "success",
      message: "Moved to “Advice received”.",
    });
    const after = await db.engagement.findUniqueOrThrow({ where: { id: e.id }, include: { events: { orderBy: { at: "asc" } } } });
    expect([after.stage, after.version]).toEqual(["ADVICE_RECEIVED", 1]);
    expect(after.events.filter((x) => x.kind === "STAGE_CHANGED").map((x) => [x.fromStage, x.toStage, x.note, x.actorId])).toEqual([
      ["NOT_CONTACTED", "CONTACTED", null, world.staffA.id],
      ["CONTACTED", "IN_CONSULTATION", null, world.staffA.id],
      ["IN_CONSULTATION", "ADVICE_RECEIVED", ADVICE_LOGGED_NOTE, world.staffA.id],
    ]);
    expect(await db.auditLog.count({ where: { action: "moveEngagement", entityId: e.id } })).toBe(1);

    // Offered again in a page opened before: the engagement is there already, so nothing moves.
    const done = await tableFingerprint();
    expect(await answerOf(markAdviceReceivedAction, { engagementId: e.id }, world.staffA)).toMatchObject({
      status: "error",
      kind: "conflict",
      message: expect.stringContaining("so it was not moved"),
    });
    expect(await tableFingerprint()).toBe(done);
  });
});

describe("partners", () => {
  beforeEach(resetDatabase);

  it("archiving a partner keeps its engagements and history read-only, and restoring brings them back", async () => {
    const world = await createWorld();
    const e = await engagementOf(world, world.partnerA.id, "INTERNATIONALISATION");
    await move(world.staffA, e.id, "CONTACTED", 0);
    await archivePartner(world.leader.id, world.programme.id, world.partnerA.id);
    expect(await db.engagement.count({ where: { programmeId: world.programme.id, institutionId: world.partnerA.id } })).toBe(6);
    expect((await getTracker(world.programme.id))!.rows.map((r) => r.institutionId)).not.toContain(world.partnerA.id);
    const history = await db.engagementEvent.findMany({ where: { engagementId: e.id }, orderBy: { at: "asc" } });
    expect(history.map((h) => h.kind)).toEqual(["CREATED", "STAGE_CHANGED", "ARCHIVED"]);
    const before = await tableFingerprint();
    expect((await refusedMove(world.staffA, e.id, "IN_CONSULTATION", 1)).message).toContain("read-only");
    expect(await tableFingerprint()).toBe(before);
    const leadRemoval = await refusal(archivePartner(world.leader.id, world.programme.id, world.lead.id));
    expect(inEnglish(leadRemoval.said)).toContain("lead institution cannot be removed");
    await restorePartner(world.leader.id, world.programme.id, world.partnerA.id);
    expect((await getTracker(world.programme.id))!.rows.map((r) => r.institutionId)).toContain(world.partnerA.id);
    await move(world.staffA, e.id, "IN_CONSULTATION", 1);
    expect((await db.engagement.findUniqueOrThrow({ where: { id: e.id } })).stage).toBe("IN_CONSULTATION");
  });
});

describe("a change reads its engagement under lock, never stale", () => {
  beforeEach(resetDatabase);

  it("a move or an edit loaded before the partner was removed is refused, and writes nothing", async () => {
    const world = await createWorld();
    const e = await engagementOf(world, world.partnerA.id, "INTERNATIONALISATION");
    const loadedBefore = (await findEngagementForChange(e.id))!;
    expect(loadedBefore.archived).toBe(false);
    await archivePartner(world.leader.id, world.programme.id, world.partnerA.id);
    const before = await tableFingerprint();
    const moved = changeEngagementStage(world.staffA.id, ["PARTNER_STAFF"], loadedBefore, {
      engagementId: e.id,
      to: "CONTACTED",
      version: 0,
      note: "",
    });
    const movedRefusal = await refusal(moved);
    expect(movedRefusal.kind).toBe("forbidden");
    expect(inEnglish(movedRefusal.said)).toContain("read-only");
    const input = updateEngagementDetailsSchema.parse({ engagementId: e.id, version: 0, contactName: "Late", note: "" });
    const edited = saveEngagementDetails(world.staffA.id, loadedBefore, input);
    expect(await refusal(edited)).toMatchObject({ kind: "forbidden" });
    expect(await tableFingerprint()).toBe(before);
  });

  it("18 moves (three per engagement) racing one removal of the partner: no move lands after the removal", async () => {
    const world = await createWorld();
    const engagements = await db.engagement.findMany({ where: { programmeId: world.programme.id, institutionId: world.partnerA.id } });
    const rows = await Promise.all(engagements.map((e) => findEngagementForChange(e.id)));
    const moves = rows.flatMap((row) =>
      [0, 1, 2].map(() =>
        changeEngagementStage(world.staffA.id, ["PARTNER_STAFF"], row!, { engagementId: row!.id, to: "CONTACTED", version: 0, note: "" }),
      ),
    );
    const [archived] = await Promise.allSettled([archivePartner(world.leader.id, world.programme.id, world.partnerA.id), ...moves]);
    expect(archived.status).toBe("fulfilled");
    // Audit rows are numbered as they are written, each inside its change's transaction: a move written
    // after the removal's row would be a move on a removed partner.
    const removal = await db.auditLog.findFirstOrThrow({ where: { action: "archivePartner", programmeId: world.programme.id } });
    const ids = engagements.map((e) => e.id);
    const lateMoves = await db.auditLog.count({ where: { action: "moveEngagement", entityId: { in: ids }, id: { gt: removal.id } } });
    const applied = await db.auditLog.count({ where: { action: "moveEngagement", entityId: { in: ids } } });
    expect(applied).toBeLessThanOrEqual(engagements.length); // one winner per engagement at most
    expect(lateMoves).toBe(0);
  });
});

describe("the tracker", () => {
  beforeEach(resetDatabase);

  it("puts the lead first and issues the same number of queries for 2 and for 12 partners", async () => {
    const world = await createWorld();
    await getTracker(world.programme.id); // warm the pool
    const withTwo = await countQueries(() => getTracker(world.programme.id));
    for (let i = 0; i < 10; i++)
      await addPartnerTo(world.programme.id, world.leader.id, (await createInstitution({ name: `Aardvark College ${i}` })).id);
    const tracker = await getTracker(world.programme.id);
    expect(tracker!.rows).toHaveLength(13);
    expect(tracker!.rows[0]!.institutionId).toBe(world.lead.id);
    expect(tracker!.rows.every((r) => r.cells.length === 6)).toBe(true);
    const withTwelve = await countQueries(() => getTracker(world.programme.id));
    expect(withTwo).toBeGreaterThan(0);
    expect(withTwelve).toBe(withTwo);
  });
});
