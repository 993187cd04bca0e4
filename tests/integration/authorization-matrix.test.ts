// Authorization matrix, generated: every exported server action (found by globbing lib/**/actions.ts)
// × every kind of person, expected outcome from the expectations table (tests/support/expected-grants.ts
// and action-expectations.ts, written independently of lib/auth/permissions.ts). Every action must be
// built by a helper of lib/actions/define.ts and declare the permission the table expects, secondary
// permissions included. Refusals must leave every table byte-for-byte unchanged.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createBoardIssue, createWorld, findEngagement, logAdviceEntry, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { takeSnapshot, type Snapshot } from "@/tests/support/snapshot";
import { callAction, databaseDigest, describeOutcome, discoverServerActions, type Outcome } from "@/tests/support/action-harness";
import {
  ACTION_EXPECTATIONS,
  expectedOutcome,
  type Aim,
  type Built,
  type Expected,
  type Person,
} from "@/tests/support/action-expectations";
import { EXPECTED_GRANTS } from "@/tests/support/expected-grants";
import { declarationOf } from "@/lib/actions/define";
import { PERMISSIONS, PLATFORM_ADMIN_ACTIONS, type ProgrammeAction } from "@/lib/auth/permissions";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

type Case = { who: string; person: (w: World) => Person | null; aim: Aim };

/** Anonymous, outsider, each programme role on its own and on others' targets, platform admin. */
const CASES: Case[] = [
  { who: "anonymous", person: () => null, aim: { institution: "A", service: "S" } },
  { who: "outsider (member of another programme only)", person: (w) => w.outsider, aim: { institution: "A", service: "S" } },
  { who: "team leader", person: (w) => w.leader, aim: { institution: "A", service: "S" } },
  { who: "partner staff of A acting on A", person: (w) => w.staffA, aim: { institution: "A", service: "S" } },
  { who: "partner staff of A acting on B", person: (w) => w.staffA, aim: { institution: "B", service: "S" } },
  { who: "task force (LEGAL at B) acting on LEGAL at B", person: (w) => w.legalB, aim: { institution: "B", service: "S" } },
  { who: "task force (LEGAL at B) acting on TEACHING_AND_LEARNING at B", person: (w) => w.legalB, aim: { institution: "B", service: "T" } },
  { who: "platform admin", person: (w) => w.admin, aim: { institution: "A", service: "S" } },
];

function verdict(expected: Expected, outcome: Outcome, changed: boolean, writes: boolean, isPublic: boolean): string | null {
  const state = outcome.type === "state" ? outcome.state : undefined;
  // Signing out ends on the sign-in page by design; anywhere else a redirect there means "not signed in".
  const succeeded = state?.status === "success" || (outcome.type === "redirect" && (outcome.location !== "/login" || isPublic));
  switch (expected) {
    case "allowed":
      if (!succeeded) return "expected it to be allowed";
      if (writes && !changed) return "allowed, but nothing was written";
      return null;
    case "unauthenticated":
      if (changed) return "refused, but the database changed";
      return state?.kind === "unauthenticated" || (outcome.type === "redirect" && outcome.location === "/login")
        ? null
        : "expected 'sign in again'";
    case "hidden":
      if (changed) return "refused, but the database changed";
      return state?.status === "error" && state.kind === "not_found" ? null : "expected not_found (the programme stays invisible)";
    case "refused":
      if (changed) return "refused, but the database changed";
      return state?.status === "error" && (state.kind === "forbidden" || state.kind === "not_found")
        ? null
        : "expected a refusal (forbidden / not_found)";
  }
}

let discovered: Map<string, unknown>;
let world: World;
let snapshot: Snapshot;
beforeAll(async () => {
  discovered = await discoverServerActions();
  await resetDatabase();
  world = await createWorld();
  snapshot = await takeSnapshot("authorization_matrix");
});
afterAll(() => snapshot.drop());

describe("authorization matrix: server actions", () => {
  it("finds the server actions and has an expectation for every one of them", () => {
    expect(discovered.size).toBeGreaterThan(30);
    const missing = [...discovered.keys()].filter((name) => !(name in ACTION_EXPECTATIONS));
    expect(
      missing,
      `Server actions without an entry in tests/support/action-expectations.ts: ${missing.join(", ")}. Add one (permission row + input builder).`,
    ).toEqual([]);
    const stale = Object.keys(ACTION_EXPECTATIONS).filter((name) => !discovered.has(name));
    expect(stale, `Entries for actions that no longer exist: ${stale.join(", ")}`).toEqual([]);
  });

  it("builds every action with a helper of lib/actions/define.ts, declaring the permission the expectations table names", () => {
    const problems: string[] = [];
    for (const [name, action] of discovered) {
      const declaration = declarationOf(action);
      const expectation = ACTION_EXPECTATIONS[name];
      if (!declaration) {
        problems.push(`${name}: not built by defineProgrammeAction / defineAdminAction / defineSignedInAction / definePublicAction`);
        continue;
      }
      if (!expectation) continue;
      const declared = declaration.kind === "programme" ? declaration.permission : declaration.kind;
      if (declared !== expectation.governedBy)
        problems.push(`${name}: declares ${declared}, the expectations table says ${expectation.governedBy}`);
      const declaredSecondary = declaration.kind === "programme" ? [...declaration.secondary].sort() : [];
      const expectedSecondary = Object.keys(expectation.secondary ?? {}).sort();
      if (declaredSecondary.join() !== expectedSecondary.join())
        problems.push(
          `${name}: declares secondary [${declaredSecondary.join(", ")}], the expectations table says [${expectedSecondary.join(", ")}]`,
        );
    }
    expect(problems).toEqual([]);
  });

  it("the app's permission table grants exactly what the expectations table promises", () => {
    const promised = Object.fromEntries(
      Object.entries(EXPECTED_GRANTS).map(([action, { platformAdmin: _admin, ...roles }]) => [action, roles]),
    );
    expect(PERMISSIONS).toEqual(promised);
    const adminActions = Object.entries(EXPECTED_GRANTS)
      .filter(([, grant]) => grant.platformAdmin)
      .map(([action]) => action);
    expect([...PLATFORM_ADMIN_ACTIONS].sort()).toEqual(adminActions.sort());
  });

  const variants = Object.entries(ACTION_EXPECTATIONS).flatMap(([name, expectation]) => [
    { label: name, name, secondary: undefined as ProgrammeAction | undefined },
    ...(Object.keys(expectation.secondary ?? {}) as ProgrammeAction[]).map((secondary) => ({
      label: `${name} using ${secondary}`,
      name,
      secondary,
    })),
  ]);

  it.each(variants)("$label: every person gets what the expectations table says", async ({ name, secondary }) => {
    const action = discovered.get(name);
    expect(action, `${name} is not exported any more`).toBeTypeOf("function");
    const expectation = ACTION_EXPECTATIONS[name]!;
    const build: (ctx: Parameters<typeof expectation.build>[0]) => Promise<Built> = secondary
      ? expectation.secondary![secondary]!
      : expectation.build;
    const failures: string[] = [];
    const seen = new Set<Expected>();
    let fresh = false;
    for (const c of CASES) {
      // A permitted call changes state the next case would trip over: start again from the saved world.
      if (!fresh) {
        await snapshot.restore();
        fresh = true;
      }
      const person = c.person(world);
      const built = await build({ world, aim: c.aim, actor: person });
      const expected = await expectedOutcome(expectation, person, built, secondary);
      seen.add(expected);
      const before = await databaseDigest();
      const outcome = await callAction(action, built.input, person);
      const changed = (await databaseDigest()) !== before;
      if (changed) fresh = false;
      const writes = expectation.writes?.(person) ?? true;
      const problem =
        outcome.type === "thrown"
          ? "threw instead of returning a state"
          : verdict(expected, outcome, changed, writes, expectation.governedBy === "public");
      if (problem) failures.push(`${c.who}: ${problem} (expected ${expected}, got ${describeOutcome(outcome)})`);
    }
    expect(failures, `${name}:\n  ${failures.join("\n  ")}`).toEqual([]);
    // The matrix must exercise both sides of the rule for every non-public action.
    if (expectation.governedBy !== "public") {
      expect(seen.has("allowed")).toBe(true);
      expect(seen.has("unauthenticated") && (seen.has("refused") || seen.has("hidden") || expectation.governedBy === "signedIn")).toBe(
        true,
      );
    }
  });
});

describe("authorization matrix: ids smuggled in from another programme", () => {
  it("refuses links, owners and assignees that belong to another programme, changing nothing", async () => {
    await snapshot.restore();
    const foreignEngagement = await findEngagement(world.otherProgramme.id, world.partnerA.id, "LEGAL");
    const foreignAdvice = await logAdviceEntry({
      engagementId: foreignEngagement.id,
      authorId: world.outsider.id,
      givenDaysAgo: 1,
      givenByName: "Someone",
      summary: "Elsewhere",
      kind: "INFORMATION",
    });
    const ownEngagement = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
    const ownIssue = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffA.id,
      createdDaysAgo: 1,
      title: "Ours",
      services: ["LEGAL"],
    });
    const { version: issueVersion } = await db.boardIssue.findUniqueOrThrow({ where: { id: ownIssue.id } });
    const attempts: [string, Record<string, unknown>][] = [
      [
        "board/createIssueAction",
        { programmeId: world.programme.id, title: "Linked elsewhere", services: ["LEGAL"], engagementId: foreignEngagement.id },
      ],
      [
        "board/createIssueAction",
        { programmeId: world.programme.id, title: "Linked elsewhere", services: ["LEGAL"], adviceId: foreignAdvice.id },
      ],
      [
        "board/createIssueAction",
        { programmeId: world.programme.id, title: "Assigned elsewhere", services: ["LEGAL"], assigneeId: world.outsider.id },
      ],
      [
        "board/editIssueAction",
        { issueId: ownIssue.id, version: issueVersion, title: "Ours", services: ["LEGAL"], engagementId: foreignEngagement.id },
      ],
      ["board/assignIssueAction", { issueId: ownIssue.id, version: issueVersion, assigneeId: world.outsider.id }],
      ["engagements/updateEngagementDetails", { engagementId: ownEngagement.id, version: 0, ownerId: world.outsider.id }],
      ["programmes/archivePartnerAction", { programmeId: world.programme.id, institutionId: "cm0notapartner000000000000" }],
    ];
    const failures: string[] = [];
    for (const [name, input] of attempts) {
      const before = await databaseDigest();
      const outcome = await callAction(discovered.get(name), input, world.leader);
      const changed = (await databaseDigest()) !== before;
      const refused =
        outcome.type === "state" &&
        outcome.state.status === "error" &&
        ["invalid", "not_found", "forbidden", "conflict"].includes(outcome.state.kind ?? "");
      if (!refused || changed)
        failures.push(`${name} ${JSON.stringify(Object.keys(input))}: ${describeOutcome(outcome)}${changed ? " (database changed)" : ""}`);
    }
    expect(failures).toEqual([]);
  });
});
