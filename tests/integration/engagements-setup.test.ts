import { beforeEach, describe, expect, it } from "vitest";
import { createInstitution, createUser, createWorld } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { addMemberByEmail, addPartner, archivePartner, updateProgrammeSettings } from "@/lib/programmes/mutations";
import { addMemberSchema } from "@/lib/programmes/schema";
import { getTracker } from "@/lib/engagements/data";

describe("programme set-up", () => {
  beforeEach(resetDatabase);

  it("adds an existing user, or a new one by e-mail, with role and task-force services", async () => {
    const world = await createWorld();
    const existing = await createUser({ name: "Ines Intl", email: "ines@partner-a.test", institutionId: world.partnerA.id });
    const input = addMemberSchema.parse({
      programmeId: world.programme.id,
      email: "INES@partner-a.test",
      role: "TASK_FORCE",
      institutionId: world.partnerA.id,
      services: ["INTERNATIONALISATION"],
    });
    const first = await addMemberByEmail(world.leader.id, input);
    expect(first).toEqual({ user: { id: existing.id, name: "Ines Intl" }, created: false });
    const actor = await loadProgrammeActor({ id: existing.id, isPlatformAdmin: false }, world.programme.id);
    expect(actor?.memberships).toEqual([{ role: "TASK_FORCE", institutionId: world.partnerA.id, services: ["INTERNATIONALISATION"] }]);

    await expect(
      addMemberByEmail(world.leader.id, { ...input, email: "nobody@new.test", role: "PARTNER_STAFF", services: [] }),
    ).rejects.toThrow("Enter the person's name");
    const second = await addMemberByEmail(world.leader.id, {
      ...input,
      email: "nova@new.test",
      name: "Nova New",
      role: "PARTNER_STAFF",
      services: [],
    });
    expect(second.created).toBe(true);
    expect(
      await db.membership.count({
        where: { programmeId: world.programme.id, userId: second.user.id, role: "PARTNER_STAFF", institutionId: world.partnerA.id },
      }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { action: "addMember", programmeId: world.programme.id } })).toBeGreaterThanOrEqual(5);
  });

  it("refuses members for institutions outside the programme, and task-force members without a service", async () => {
    const world = await createWorld();
    const stranger = await createInstitution();
    const before = await tableFingerprint();
    await expect(
      addMemberByEmail(world.leader.id, {
        programmeId: world.programme.id,
        email: "x@y.test",
        name: "X",
        role: "PARTNER_STAFF",
        institutionId: stranger.id,
        services: [],
      }),
    ).rejects.toThrow("takes part in this programme");
    expect(await tableFingerprint()).toBe(before);
    const parsed = addMemberSchema.safeParse({
      programmeId: world.programme.id,
      email: "x@y.test",
      role: "TASK_FORCE",
      institutionId: world.partnerA.id,
      services: [],
    });
    expect(parsed.success).toBe(false);
  });

  it("keeps a removed partner out of 'add' (restore it instead) and saves the stale threshold", async () => {
    const world = await createWorld();
    await archivePartner(world.leader.id, world.programme.id, world.partnerB.id);
    await expect(addPartner(world.leader.id, world.programme.id, world.partnerB.id)).rejects.toThrow("Restore it instead");
    await updateProgrammeSettings(world.leader.id, world.programme.id, { staleAfterDays: 10 });
    expect((await getTracker(world.programme.id))!.staleAfterDays).toBe(10);
    expect(await db.auditLog.count({ where: { action: "updateProgrammeSettings" } })).toBe(1);
  });
});
