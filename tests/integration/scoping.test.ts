// Membership scoping in the data functions: a person sees only the programmes they belong to, and
// a programme's member list holds that programme's members only.
import { beforeEach, describe, expect, it } from "vitest";
import { addMemberTo, createUser, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { listMyProgrammes, listProgrammeMembers, loadProgrammeActor } from "@/lib/programmes/data";

let world: World;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("listMyProgrammes", () => {
  it("returns only the programmes the user is a member of, with their roles there", async () => {
    const mine = async (userId: string) =>
      (await listMyProgrammes(userId)).map((p) => ({ title: p.title, roles: p.roles.map((r) => r.role) }));
    expect(await mine(world.leader.id)).toEqual([{ title: "Joint Programme", roles: ["TEAM_LEADER"] }]);
    expect(await mine(world.staffA.id)).toEqual([{ title: "Joint Programme", roles: ["PARTNER_STAFF"] }]);
    expect(await mine(world.legalB.id)).toEqual([{ title: "Joint Programme", roles: ["TASK_FORCE"] }]);
    expect(await mine(world.outsider.id)).toEqual([{ title: "Other Programme", roles: ["TEAM_LEADER"] }]);
  });

  it("gives a platform admin no programmes they are not a member of", async () => {
    expect(await listMyProgrammes(world.admin.id)).toEqual([]);
  });

  it("lists a person with two roles in one programme once, with both roles", async () => {
    await addMemberTo(world.programme.id, world.leader.id, world.staffB, "TASK_FORCE", world.partnerB.id, ["IT"]);
    const programmes = await listMyProgrammes(world.staffB.id);
    expect(programmes).toHaveLength(1);
    expect(programmes[0]!.roles.map((r) => r.role).sort()).toEqual(["PARTNER_STAFF", "TASK_FORCE"]);
  });

  it("counts only active partners", async () => {
    const [programme] = await listMyProgrammes(world.leader.id);
    expect(programme!.partnerCount).toBe(3);
    await db.programmePartner.update({
      where: { programmeId_institutionId: { programmeId: world.programme.id, institutionId: world.partnerB.id } },
      data: { archivedAt: new Date() },
    });
    expect((await listMyProgrammes(world.leader.id))[0]!.partnerCount).toBe(2);
  });
});

describe("loadProgrammeActor", () => {
  it("reads the user's memberships in that programme only, with institution and services", async () => {
    const legal = await loadProgrammeActor({ id: world.legalB.id, isPlatformAdmin: false }, world.programme.id);
    expect(legal).toEqual({
      userId: world.legalB.id,
      isPlatformAdmin: false,
      memberships: [{ role: "TASK_FORCE", institutionId: world.partnerB.id, services: ["LEGAL"] }],
    });
    const leaderElsewhere = await loadProgrammeActor({ id: world.leader.id, isPlatformAdmin: false }, world.otherProgramme.id);
    expect(leaderElsewhere?.memberships).toEqual([]);
  });

  it("gives outsiders and platform admins no memberships, and null for a programme that does not exist", async () => {
    expect((await loadProgrammeActor({ id: world.outsider.id, isPlatformAdmin: false }, world.programme.id))?.memberships).toEqual([]);
    const admin = await loadProgrammeActor({ id: world.admin.id, isPlatformAdmin: true }, world.programme.id);
    expect(admin).toEqual({ userId: world.admin.id, isPlatformAdmin: true, memberships: [] });
    expect(await loadProgrammeActor({ id: world.leader.id, isPlatformAdmin: false }, "no-such-programme")).toBeNull();
  });

  it("takes the admin flag from the caller, who read it from the database", async () => {
    const actor = await loadProgrammeActor({ id: world.leader.id, isPlatformAdmin: false }, world.programme.id);
    expect(actor?.isPlatformAdmin).toBe(false);
  });
});

describe("listProgrammeMembers", () => {
  it("lists this programme's members only, with role, institution and services, and no secrets", async () => {
    const members = await listProgrammeMembers(world.programme.id);
    expect(members.map((m) => [m.user.name, m.role, m.institution.id, m.services]).sort()).toEqual(
      [
        ["Ana Staff", "PARTNER_STAFF", world.partnerA.id, []],
        ["Bo Staff", "PARTNER_STAFF", world.partnerB.id, []],
        ["Lea Leader", "TEAM_LEADER", world.lead.id, []],
        ["Lex Taskforce", "TASK_FORCE", world.partnerB.id, ["LEGAL"]],
      ].sort(),
    );
    expect(JSON.stringify(members)).not.toMatch(/passwordHash|argon2/);
    expect((await listProgrammeMembers(world.otherProgramme.id)).map((m) => m.user.name)).toEqual(["Otto Outsider"]);
  });

  it("marks deactivated members as inactive instead of hiding them", async () => {
    const gone = await createUser({ name: "Gina Gone", institutionId: world.partnerA.id, deactivated: true });
    await addMemberTo(world.programme.id, world.leader.id, gone, "PARTNER_STAFF", world.partnerA.id);
    const members = await listProgrammeMembers(world.programme.id);
    expect(members.find((m) => m.user.name === "Gina Gone")?.user.active).toBe(false);
    expect(members.find((m) => m.user.name === "Ana Staff")?.user.active).toBe(true);
  });

  it("returns nothing for a programme that does not exist", async () => {
    expect(await listProgrammeMembers("no-such-programme")).toEqual([]);
  });
});
