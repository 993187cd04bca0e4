import { beforeEach, describe, expect, it, vi } from "vitest";
import { addPartnerTo, createInstitution, createWorld, logAdviceEntry, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { authorizeInProgramme } from "@/lib/actions/action";
import { ExpectedError } from "@/lib/errors";
import { findEngagementForChange, getEngagementDetail, getTracker } from "@/lib/engagements/data";
import { changeEngagementStage, saveEngagementDetails } from "@/lib/engagements/mutations";
import { moveEngagement, updateEngagementDetails } from "@/lib/engagements/actions";
import { moveEngagementSchema, REASON_MESSAGE, updateEngagementDetailsSchema } from "@/lib/engagements/schema";
import { rolesForEngagement } from "@/lib/engagements/transitions";
import { archivePartner, restorePartner } from "@/lib/programmes/mutations";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { countQueries } from "@/tests/support/count-queries";

// The server actions read the session through lib/auth/session; here the test says who is signed in.
const session = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; email: string; isPlatformAdmin: boolean; institutionId: string | null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Person = { id: string; name: string; email: string; institutionId: string | null; isPlatformAdmin: boolean };
const asSession = (u: Person) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  isPlatformAdmin: u.isPlatformAdmin,
  institutionId: u.institutionId,
});

/** The server action's steps without the session: load, authorize from the database, apply. */
async function move(
  person: Person,
  engagementId: string,
  to: EngagementStage,
  version: number,
  note = "",
  extra: { confirmNoAdvice?: "yes" } = {},
) {
  const input = moveEngagementSchema.parse({ engagementId, to, version, note, ...extra });
  const row = await findEngagementForChange(input.engagementId);
  if (!row) throw new Error("missing");
  const actor = await authorizeInProgramme(asSession(person), row.programmeId, "engagement.move", {
    institutionId: row.institutionId,
    service: row.service,
  });
  return changeEngagementStage(person.id, rolesForEngagement(actor, row), row, input);
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
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => move(people[i % 3]!, e.id, i % 2 ? "CONTACTED" : "BLOCKED", 0, `attempt number ${i}`)),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
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
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(ExpectedError);
      expect((r.reason as ExpectedError).kind).toBe("conflict");
      expect((r.reason as ExpectedError).message).toContain(
        `${winner.actor.name} moved this engagement to ${winner.toStage === "BLOCKED" ? "Blocked" : "Contacted"}`,
      );
    }
  });

  it("refuses moves outside a person's scope or the table, and changes nothing", async () => {
    const leadIntl = await engagementOf(world, world.lead.id, "INTERNATIONALISATION");
    const bIt = await engagementOf(world, world.partnerB.id, "IT");
    const aLegal = await engagementOf(world, world.partnerA.id, "LEGAL");
    const before = await tableFingerprint();
    expect((await refusal(move(world.staffA, leadIntl.id, "CONTACTED", 0))).kind).toBe("forbidden"); // other institution
    expect((await refusal(move(world.legalB, bIt.id, "CONTACTED", 0))).kind).toBe("forbidden"); // not their service
    expect((await refusal(move(world.legalB, aLegal.id, "CONTACTED", 0))).kind).toBe("forbidden"); // their service, other institution
    expect((await refusal(move(world.outsider, leadIntl.id, "CONTACTED", 0))).kind).toBe("not_found"); // not a member
    expect((await refusal(move(world.admin, leadIntl.id, "CONTACTED", 0))).kind).toBe("forbidden"); // admins configure, they don't move
    expect((await refusal(move(world.leader, leadIntl.id, "SETTLED", 0))).message).toContain("cannot go from Not contacted to Settled");
    expect((await refusal(move(world.staffA, aLegal.id, "NOT_APPLICABLE", 0, "no legal issues"))).message).toContain(
      "Only the team leader",
    );
    // The schema refuses a thin reason for blocking; the mutation refuses it too for callers that skip the schema.
    const leadIntlRow = (await findEngagementForChange(leadIntl.id))!;
    const thin = { engagementId: leadIntl.id, to: "BLOCKED" as const, version: 0, note: "  " };
    expect((await refusal(changeEngagementStage(world.leader.id, ["TEAM_LEADER"], leadIntlRow, thin))).message).toBe(REASON_MESSAGE);
    expect((await refusal(move(world.leader, leadIntl.id, "CONTACTED", 7))).kind).toBe("conflict"); // stale version
    expect(await tableFingerprint()).toBe(before);
  });

  it("returns a blocked engagement to the stage it was blocked in, and lets only the leader reopen", async () => {
    const e = await engagementOf(world, world.partnerA.id, "IT");
    await move(world.staffA, e.id, "CONTACTED", 0);
    await move(world.staffA, e.id, "BLOCKED", 1, "Platform licence unclear");
    let row = await db.engagement.findUniqueOrThrow({ where: { id: e.id } });
    expect([row.stage, row.blockedFromStage, row.stageReason]).toEqual(["BLOCKED", "CONTACTED", "Platform licence unclear"]);
    expect((await refusal(move(world.staffA, e.id, "IN_CONSULTATION", 2))).kind).toBe("forbidden");
    await move(world.staffA, e.id, "CONTACTED", 2);
    row = await db.engagement.findUniqueOrThrow({ where: { id: e.id } });
    expect([row.stage, row.blockedFromStage, row.stageReason]).toEqual(["CONTACTED", null, null]);
    await move(world.staffA, e.id, "IN_CONSULTATION", 3);
    await move(world.staffA, e.id, "ADVICE_RECEIVED", 4);
    await move(world.staffA, e.id, "SETTLED", 5, "Licence confirmed by phone, nothing to log", { confirmNoAdvice: "yes" });
    expect((await refusal(move(world.staffA, e.id, "ADVICE_RECEIVED", 6, "more questions"))).message).toContain("Only the team leader");
    await move(world.leader, e.id, "ADVICE_RECEIVED", 6, "New platform requirements");
    expect((await db.engagement.findUniqueOrThrow({ where: { id: e.id } })).stage).toBe("ADVICE_RECEIVED");
  });

  it("settles an engagement with no advice logged only when confirmed, with a reason on record", async () => {
    const e = await engagementOf(world, world.lead.id, "IT");
    for (const [i, to] of (["CONTACTED", "IN_CONSULTATION", "ADVICE_RECEIVED"] as const).entries()) await move(world.leader, e.id, to, i);
    const before = await tableFingerprint();
    const unconfirmed = await refusal(move(world.leader, e.id, "SETTLED", 3));
    expect(unconfirmed).toMatchObject({ field: "confirmNoAdvice", kind: "invalid" });
    expect(unconfirmed.message).toContain("No advice is logged");
    const row = (await findEngagementForChange(e.id))!;
    const thinNote = { engagementId: e.id, to: "SETTLED" as const, version: 3, note: "ok", confirmNoAdvice: "yes" as const };
    expect(await refusal(changeEngagementStage(world.leader.id, ["TEAM_LEADER"], row, thinNote))).toMatchObject({
      field: "note",
      message: REASON_MESSAGE,
    });
    expect(await tableFingerprint()).toBe(before);
    await move(world.leader, e.id, "SETTLED", 3, "The IT service confirmed by phone: nothing to change", { confirmNoAdvice: "yes" });
    const settled = await db.engagement.findUniqueOrThrow({ where: { id: e.id }, include: { events: { orderBy: { at: "desc" }, take: 1 } } });
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
    expect(await refusal(move(world.leader, e.id, "SETTLED", 3))).toMatchObject({ field: "confirmNoAdvice" });
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
    session.user = asSession(world.staffA);
    const before = await tableFingerprint();
    // With the stage the person saw, the schema answers; without it, the mutation does, with the same message.
    for (const input of [
      { engagementId: e.id, to: "CONTACTED", from: "IN_CONSULTATION", version: 2, note: "no" },
      { engagementId: e.id, to: "CONTACTED", from: "IN_CONSULTATION", version: 2, note: "!!! ... ???  -- !!" },
      { engagementId: e.id, to: "CONTACTED", version: 2, note: "no" },
      { engagementId: e.id, to: "CONTACTED", version: 2, note: "- - - - - - - - a" },
    ])
      expect(await moveEngagement(undefined, input)).toMatchObject({ status: "error", kind: "invalid", fieldErrors: { note: [REASON_MESSAGE] } });
    expect(await tableFingerprint()).toBe(before);
    expect(
      await moveEngagement(undefined, { engagementId: e.id, to: "CONTACTED", from: "IN_CONSULTATION", version: 2, note: "Wrong person" }),
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
    expect((await refusal(saveEngagementDetails(world.staffA.id, fresh, outsiderOwner))).message).toContain("must be a member");
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("the server actions", () => {
  beforeEach(resetDatabase);

  it("move and edit through the action: refusals come back as messages and change nothing", async () => {
    const world = await createWorld();
    const leadIntl = await engagementOf(world, world.lead.id, "INTERNATIONALISATION");
    session.user = null;
    expect(await moveEngagement(undefined, { engagementId: leadIntl.id, to: "CONTACTED", version: 0 })).toMatchObject({
      status: "error",
      kind: "unauthenticated",
    });
    session.user = asSession(world.staffB);
    const before = await tableFingerprint();
    const forged = await moveEngagement(undefined, { engagementId: leadIntl.id, to: "CONTACTED", version: 0, note: "" });
    expect(forged).toMatchObject({ status: "error", kind: "forbidden" });
    expect(forged.status === "error" && forged.message).toContain("own institution");
    expect((await updateEngagementDetails(undefined, { engagementId: leadIntl.id, version: 0, contactName: "Forged" })).status).toBe(
      "error",
    );
    expect(await tableFingerprint()).toBe(before);
    session.user = asSession(world.leader);
    const form = new FormData();
    form.set("engagementId", leadIntl.id);
    form.set("to", "CONTACTED");
    form.set("version", "0");
    form.set("note", "");
    expect(await moveEngagement(undefined, form)).toEqual({ status: "success", message: "Moved to Contacted." });
    const again = await moveEngagement(undefined, form);
    expect(again).toMatchObject({ status: "error", kind: "conflict" });
    expect(again.status === "error" && again.message).toContain("Lea Leader moved this engagement to Contacted");
    expect(await updateEngagementDetails(undefined, { engagementId: leadIntl.id, version: 1, contactName: "Iris Intl" })).toMatchObject({
      status: "success",
    });
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
    expect((await refusal(move(world.staffA, e.id, "IN_CONSULTATION", 1))).message).toContain("read-only");
    expect(await tableFingerprint()).toBe(before);
    await expect(archivePartner(world.leader.id, world.programme.id, world.lead.id)).rejects.toThrow("lead institution cannot be removed");
    await restorePartner(world.leader.id, world.programme.id, world.partnerA.id);
    expect((await getTracker(world.programme.id))!.rows.map((r) => r.institutionId)).toContain(world.partnerA.id);
    await move(world.staffA, e.id, "IN_CONSULTATION", 1);
    expect((await db.engagement.findUniqueOrThrow({ where: { id: e.id } })).stage).toBe("IN_CONSULTATION");
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
