import { beforeEach, describe, expect, it } from "vitest";
import { createWorld } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { listMyProgrammes, loadProgrammeActor } from "@/lib/programmes/data";

describe("programmes and memberships", () => {
  beforeEach(resetDatabase);

  it("creates six engagements for the lead and for each partner", async () => {
    const world = await createWorld();
    const counts = await db.engagement.groupBy({ by: ["institutionId"], where: { programmeId: world.programme.id }, _count: true });
    expect(counts).toHaveLength(3);
    expect(counts.every((c) => c._count === 6)).toBe(true);
  });

  it("lists only the programmes a user belongs to", async () => {
    const world = await createWorld();
    expect((await listMyProgrammes(world.staffA.id)).map((p) => p.title)).toEqual(["Joint Programme"]);
    expect((await listMyProgrammes(world.outsider.id)).map((p) => p.title)).toEqual(["Other Programme"]);
    const outsiderActor = await loadProgrammeActor({ id: world.outsider.id, isPlatformAdmin: false }, world.programme.id);
    expect(outsiderActor?.memberships).toEqual([]);
  });
});
