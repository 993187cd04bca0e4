// The audit trail: only the team leader sees it, scoped to the programme, filtered and paginated;
// and nobody can edit or delete an entry, not even with raw SQL.
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { createBoardIssue, createWorld, findEngagement, logAdviceEntry, type World } from "@/tests/factories";
import { addComment } from "@/lib/board/mutations";
import { listAuditTrail } from "@/lib/audit/data";
import { parseAuditFilters } from "@/lib/audit/schema";
import { countQueries } from "@/tests/support/count-queries";
import { inEnglish } from "@/tests/support/english";

const all = (extra: Record<string, string> = {}) => parseAuditFilters(extra).filters;

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("audit trail (read)", () => {
  it("shows the team leader every entry of this programme and none of another's", async () => {
    const trail = await listAuditTrail(world.leader, world.programme.id, all(), inEnglish);
    const expected = await db.auditLog.count({ where: { programmeId: world.programme.id } });
    expect(expected).toBeGreaterThan(3);
    expect(trail?.total).toBe(expected);
    const otherIds = (await db.auditLog.findMany({ where: { programmeId: world.otherProgramme.id }, select: { id: true } })).map((r) =>
      r.id.toString(),
    );
    expect(otherIds.length).toBeGreaterThan(0);
    expect(trail?.rows.some((r) => otherIds.includes(r.id))).toBe(false);
    expect(trail?.rows.map((r) => r.actionLabel)).toContain("Add partner");
    // People and institutions appear by name, not by id.
    const added = trail?.rows.find((r) => r.action === "addMember" && r.changes.some((c) => c.to === world.staffA.name));
    expect(added?.changes).toEqual(
      expect.arrayContaining([{ field: "institutionId", label: "Institution", from: "—", to: world.partnerA.name }]),
    );
  });

  it("is refused to everyone but the team leader (the page answers 404)", async () => {
    for (const user of [world.staffA, world.staffB, world.legalB, world.outsider, world.admin]) {
      expect(await listAuditTrail(user, world.programme.id, all(), inEnglish)).toBeNull();
    }
    // The outsider leads the other programme: their own trail is theirs, not this one.
    expect(await listAuditTrail(world.outsider, world.otherProgramme.id, all(), inEnglish)).not.toBeNull();
    expect(await listAuditTrail(world.leader, "no-such-programme", all(), inEnglish)).toBeNull();
  });

  it("filters by actor, action, item type and date range", async () => {
    const base = { programmeId: world.programme.id, entityType: "Engagement", entityId: "e1" };
    await db.auditLog.createMany({
      data: [
        {
          ...base,
          actorId: world.staffA.id,
          action: "moveEngagement",
          at: new Date("2026-03-01T10:00:00Z"),
          before: { stage: "NOT_STARTED" },
          after: { stage: "CONTACTED" },
        },
        {
          ...base,
          actorId: world.staffA.id,
          action: "moveEngagement",
          at: new Date("2026-03-02T23:59:00Z"),
          before: { stage: "CONTACTED" },
          after: { stage: "IN_CONSULTATION" },
        },
        {
          ...base,
          actorId: world.legalB.id,
          action: "updateEngagementDetails",
          at: new Date("2026-03-03T00:00:00Z"),
          before: { contactName: null },
          after: { contactName: "Dr. Nowak" },
        },
      ],
    });
    const byActor = await listAuditTrail(world.leader, world.programme.id, all({ actor: world.staffA.id }), inEnglish);
    expect(byActor?.rows.map((r) => r.action)).toEqual(["moveEngagement", "moveEngagement"]);
    expect(byActor?.rows[0]?.changes).toEqual([{ field: "stage", label: "Stage", from: "Contacted", to: "In consultation" }]);

    const byAction = await listAuditTrail(world.leader, world.programme.id, all({ action: "updateEngagementDetails" }), inEnglish);
    expect(byAction?.rows.map((r) => r.actorName)).toEqual([world.legalB.name]);

    const byEntity = await listAuditTrail(world.leader, world.programme.id, all({ entity: "Engagement" }), inEnglish);
    expect(byEntity?.total).toBe(3);

    // "to" includes its whole day; "from" starts at midnight UTC.
    const range = await listAuditTrail(world.leader, world.programme.id, all({ from: "2026-03-02", to: "2026-03-02" }), inEnglish);
    expect(range?.rows.map((r) => r.at.toISOString())).toEqual(["2026-03-02T23:59:00.000Z"]);
    const open = await listAuditTrail(
      world.leader,
      world.programme.id,
      all({ from: "2026-03-02", to: "2026-03-03", entity: "Engagement" }),
      inEnglish,
    );
    expect(open?.total).toBe(2);

    expect(byActor?.options.actors.map((a) => a.id)).toEqual(expect.arrayContaining([world.leader.id, world.staffA.id, world.legalB.id]));
    expect(byActor?.options.actions.map((a) => a.value)).toEqual(
      expect.arrayContaining(["moveEngagement", "updateEngagementDetails", "addPartner"]),
    );
  });

  it("pages 50 entries at a time, newest first, without gaps or repeats", async () => {
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        programmeId: world.programme.id,
        actorId: world.leader.id,
        action: "editAdvice",
        entityType: "AdviceEntry",
        entityId: `a${i}`,
        at: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const trail = await listAuditTrail(world.leader, world.programme.id, all({ action: "editAdvice", page: String(page) }), inEnglish);
      expect(trail?.pageCount).toBe(3);
      expect(trail?.rows).toHaveLength(page < 3 ? 50 : 20);
      seen.push(...(trail?.rows.map((r) => r.entityId) ?? []));
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `a${119 - i}`));
    // A page past the end shows the last page rather than nothing.
    const beyond = await listAuditTrail(world.leader, world.programme.id, all({ action: "editAdvice", page: "99" }), inEnglish);
    expect(beyond?.page).toBe(3);
  });
});

describe("audit trail (append-only)", () => {
  it("refuses UPDATE and DELETE of an entry, even as raw SQL, and changes nothing", async () => {
    const row = await db.auditLog.findFirstOrThrow({ where: { programmeId: world.programme.id } });
    const before = await tableFingerprint();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "actorId" = NULL WHERE id = ${row.id}`).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only: DELETE/);
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("audit trail (what each row is about)", () => {
  it("names every item with a link the team leader can open, and shows a comment's text", async () => {
    const engagement = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
    await db.auditLog.create({
      data: {
        programmeId: world.programme.id,
        actorId: world.staffA.id,
        action: "moveEngagement",
        entityType: "Engagement",
        entityId: engagement.id,
        before: { stage: "NOT_CONTACTED" },
        after: { stage: "CONTACTED" },
      },
    });
    const advice = await logAdviceEntry({
      engagementId: engagement.id,
      authorId: world.staffA.id,
      givenDaysAgo: 1,
      givenByName: "Dr. Registrar",
      summary: "Both logos on the certificate",
      kind: "REQUIREMENT",
    });
    const issue = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffA.id,
      createdDaysAgo: 1,
      title: "Grading scale",
    });
    await addComment(world.legalB.id, { issueId: issue.id, body: "Our registrar uses the ECTS table." });

    const trail = await listAuditTrail(world.leader, world.programme.id, all(), inEnglish);
    const rowOf = (action: string) => trail?.rows.find((r) => r.action === action);
    const base = `/programmes/${world.programme.id}`;
    expect(rowOf("moveEngagement")?.item).toEqual({
      typeLabel: "Engagement",
      label: "Partner A University · Legal",
      href: `${base}/services/${engagement.id}`,
    });
    expect(trail?.rows.find((r) => r.entityId === advice.id)?.item).toEqual({
      typeLabel: "Advice",
      label: "“Both logos on the certificate”",
      href: `${base}/advice/${advice.id}`,
    });
    expect(trail?.rows.find((r) => r.entityId === issue.id)?.item).toEqual({
      typeLabel: "Board issue",
      label: `#${issue.number} Grading scale`,
      href: `${base}/board/${issue.number}`,
    });
    const comment = rowOf("commentIssue");
    expect(comment?.item.label).toBe(`#${issue.number} Grading scale`);
    expect(comment?.changes).toEqual([{ field: "commentId", label: "Comment", from: "—", to: "Our registrar uses the ECTS table." }]);
    expect(rowOf("addPartner")?.item).toMatchObject({ typeLabel: "Partner", href: `${base}/settings` });
    expect(trail?.rows.filter((r) => r.action === "addPartner").map((r) => r.item.label)).toEqual(
      expect.arrayContaining(["Partner A University", "Partner B University"]),
    );
    expect(trail?.rows.filter((r) => r.action === "addMember").map((r) => r.item.label)).toEqual(
      expect.arrayContaining([
        "Ana Staff · Partner staff, Partner A University",
        "Lex Taskforce · Task-force member, Partner B University",
      ]),
    );
    // Nothing is shown as a raw id any more.
    for (const row of trail?.rows ?? []) expect(row.item.label, `${row.action} ${row.entityType}`).not.toBeNull();
  });

  it("never names an item of another programme, even when a row points at one", async () => {
    const foreign = await findEngagement(world.otherProgramme.id, world.partnerA.id, "LEGAL");
    await db.auditLog.create({
      data: { programmeId: world.programme.id, actorId: world.leader.id, action: "probe", entityType: "Engagement", entityId: foreign.id },
    });
    const trail = await listAuditTrail(world.leader, world.programme.id, all({ action: "probe" }), inEnglish);
    expect(trail?.rows[0]?.item).toEqual({ typeLabel: "Engagement", label: null, href: null });
  });

  it("loads the names of a 50-row page with as many queries as a 6-row page (no query per row)", async () => {
    const engagements = await db.engagement.findMany({ where: { programmeId: world.programme.id }, select: { id: true } });
    const issues = [];
    const adviceIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      issues.push(
        await createBoardIssue({
          programmeId: world.programme.id,
          authorId: world.staffA.id,
          createdDaysAgo: 1,
          title: `Issue ${i}`,
          comments: [{ authorId: world.legalB.id, body: `Comment ${i}`, daysAgo: 0 }],
        }),
      );
      adviceIds.push(
        (
          await logAdviceEntry({
            engagementId: engagements[i]!.id,
            authorId: world.leader.id,
            givenDaysAgo: 1,
            givenByName: "Someone",
            summary: `Advice ${i}`,
            kind: "INFORMATION",
          })
        ).id,
      );
    }
    const comments = await db.boardComment.findMany({ select: { id: true } });
    const memberships = await db.membership.findMany({ where: { programmeId: world.programme.id }, select: { id: true } });
    const partners = await db.programmePartner.findMany({ where: { programmeId: world.programme.id }, select: { id: true } });
    const kinds: [string, string[]][] = [
      ["Engagement", engagements.map((e) => e.id)],
      ["BoardIssue", issues.map((i) => i.id)],
      ["AdviceEntry", adviceIds],
      ["BoardComment", comments.map((c) => c.id)],
      ["Membership", memberships.map((m) => m.id)],
      ["ProgrammePartner", partners.map((p) => p.id)],
    ];
    const rows = (action: string, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const [entityType, ids] = kinds[i % kinds.length]!;
        return {
          programmeId: world.programme.id,
          actorId: world.leader.id,
          action,
          entityType,
          entityId: ids[Math.floor(i / kinds.length) % ids.length]!,
          after: { userId: world.staffA.id, institutionId: world.partnerB.id, engagementId: engagements[i % engagements.length]!.id },
        };
      });
    await db.auditLog.createMany({ data: [...rows("probeMany", 50), ...rows("probeFew", 6)] });

    await listAuditTrail(world.leader, world.programme.id, all({ action: "probeFew" }), inEnglish); // warm the pool
    const few = await countQueries(() => listAuditTrail(world.leader, world.programme.id, all({ action: "probeFew" }), inEnglish));
    let many: Awaited<ReturnType<typeof listAuditTrail>> = null;
    const manyQueries = await countQueries(async () => {
      many = await listAuditTrail(world.leader, world.programme.id, all({ action: "probeMany" }), inEnglish);
    });
    expect(many!.rows).toHaveLength(50);
    expect(many!.rows.every((r) => r.item.label !== null)).toBe(true);
    expect(manyQueries).toBe(few);
    expect(manyQueries).toBeLessThanOrEqual(20);
  });
});

describe("audit trail (dates where the reader is)", () => {
  it("filters whole days in the reader's time zone", async () => {
    const base = { programmeId: world.programme.id, entityType: "Engagement", entityId: "e1", actorId: world.leader.id, action: "probe" };
    await db.auditLog.createMany({
      data: [
        { ...base, at: new Date("2026-03-01T23:30:00Z") }, // 2 Mar, 00:30 in Warsaw
        { ...base, at: new Date("2026-03-02T22:30:00Z") }, // 2 Mar, 23:30 in Warsaw
        { ...base, at: new Date("2026-03-02T23:30:00Z") }, // 3 Mar, 00:30 in Warsaw
      ],
    });
    const day = all({ action: "probe", from: "2026-03-02", to: "2026-03-02" });
    const inWarsaw = await listAuditTrail(world.leader, world.programme.id, day, inEnglish, { timeZone: "Europe/Warsaw" });
    expect(inWarsaw?.rows.map((r) => r.at.toISOString())).toEqual(["2026-03-02T22:30:00.000Z", "2026-03-01T23:30:00.000Z"]);
    const inUtc = await listAuditTrail(world.leader, world.programme.id, day, inEnglish);
    expect(inUtc?.rows.map((r) => r.at.toISOString())).toEqual(["2026-03-02T23:30:00.000Z", "2026-03-02T22:30:00.000Z"]);
  });
});
