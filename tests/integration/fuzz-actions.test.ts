// Bad input, property-based: every server action (discovered from lib/**/actions.ts) gets FUZZ_RUNS
// generated malformed payloads — wrong types, missing and extra fields, 1 MB strings, unicode edge
// cases, ids of another programme, out-of-range numbers and dates. Each call must end in a typed
// state (never a throw, never the generic "something went wrong" = a 500), and a refused call must
// write no row (counted by row triggers: tests/support/row-writes.ts).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { inEnglish } from "@/tests/support/english";

const GENERIC_ERROR_MESSAGE = inEnglish("errors.generic");
import { createBoardIssue, createWorld, findEngagement, logAdviceEntry, type World } from "@/tests/factories";
import { resetDatabase } from "@/tests/support/database";
import { callAction, databaseDigest, describeOutcome, discoverServerActions } from "@/tests/support/action-harness";
import { ACTION_EXPECTATIONS, type Person } from "@/tests/support/action-expectations";
import { FUZZ_OPTIONS, FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, malformedPayload } from "@/tests/support/fuzz";
import { watchRowWrites, type RowWrites } from "@/tests/support/row-writes";
import { takeSnapshot, type Snapshot } from "@/tests/support/snapshot";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const TYPED_KINDS = ["invalid", "forbidden", "not_found", "conflict", "unauthenticated"];
/** Sign-in forms are not built with the action helper (Auth.js answers them): they say `{ error, email }`. */
const SIGN_IN_ACTIONS = ["auth/signInWithPassword", "sso/signInWithInstitution"];

let discovered: Map<string, unknown>;
let world: World;
let snapshot: Snapshot;
let rowWrites: RowWrites;
/** Real ids from the OTHER programme (and a few of the wrong kind), to aim payloads where they must not reach. */
let foreignIds: string[];

beforeAll(async () => {
  discovered = await discoverServerActions();
  await resetDatabase();
  world = await createWorld();
  const otherEngagement = await findEngagement(world.otherProgramme.id, world.partnerA.id, "LEGAL");
  const otherAdvice = await logAdviceEntry({
    engagementId: otherEngagement.id,
    authorId: world.outsider.id,
    givenDaysAgo: 1,
    givenByName: "Someone",
    summary: "Elsewhere",
    kind: "INFORMATION",
  });
  const otherIssue = await createBoardIssue({
    programmeId: world.otherProgramme.id,
    authorId: world.outsider.id,
    createdDaysAgo: 1,
    title: "Not yours",
  });
  foreignIds = [
    world.otherProgramme.id,
    otherEngagement.id,
    otherAdvice.id,
    otherIssue.id,
    world.outsider.id,
    world.admin.id,
    world.lead.id,
    "cm0000000000000000000000",
    "0",
    "-1",
    "9".repeat(64),
    "x".repeat(65),
  ];
  snapshot = await takeSnapshot("fuzz");
  rowWrites = await watchRowWrites();
});
afterAll(async () => {
  await rowWrites.stop();
  await snapshot.drop();
});

function preview(payload: unknown): string {
  const plain =
    payload instanceof FormData
      ? { FormData: [...payload.entries()].map(([k, v]) => [k, typeof v === "string" ? v : `File(${v.name}, ${v.size} B)`]) }
      : payload;
  try {
    return (
      JSON.stringify(plain, (_k, v: unknown) =>
        typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : typeof v === "bigint" ? String(v) : v,
      ) ?? String(plain)
    );
  } catch {
    return String(plain);
  }
}

/** Who sends the payloads: the person most likely to get past authorization to the deeper code. */
function sender(governedBy: string): Person | null {
  if (governedBy === "public") return null;
  if (governedBy === "platformAdmin") return world.admin;
  return world.leader;
}

describe(`bad input: ${FUZZ_RUNS} malformed payloads per server action`, () => {
  it("covers every discovered server action", () => {
    expect([...discovered.keys()].filter((name) => !(name in ACTION_EXPECTATIONS))).toEqual([]);
  });

  it("the row-write counter sees a committed write, and not a rolled-back one", async () => {
    const before = await rowWrites.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.institution.update({ where: { id: world.lead.id }, data: { name: "Renamed" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await rowWrites.count()).toBe(before);
    await db.institution.update({ where: { id: world.lead.id }, data: { name: world.lead.name } });
    expect(await rowWrites.count()).toBe(before + 1);
  });

  it.each(Object.keys(ACTION_EXPECTATIONS))(
    "%s",
    async (name) => {
      const action = discovered.get(name);
      expect(action).toBeTypeOf("function");
      const expectation = ACTION_EXPECTATIONS[name]!;
      await snapshot.restore();
      const person = sender(expectation.governedBy);
      const built = await expectation.build({ world, aim: { institution: "A", service: "S" }, actor: person });
      const base = built.input instanceof FormData ? Object.fromEntries(built.input.entries()) : built.input;
      const tally = { rejected: 0, accepted: 0 };
      // Calls run one after another: the count after one call is the count before the next.
      let writes = await rowWrites.count();
      await fc.assert(
        fc.asyncProperty(malformedPayload(base, foreignIds), async (payload) => {
          const before = writes;
          const outcome = await callAction(action, payload, person);
          writes = await rowWrites.count();
          const changed = writes !== before;
          const shown = `${describeOutcome(outcome)} ← ${preview(payload)}`;
          if (outcome.type === "thrown" || outcome.type === "notFound") throw new Error(`unhandled: ${shown}`);
          if (outcome.type === "redirect") {
            tally.accepted++;
            return;
          }
          const state = outcome.state;
          if (state.status === "success") {
            tally.accepted++;
            return;
          }
          tally.rejected++;
          // The sign-in forms answer with their own typed shape: { error, email }.
          const typed =
            (state.status === "error" && TYPED_KINDS.includes(state.kind ?? "")) ||
            (SIGN_IN_ACTIONS.includes(name) && typeof state.error === "string");
          if (!typed) throw new Error(`not a typed error state: ${shown}`);
          if (state.message === GENERIC_ERROR_MESSAGE) throw new Error(`generic 500-style error: ${shown}`);
          if (changed) throw new Error(`refused (${shown}) but the database changed`);
        }),
        FUZZ_OPTIONS,
      );
      // Malformed is the point: most payloads must be refused, not quietly stored (sign-out takes no input).
      if (Object.keys(base).length > 0) expect(tally.rejected).toBeGreaterThan(tally.accepted);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe("bad input: regressions the fuzzer found (each was a 500 before)", () => {
  async function expectTypedRefusal(name: string, input: unknown, person: Person | null) {
    await snapshot.restore();
    const before = await databaseDigest();
    const outcome = await callAction(discovered.get(name), input, person);
    const state = outcome.type === "state" ? outcome.state : undefined;
    // Sign-in answers with its own shape, { error, email }; every other action with a typed ActionState.
    const typed =
      state?.status === "error"
        ? TYPED_KINDS.includes(state.kind ?? "") && state.message !== GENERIC_ERROR_MESSAGE
        : typeof state?.error === "string";
    expect(typed, describeOutcome(outcome)).toBe(true);
    expect(await databaseDigest()).toBe(before);
    return state!;
  }
  const built = (name: string) => ACTION_EXPECTATIONS[name]!.build({ world, aim: { institution: "A", service: "S" }, actor: world.leader });

  it("a NUL character (PostgreSQL text cannot hold it) is a field error", async () => {
    const { input } = await built("engagements/moveEngagement");
    const state = await expectTypedRefusal("engagements/moveEngagement", { ...input, note: "sent\u0000" }, world.leader);
    expect(state.fieldErrors?.note?.[0]).toMatch(/invisible control or broken character/);
  });

  it("half a surrogate pair (PostgreSQL JSON rejects it in the audit row) is a field error", async () => {
    const { input } = await built("board/commentIssueAction");
    const state = await expectTypedRefusal("board/commentIssueAction", { ...input, body: "broken \uD83D here" }, world.leader);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["body"]);
  });

  it('a form field named "__proto__" cannot replace the parsed object\'s prototype', async () => {
    const { input } = await built("admin/createUserAction");
    const form = new FormData();
    for (const [key, value] of Object.entries(input)) form.set(key, String(value));
    form.delete("name");
    form.set("__proto__", new File([new Uint8Array([1, 2, 3])], "x.bin"));
    const state = await expectTypedRefusal("admin/createUserAction", form, world.admin);
    expect(state.kind).toBe("invalid");
  });

  it("adding a partner that does not exist says so instead of failing on the foreign key", async () => {
    const state = await expectTypedRefusal(
      "programmes/addPartnerAction",
      { programmeId: world.programme.id, institutionId: "cm0doesnotexist000000000000" },
      world.leader,
    );
    expect(state.message).toMatch(/institution does not exist/);
  });

  it("sign-in called with something other than a form answers with an error, not a crash", async () => {
    await expectTypedRefusal("auth/signInWithPassword", { email: "leader@consort.test", password: "x" }, null);
  });
});
