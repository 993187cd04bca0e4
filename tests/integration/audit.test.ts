// The audit trail: only the team leader sees it, scoped to the programme, filtered and paginated;
// and nobody can edit or delete an entry, not even with raw SQL.
import { beforeEach, describe, expect, it } from "vitest";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { createWorld, type World } from "@/tests/factories";
import { listAuditTrail } from "@/lib/audit/data";
import { parseAuditFilters } from "@/lib/audit/schema";

const all = (extra: Record<string, string> = {}) => parseAuditFilters(extra).filters;

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("audit trail (read)", () => {
  it("shows the team leader every entry of this programme and none of another's", async () => {
    const trail = await listAuditTrail(world.leader, world.programme.id, all());
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
      expect(await listAuditTrail(user, world.programme.id, all())).toBeNull();
    }
    // The outsider leads the other programme: their own trail is theirs, not this one.
    expect(await listAuditTrail(world.outsider, world.otherProgramme.id, all())).not.toBeNull();
    expect(await listAuditTrail(world.leader, "no-such-programme", all())).toBeNull();
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
    const byActor = await listAuditTrail(world.leader, world.programme.id, all({ actor: world.staffA.id }));
    expect(byActor?.rows.map((r) => r.action)).toEqual(["moveEngagement", "moveEngagement"]);
    expect(byActor?.rows[0]?.changes).toEqual([{ field: "stage", label: "Stage", from: "Contacted", to: "In consultation" }]);

    const byAction = await listAuditTrail(world.leader, world.programme.id, all({ action: "updateEngagementDetails" }));
    expect(byAction?.rows.map((r) => r.actorName)).toEqual([world.legalB.name]);

    const byEntity = await listAuditTrail(world.leader, world.programme.id, all({ entity: "Engagement" }));
    expect(byEntity?.total).toBe(3);

    // "to" includes its whole day; "from" starts at midnight UTC.
    const range = await listAuditTrail(world.leader, world.programme.id, all({ from: "2026-03-02", to: "2026-03-02" }));
    expect(range?.rows.map((r) => r.at.toISOString())).toEqual(["2026-03-02T23:59:00.000Z"]);
    const open = await listAuditTrail(
      world.leader,
      world.programme.id,
      all({ from: "2026-03-02", to: "2026-03-03", entity: "Engagement" }),
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
      const trail = await listAuditTrail(world.leader, world.programme.id, all({ action: "editAdvice", page: String(page) }));
      expect(trail?.pageCount).toBe(3);
      expect(trail?.rows).toHaveLength(page < 3 ? 50 : 20);
      seen.push(...(trail?.rows.map((r) => r.entityId) ?? []));
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `a${119 - i}`));
    // A page past the end shows the last page rather than nothing.
    const beyond = await listAuditTrail(world.leader, world.programme.id, all({ action: "editAdvice", page: "99" }));
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
