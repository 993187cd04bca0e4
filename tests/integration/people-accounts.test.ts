// Adding people by e-mail (an invitation) is no way to learn who has an account: the answer is the
// same for a known and an unknown address, names are never echoed back, and accounts are created
// only at the adder's own institution (a platform admin creates them elsewhere).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { addMemberAction } from "@/lib/programmes/actions";
import { createUser, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { callAction, describeOutcome } from "@/tests/support/action-harness";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  await createUser({ name: "Known Person", email: "known@partner-a.test", institutionId: world.partnerA.id });
});

/** What the team leader is told after adding `email` to act for `institutionId`, with the address itself blanked out. */
async function answerFor(email: string, institutionId: string) {
  const input = { programmeId: world.programme.id, email, name: "Typed Name", role: "PARTNER_STAFF", institutionId };
  const outcome = await callAction(addMemberAction, input, world.leader);
  expect(outcome.type, describeOutcome(outcome)).toBe("state");
  return describeOutcome(outcome).replaceAll(email, "<email>");
}

describe("adding a person by e-mail", () => {
  it("answers a known and an unknown address at another institution with the same words, without their name", async () => {
    const known = await answerFor("known@partner-a.test", world.partnerA.id);
    const unknown = await answerFor("unknown@partner-a.test", world.partnerA.id);
    expect(unknown).toBe(known);
    expect(known).not.toContain("Known Person");
    // The known person was invited (they join when they accept); for the unknown address no account
    // was created at an institution not the leader's, and nothing was sent.
    expect(await db.invitation.count({ where: { programmeId: world.programme.id, user: { email: "known@partner-a.test" } } })).toBe(1);
    expect(await db.membership.count({ where: { programmeId: world.programme.id, user: { email: "known@partner-a.test" } } })).toBe(0);
    expect(await db.user.count({ where: { email: "unknown@partner-a.test" } })).toBe(0);
  });

  it("answers a known and an unknown address at the leader's own institution with the same words, creating the account", async () => {
    await createUser({ name: "Colleague", email: "colleague@lead.test", institutionId: world.lead.id });
    const known = await answerFor("colleague@lead.test", world.lead.id);
    const unknown = await answerFor("newcomer@lead.test", world.lead.id);
    expect(unknown).toBe(known);
    expect(await db.user.findUniqueOrThrow({ where: { email: "newcomer@lead.test" } })).toMatchObject({
      name: "Typed Name",
      institutionId: world.lead.id,
    });
  });

  it("asks for the name every time, so a missing name says nothing about the address", async () => {
    const outcome = await callAction(
      addMemberAction,
      { programmeId: world.programme.id, email: "known@partner-a.test", role: "PARTNER_STAFF", institutionId: world.partnerA.id },
      world.leader,
    );
    expect(outcome).toMatchObject({
      type: "state",
      state: { status: "error", kind: "invalid", fieldErrors: { name: [expect.stringContaining("Enter the person's name")] } },
    });
  });
});
