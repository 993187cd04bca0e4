// "Your account" → Time zone: the setting's server action (signed in, validated against the
// runtime's IANA zones, audited) and where a request's reader zone comes from.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { createWorld, type World } from "@/tests/factories";
import { actAs } from "@/tests/support/session-mock";
import { updateTimeZoneAction } from "@/lib/account/actions";
import { getReader, getReaderZone } from "@/lib/account/data";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const setZone = (timeZone: unknown) => updateTimeZoneAction(undefined, { timeZone });
const zoneOf = async (user: { id: string }) => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).timeZone;

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("time-zone setting", () => {
  it("saves a zone for the signed-in person only, with an audit row, and clears it back to the browser's", async () => {
    actAs(world.staffA);
    expect(await setZone("Europe/Warsaw")).toEqual({ status: "success", message: "Saved. Times are now shown in Europe/Warsaw." });
    expect(await zoneOf(world.staffA)).toBe("Europe/Warsaw");
    expect(await zoneOf(world.staffB)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "setTimeZone" } });
    expect(audit).toMatchObject({ actorId: world.staffA.id, entityType: "User", entityId: world.staffA.id });
    expect(audit.before).toEqual({ timeZone: null });
    expect(audit.after).toEqual({ timeZone: "Europe/Warsaw" });
    expect(await getReader()).toEqual({ timeZone: "Europe/Warsaw", locale: "en-GB" });

    expect(await setZone("")).toEqual({ status: "success", message: "Saved. Times are now shown in your browser's time zone." });
    expect(await zoneOf(world.staffA)).toBeNull();
  });

  it("saves nothing when the zone is unchanged", async () => {
    actAs(world.staffA);
    await setZone("Pacific/Auckland");
    const before = await tableFingerprint();
    expect(await setZone("Pacific/Auckland")).toMatchObject({ status: "success", message: expect.stringMatching(/^Nothing to change/) });
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuses a zone it does not know with a message that says what to choose, changing nothing", async () => {
    actAs(world.staffA);
    const before = await tableFingerprint();
    for (const bad of ["Mars/Olympus_Mons", "Europe/Warsaw; DROP TABLE", "x".repeat(100), 42, null]) {
      const state = await setZone(bad);
      expect(state.status, String(bad)).toBe("error");
      expect(state.status === "error" && state.kind).toBe("invalid");
      expect(state.status === "error" && state.fieldErrors?.timeZone?.join(" ")).toMatch(/Choose/);
    }
    expect(await setZone("Mars/Olympus_Mons")).toMatchObject({
      fieldErrors: { timeZone: [expect.stringContaining("Consort does not know that time zone")] },
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("asks anonymous callers to sign in", async () => {
    actAs(null);
    const before = await tableFingerprint();
    expect(await setZone("Europe/Warsaw")).toMatchObject({ status: "error", kind: "unauthenticated" });
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("the reader's zone", () => {
  it("is UTC, said as unknown, when the person chose none and no browser has told it (no request here)", async () => {
    actAs(world.staffA);
    expect(await getReaderZone()).toEqual({ timeZone: "UTC", source: "unknown", browserTimeZone: null });
  });
});
