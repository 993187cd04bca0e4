// The pool never deadlocks: no code path holds a transaction while asking for a second connection
// (lib/db.ts refuses such a request at once), so 50 parallel edits of one advice entry through a
// pool of 5 queue and finish — one saved, the rest told to reload — while other people's reads go on.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "5";
});
vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import { db as appDb, SECOND_CONNECTION_MESSAGE } from "@/lib/db";
import { editAdviceAction } from "@/lib/advice/actions";
import { getBoardColumns } from "@/lib/board/data";
import { boardFilterSchema } from "@/lib/board/schema";
import { createWorld, findEngagement, logAdviceEntry, type World } from "@/tests/factories";
import { resetDatabase } from "@/tests/support/database";
import { callAction, describeOutcome, type Outcome } from "@/tests/support/action-harness";

const PARALLEL_EDITS = 50;
const CONCURRENT_READS = 8;
let world: World;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("the guard in lib/db.ts", () => {
  it("refuses a query on the global client inside a transaction, instead of waiting for a second connection", async () => {
    await expect(appDb.$transaction(async () => appDb.user.count())).rejects.toThrow(SECOND_CONNECTION_MESSAGE);
    await expect(appDb.$transaction(async () => appDb.$transaction(async (inner) => inner.user.count()))).rejects.toThrow(
      SECOND_CONNECTION_MESSAGE,
    );
  });

  it("allows the transaction's own client, and the global client before and after it", async () => {
    const users = await appDb.user.count();
    await expect(appDb.$transaction(async (tx) => tx.user.count())).resolves.toBe(users);
    await expect(appDb.$transaction([appDb.user.count(), appDb.institution.count()])).resolves.toHaveLength(2);
    await expect(appDb.user.count()).resolves.toBe(users);
  });
});

describe(`${PARALLEL_EDITS} parallel edits of one advice entry with a pool of 5`, () => {
  it("saves one, tells the others to reload, never answers 'unavailable', and other people's board reads succeed", async () => {
    const engagement = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
    const entry = await logAdviceEntry({
      engagementId: engagement.id,
      authorId: world.staffA.id,
      givenDaysAgo: 2,
      givenByName: "Dr. Registrar",
      summary: "Diploma supplement needs both logos",
      kind: "REQUIREMENT",
    });
    const edit = (i: number) =>
      callAction(
        editAdviceAction,
        {
          adviceId: entry.id,
          version: 0,
          givenOn: "2026-10-01",
          givenByName: "Dr. Registrar",
          summary: `Edit number ${i}`,
          kind: "REQUIREMENT",
        },
        world.staffA,
      );
    const read = async () => {
      try {
        await getBoardColumns(world.programme.id, boardFilterSchema.parse({}), world.legalB.id);
        return "ok";
      } catch (error) {
        return `failed: ${String(error)}`;
      }
    };
    const [edits, reads] = await Promise.all([
      Promise.all(Array.from({ length: PARALLEL_EDITS }, (_, i) => edit(i))),
      Promise.all(Array.from({ length: CONCURRENT_READS }, read)),
    ]);
    const kindOf = (o: Outcome) =>
      o.type === "redirect"
        ? "saved"
        : o.type === "state" && o.state.status === "error" && o.state.kind === "conflict"
          ? "conflict"
          : describeOutcome(o);
    const counts = new Map<string, number>();
    for (const outcome of edits) counts.set(kindOf(outcome), (counts.get(kindOf(outcome)) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ saved: 1, conflict: PARALLEL_EDITS - 1 });
    expect(reads).toEqual(Array.from({ length: CONCURRENT_READS }, () => "ok"));
  });
});
