import { beforeEach, describe, expect, it } from "vitest";
import { createUser, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { getTaskForceGrid } from "@/lib/taskforce/data";
import { archivePartner } from "@/lib/programmes/mutations";
import { addRepresentative, removeRepresentative } from "@/lib/taskforce/mutations";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { can } from "@/lib/auth/permissions";
import { ExpectedError } from "@/lib/errors";
import { inEnglish } from "@/tests/support/english";

/** What a refused change says, in English (a change that goes through says nothing). */
const refusal = (change: Promise<unknown>) =>
  change.then(
    () => "",
    (error: unknown) => (error instanceof ExpectedError ? inEnglish(error.said) : String(error)),
  );

describe("task force", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("shows services in guide order × institutions lead first, with the representatives and empty seats", async () => {
    const grid = await getTaskForceGrid(world.programme.id);
    expect(grid.services.slice(0, 2)).toEqual(["INTERNATIONALISATION", "TEACHING_AND_LEARNING"]);
    expect(grid.institutions.map((i) => i.name)).toEqual(["Lead University", "Partner A University", "Partner B University"]);
    expect(grid.cells.LEGAL?.[world.partnerB.id]?.map((s) => s.name)).toEqual(["Lex Taskforce"]);
    expect(grid.cells.LEGAL?.[world.partnerA.id]).toEqual([]);
    expect(grid.candidates[world.partnerA.id]?.map((c) => c.name)).toEqual(expect.arrayContaining(["Ana Staff"]));
  });

  it("lets one person represent several services, and frees seats one by one", async () => {
    const ian = await createUser({ name: "Ian IT", institutionId: world.partnerA.id });
    await addRepresentative(world.leader.id, {
      programmeId: world.programme.id,
      institutionId: world.partnerA.id,
      service: "IT",
      userId: ian.id,
    });
    await addRepresentative(world.leader.id, {
      programmeId: world.programme.id,
      institutionId: world.partnerA.id,
      service: "STUDENT_ADMINISTRATION",
      userId: ian.id,
    });
    let grid = await getTaskForceGrid(world.programme.id);
    expect(grid.cells.IT?.[world.partnerA.id]?.map((s) => s.name)).toEqual(["Ian IT"]);
    expect(grid.cells.STUDENT_ADMINISTRATION?.[world.partnerA.id]?.map((s) => s.name)).toEqual(["Ian IT"]);
    const actor = await loadProgrammeActor({ id: ian.id, isPlatformAdmin: false }, world.programme.id);
    expect(can(actor!, "board.move")).toBe(true);

    await expect(
      refusal(
        addRepresentative(world.leader.id, {
          programmeId: world.programme.id,
          institutionId: world.partnerB.id,
          service: "IT",
          userId: ian.id,
        }),
      ),
    ).resolves.toMatch(/already sits on the task force for Partner A/);
    await expect(
      refusal(
        addRepresentative(world.leader.id, {
          programmeId: world.programme.id,
          institutionId: world.partnerA.id,
          service: "IT",
          userId: ian.id,
        }),
      ),
    ).resolves.toMatch(/already represents IT/);

    const itSeat = grid.cells.IT![world.partnerA.id]![0]!;
    expect((await removeRepresentative(world.leader.id, itSeat.representationId)).membershipRemoved).toBe(false);
    grid = await getTaskForceGrid(world.programme.id);
    const lastSeat = grid.cells.STUDENT_ADMINISTRATION![world.partnerA.id]![0]!;
    expect((await removeRepresentative(world.leader.id, lastSeat.representationId)).membershipRemoved).toBe(true);
    expect(await db.membership.count({ where: { userId: ian.id } })).toBe(0);
    const audit = await db.auditLog.findMany({
      where: { action: { in: ["addMember", "removeRepresentative"] }, after: { path: ["userId"], equals: ian.id } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["addMember", "addMember"]);
    expect(await db.auditLog.count({ where: { action: "removeRepresentative" } })).toBe(2);
  });

  it("only the team leader may configure seats", async () => {
    const actorOf = async (u: { id: string }) => (await loadProgrammeActor({ id: u.id, isPlatformAdmin: false }, world.programme.id))!;
    expect(can(await actorOf(world.leader), "programme.configure")).toBe(true);
    for (const u of [world.staffA, world.legalB, world.outsider]) expect(can(await actorOf(u), "programme.configure")).toBe(false);
    const before = await tableFingerprint();
    await expect(
      refusal(
        addRepresentative(world.leader.id, {
          programmeId: world.programme.id,
          institutionId: world.otherProgramme.id,
          service: "IT",
          userId: world.staffA.id,
        }),
      ),
    ).resolves.toMatch(/does not take part in this programme/);
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuses a seat at a partner that was removed from the programme, writing nothing", async () => {
    await archivePartner(world.leader.id, world.programme.id, world.partnerB.id);
    const before = await tableFingerprint();
    await expect(
      refusal(
        addRepresentative(world.leader.id, {
          programmeId: world.programme.id,
          institutionId: world.partnerB.id,
          service: "IT",
          userId: world.staffB.id,
        }),
      ),
    ).resolves.toMatch(/does not take part in this programme \(any more\)/);
    expect(await tableFingerprint()).toBe(before);
  });
});
