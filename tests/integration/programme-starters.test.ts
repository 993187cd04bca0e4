// Who may start a programme is a platform setting: by default platform admins and the people an admin
// marked as programme creators; an admin may open it to anyone signed in. Every change is audited.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { updatePlatformSettingsAction, updateUserAction } from "@/lib/admin/actions";
import { PROGRAMME_START_REFUSAL } from "@/lib/actions/define";
import { inEnglish } from "@/tests/support/english";
import { createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { callAction, describeOutcome } from "@/tests/support/action-harness";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const startAs = (person: { id: string; institutionId: string | null }) =>
  callAction(
    createProgrammeAction,
    { title: "Started here", ects: 5, eqfLevel: 6, deliveryMode: "ONLINE", leadInstitutionId: person.institutionId },
    person,
  );

describe("starting a programme", () => {
  it("is refused to someone who is not a programme creator, with what to do, and nothing is created", async () => {
    const before = await db.programme.count();
    const outcome = await startAs(world.staffA);
    expect(outcome).toMatchObject({
      type: "state",
      state: { status: "error", kind: "forbidden", message: inEnglish(PROGRAMME_START_REFUSAL) },
    });
    expect(await db.programme.count()).toBe(before);
  });

  it("is open to a programme creator (who becomes its team leader)", async () => {
    const outcome = await startAs(world.leader);
    expect(outcome.type, describeOutcome(outcome)).toBe("redirect");
    const programme = await db.programme.findFirstOrThrow({ where: { title: "Started here" }, include: { memberships: true } });
    expect(programme.memberships).toEqual([expect.objectContaining({ userId: world.leader.id, role: "TEAM_LEADER" })]);
  });

  it("opens to a person once an admin marks them as a programme creator, audited", async () => {
    const marked = await callAction(
      updateUserAction,
      {
        userId: world.staffA.id,
        name: world.staffA.name,
        email: world.staffA.email,
        institutionId: world.partnerA.id,
        isProgrammeCreator: "on",
      },
      world.admin,
    );
    expect(marked).toMatchObject({ type: "state", state: { status: "success", message: "Saved (programme-creator flag)." } });
    expect(await db.auditLog.findFirst({ where: { action: "updateUser", entityId: world.staffA.id } })).toMatchObject({
      before: { isProgrammeCreator: false },
      after: { isProgrammeCreator: true },
    });
    expect((await startAs(world.staffA)).type).toBe("redirect");
  });

  it("opens to anyone signed in when an admin sets the platform so, and closes again, each change audited once", async () => {
    const open = await callAction(updatePlatformSettingsAction, { programmeStarters: "EVERYONE" }, world.admin);
    expect(open).toMatchObject({ type: "state", state: { status: "success" } });
    expect((await startAs(world.staffA)).type).toBe("redirect");

    const again = await callAction(updatePlatformSettingsAction, { programmeStarters: "EVERYONE" }, world.admin);
    expect(again).toMatchObject({ state: { message: "Nothing to save: the values are unchanged." } });

    await callAction(updatePlatformSettingsAction, { programmeStarters: "CREATORS" }, world.admin);
    expect(await startAs(world.staffB)).toMatchObject({ state: { kind: "forbidden" } });
    const audit = await db.auditLog.findMany({ where: { action: "updatePlatformSettings" }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.before, row.after])).toEqual([
      [{ programmeStarters: "CREATORS" }, { programmeStarters: "EVERYONE" }],
      [{ programmeStarters: "EVERYONE" }, { programmeStarters: "CREATORS" }],
    ]);
  });

  it("refuses the platform setting to anyone but a platform admin, changing nothing", async () => {
    const outcome = await callAction(updatePlatformSettingsAction, { programmeStarters: "EVERYONE" }, world.leader);
    expect(outcome).toMatchObject({ state: { status: "error", kind: "forbidden" } });
    expect(await db.platformSettings.count()).toBe(0);
  });

  it("asks for one of the two choices", async () => {
    const outcome = await callAction(updatePlatformSettingsAction, { programmeStarters: "SOME" }, world.admin);
    expect(outcome).toMatchObject({
      state: { status: "error", kind: "invalid", fieldErrors: { programmeStarters: ["Choose who may start programmes."] } },
    });
  });
});
