import { beforeEach, describe, expect, it } from "vitest";
import { createInstitution, createUser, createWorld } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { addPartner, archivePartner, updateProgrammeSettings } from "@/lib/programmes/mutations";
import { acceptInvitation, inviteByEmail } from "@/lib/accounts/mutations/invitations";
import { addMemberSchema } from "@/lib/programmes/schema";
import { getTracker } from "@/lib/engagements/data";
import { ExpectedError } from "@/lib/errors";
import { inEnglish } from "@/tests/support/english";

/** The ExpectedError a change was refused with. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

describe("programme set-up", () => {
  beforeEach(resetDatabase);

  it("invites an existing user, or a new one at the adder's own institution, with role and task-force services; they join on accepting", async () => {
    const world = await createWorld();
    const leader = { id: world.leader.id, institutionId: world.lead.id, isPlatformAdmin: false };
    const existing = await createUser({ name: "Ines Intl", email: "ines@partner-a.test", institutionId: world.partnerA.id });
    const input = addMemberSchema.parse({
      programmeId: world.programme.id,
      email: "INES@partner-a.test",
      name: "Whatever Typed",
      role: "TASK_FORCE",
      institutionId: world.partnerA.id,
      services: ["INTERNATIONALISATION"],
    });
    expect(await inviteByEmail(leader, input, null)).toEqual({ outcome: "invited" });
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe("Ines Intl");
    // Nothing is joined before the person accepts.
    expect(await loadProgrammeActor({ id: existing.id, isPlatformAdmin: false }, world.programme.id)).toMatchObject({ memberships: [] });
    const invitation = await db.invitation.findFirstOrThrow({ where: { programmeId: world.programme.id, userId: existing.id } });
    await acceptInvitation(existing.id, invitation.id);
    const actor = await loadProgrammeActor({ id: existing.id, isPlatformAdmin: false }, world.programme.id);
    expect(actor?.memberships).toEqual([{ role: "TASK_FORCE", institutionId: world.partnerA.id, services: ["INTERNATIONALISATION"] }]);

    // No account yet, at the leader's own institution: created, without a password, and invited.
    const own = {
      ...input,
      email: "nova@lead.test",
      name: "Nova New",
      role: "PARTNER_STAFF" as const,
      institutionId: world.lead.id,
      services: [],
    };
    expect(await inviteByEmail(leader, own, "de")).toEqual({ outcome: "invited" });
    const nova = await db.user.findUniqueOrThrow({ where: { email: "nova@lead.test" } });
    expect(nova).toMatchObject({ name: "Nova New", institutionId: world.lead.id, passwordHash: null, locale: "de" });
    expect(await db.invitation.count({ where: { programmeId: world.programme.id, userId: nova.id, role: "PARTNER_STAFF" } })).toBe(1);
    expect(await db.membership.count({ where: { programmeId: world.programme.id, userId: nova.id } })).toBe(0);

    // No account yet, at another institution: nothing is created or sent (the request is counted against the inviter's limit).
    const before = await db.user.count();
    expect(await inviteByEmail(leader, { ...own, email: "nobody@partner-a.test", institutionId: world.partnerA.id }, null)).toEqual({
      outcome: "noAccount",
    });
    expect(await db.user.count()).toBe(before);
    expect(await db.invitation.count({ where: { user: { email: "nobody@partner-a.test" } } })).toBe(0);
  });

  it("refuses members for institutions outside the programme, and task-force members without a service", async () => {
    const world = await createWorld();
    const stranger = await createInstitution();
    const before = await tableFingerprint();
    const outsideInstitution = await refusal(
      inviteByEmail(
        { id: world.leader.id, institutionId: world.lead.id, isPlatformAdmin: false },
        {
          programmeId: world.programme.id,
          email: "x@y.test",
          name: "X",
          role: "PARTNER_STAFF",
          institutionId: stranger.id,
          services: [],
        },
        null,
      ),
    );
    expect(inEnglish(outsideInstitution.fields!.institutionId!)).toContain("takes part in this programme");
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
    expect(inEnglish((await refusal(addPartner(world.leader.id, world.programme.id, world.partnerB.id))).said)).toContain(
      "Restore it instead",
    );
    await updateProgrammeSettings(world.leader.id, world.programme.id, { staleAfterDays: 10 });
    expect((await getTracker(world.programme.id))!.staleAfterDays).toBe(10);
    expect(await db.auditLog.count({ where: { action: "updateProgrammeSettings" } })).toBe(1);
  });
});
