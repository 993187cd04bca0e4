// Platform administration. Who may administer goes through the REAL server actions (lib/admin/actions.ts)
// as a chosen person; what each change writes (rows, audit rows, clashes) is checked on the mutations.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createInstitution as createInstitutionRow, createUser as createUserRow, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { callAction, describeOutcome } from "@/tests/support/action-harness";
import { verifyPassword } from "@/lib/auth/password";
import { findSessionUser, findUserForSignIn } from "@/lib/auth/data";
import { ExpectedError } from "@/lib/errors";
import { PLATFORM_ADMIN_REFUSAL } from "@/lib/actions/define";
import { getUserForAdmin, listInstitutionsForAdmin, listProgrammesForAdmin, listUsersForAdmin } from "@/lib/admin/data";
import {
  createInstitutionAction,
  createProgrammeAsAdminAction,
  createUserAction,
  deactivateUserAction,
  reactivateUserAction,
  resetUserPasswordAction,
  updateInstitutionAction,
  updateUserAction,
} from "@/lib/admin/actions";
import {
  createInstitution,
  createUser,
  deactivateUser,
  FieldConflict,
  reactivateUser,
  resetUserPassword,
  updateInstitution,
  updateUser,
} from "@/lib/admin/mutations";
import { institutionSchema } from "@/lib/admin/schema";
import { inEnglish } from "@/tests/support/english";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const uva = () =>
  institutionSchema.parse({
    name: "Universiteit van Amsterdam",
    shortName: "UvA",
    country: "Netherlands",
    city: "Amsterdam",
    erasmusCode: "NL AMSTERD01",
    schacCode: "uva.nl",
  });

async function failureOf(promise: Promise<unknown>): Promise<ExpectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected the call to be refused").toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

/** The form fields a refusal names (the action shows its message beside each). */
const fieldsOf = (error: ExpectedError) => Object.keys(error.fields ?? {}).sort();

async function auditRows(entityId: string) {
  return db.auditLog.findMany({
    where: { entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
}

describe("admin: institutions", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  it("creates an institution with an audit row", async () => {
    const { id } = await createInstitution(world.admin.id, uva());
    const row = await db.institution.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ shortName: "UvA", erasmusCode: "NL AMSTERD01", schacCode: "uva.nl" });
    const audit = await auditRows(id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: "createInstitution",
        actorId: world.admin.id,
        after: expect.objectContaining({ shortName: "UvA" }),
      }),
    ]);
  });

  it("refuses a duplicate short name (in any case), Erasmus or SCHAC code with a clear message on that field, changing nothing", async () => {
    await createInstitution(world.admin.id, uva());
    const before = await tableFingerprint();
    const cases = [
      {
        input: { ...uva(), shortName: "UVA", erasmusCode: null, schacCode: null },
        field: "shortName",
        text: /short name “UVA” is already used by Universiteit van Amsterdam/,
      },
      {
        input: { ...uva(), shortName: "UvA2", schacCode: null },
        field: "erasmusCode",
        text: /Erasmus code “NL AMSTERD01” already belongs to Universiteit van Amsterdam/,
      },
      { input: { ...uva(), shortName: "UvA2", erasmusCode: null }, field: "schacCode", text: /SCHAC code “uva\.nl” already belongs/ },
    ];
    for (const { input, field, text } of cases) {
      const error = await failureOf(createInstitution(world.admin.id, input));
      expect(error).toBeInstanceOf(FieldConflict);
      expect(fieldsOf(error)).toEqual([field]);
      expect(inEnglish(error.said)).toMatch(text);
      expect(error.fields?.[field]).toEqual(error.said);
    }
    const all = await failureOf(createInstitution(world.admin.id, { ...uva(), name: "Copy" }));
    expect(fieldsOf(all)).toEqual(["erasmusCode", "schacCode", "shortName"]);
    expect(inEnglish(all.said)).toBe("3 values are already taken; see the highlighted fields.");
    // Through the form's action: the summary on top, each clash beside its own field.
    const outcome = await callAction(createInstitutionAction, { ...uva(), name: "Copy" }, world.admin);
    expect(outcome).toMatchObject({
      type: "state",
      state: {
        status: "error",
        kind: "conflict",
        message: "3 values are already taken; see the highlighted fields.",
        fieldErrors: {
          shortName: [expect.stringMatching(/short name “UvA” is already used by Universiteit van Amsterdam/)],
          erasmusCode: [expect.stringMatching(/Erasmus code “NL AMSTERD01” already belongs to Universiteit van Amsterdam/)],
          schacCode: [expect.stringMatching(/SCHAC code “uva\.nl” already belongs/)],
        },
      },
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("still gives a clear message when the database's unique index catches a clash the pre-check missed", async () => {
    // Two admins saving at once: both pass the pre-check; the second insert hits the unique index.
    const saves = await Promise.allSettled([createInstitution(world.admin.id, uva()), createInstitution(world.admin.id, uva())]);
    const rejected = saves.filter((s) => s.status === "rejected");
    expect(saves.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(ExpectedError);
    expect(await db.institution.count({ where: { shortName: "UvA" } })).toBe(1);
  });

  it("edits an institution, auditing only the fields that changed", async () => {
    const { id } = await createInstitution(world.admin.id, uva());
    const result = await updateInstitution(world.admin.id, id, { ...uva(), city: "Amsterdam-Zuid", schacCode: null });
    expect(result.changed.sort()).toEqual(["city", "schacCode"]);
    const last = (await auditRows(id)).at(-1);
    expect(last).toMatchObject({
      action: "updateInstitution",
      before: { city: "Amsterdam", schacCode: "uva.nl" },
      after: { city: "Amsterdam-Zuid", schacCode: null },
    });
    expect(await updateInstitution(world.admin.id, id, { ...uva(), city: "Amsterdam-Zuid", schacCode: null })).toEqual({ changed: [] });
    expect(await auditRows(id)).toHaveLength(2);
  });

  it("refuses to give an institution another one's short name, but lets it keep its own", async () => {
    const { id } = await createInstitution(world.admin.id, uva());
    const error = await failureOf(updateInstitution(world.admin.id, id, { ...uva(), shortName: world.lead.shortName }));
    expect(fieldsOf(error)).toEqual(["shortName"]);
    await expect(updateInstitution(world.admin.id, id, uva())).resolves.toEqual({ changed: [] });
  });

  it("lists institutions with their programme counts, searchable and paginated", async () => {
    for (let n = 0; n < 22; n++)
      await createInstitutionRow({ name: `Zeta College ${String(n).padStart(2, "0")}`, shortName: `ZC${n}`, city: "Zagreb" });
    const page1 = await listInstitutionsForAdmin({ q: "zeta", page: 1 });
    expect(page1).toMatchObject({ total: 22, page: 1, pageCount: 2 });
    expect(page1.rows).toHaveLength(20);
    const page2 = await listInstitutionsForAdmin({ q: "zeta", page: 99 });
    expect(page2.page).toBe(2);
    expect(page2.rows.map((r) => r.name)).toEqual(["Zeta College 20", "Zeta College 21"]);
    const partnerA = (await listInstitutionsForAdmin({ q: world.partnerA.shortName, page: 1 })).rows[0];
    // Partner A takes part in the joint programme and leads the outsider's "Other Programme".
    expect(partnerA).toMatchObject({ id: world.partnerA.id, programmeCount: 2 });
  });
});

describe("admin: users", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  const newUser = (overrides: Partial<Parameters<typeof createUser>[1]> = {}) => ({
    name: "Nina New",
    email: "nina@uni.example",
    institutionId: null,
    isPlatformAdmin: false,
    isProgrammeCreator: false,
    password: "a long enough password",
    ...overrides,
  });

  it("creates a user with an argon2id hash that never reaches the audit log", async () => {
    const { id } = await createUser(world.admin.id, newUser({ institutionId: world.partnerA.id }));
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash!, "a long enough password")).toBe(true);
    const audit = await auditRows(id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: "createUser",
        after: expect.objectContaining({ email: "nina@uni.example", institutionId: world.partnerA.id, passwordSet: true }),
      }),
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|a long enough password/);
  });

  it("refuses a second account with the same email, with the message on the email field", async () => {
    const before = await tableFingerprint();
    const error = await failureOf(createUser(world.admin.id, newUser({ email: world.staffA.email })));
    expect(fieldsOf(error)).toEqual(["email"]);
    expect(inEnglish(error.said)).toContain("Ana Staff already uses");
    expect(await tableFingerprint()).toBe(before);
  });

  it("edits name, email, institution and admin flag, auditing the change", async () => {
    await updateUser(world.admin.id, {
      userId: world.staffA.id,
      name: "Ana García",
      email: "ana@partner-a.example",
      institutionId: world.partnerB.id,
      isPlatformAdmin: true,
      isProgrammeCreator: false,
    });
    const row = await db.user.findUniqueOrThrow({
      where: { id: world.staffA.id },
      select: { name: true, email: true, institutionId: true, isPlatformAdmin: true },
    });
    expect(row).toEqual({ name: "Ana García", email: "ana@partner-a.example", institutionId: world.partnerB.id, isPlatformAdmin: true });
    const last = (await auditRows(world.staffA.id)).at(-1);
    expect(last).toMatchObject({
      action: "updateUser",
      before: { name: "Ana Staff", isPlatformAdmin: false, institutionId: world.partnerA.id },
      after: { name: "Ana García", isPlatformAdmin: true },
    });
    expect(JSON.stringify(last)).not.toContain("passwordHash");
  });

  it("refuses to take another user's email on edit", async () => {
    const error = await failureOf(
      updateUser(world.admin.id, {
        userId: world.staffA.id,
        name: "Ana Staff",
        email: world.staffB.email,
        institutionId: world.partnerA.id,
        isPlatformAdmin: false,
        isProgrammeCreator: false,
      }),
    );
    expect(fieldsOf(error)).toEqual(["email"]);
  });

  it("does not let an admin remove their own admin flag, but another admin may", async () => {
    const before = await tableFingerprint();
    const error = await failureOf(
      updateUser(world.admin.id, {
        userId: world.admin.id,
        name: world.admin.name,
        email: world.admin.email,
        institutionId: null,
        isPlatformAdmin: false,
        isProgrammeCreator: false,
      }),
    );
    expect(inEnglish(error.said)).toMatch(/cannot remove your own platform-admin rights/);
    expect(await tableFingerprint()).toBe(before);
    const second = await createUserRow({ name: "Second Admin", isPlatformAdmin: true });
    await updateUser(second.id, {
      userId: world.admin.id,
      name: world.admin.name,
      email: world.admin.email,
      institutionId: null,
      isPlatformAdmin: false,
      isProgrammeCreator: false,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.admin.id } })).isPlatformAdmin).toBe(false);
  });

  it("deactivates with a reason: the sign-in lookup and existing sessions refuse the person; reactivation lets them in again", async () => {
    await deactivateUser(world.admin.id, world.staffA.id, "Left the university");
    const forSignIn = await findUserForSignIn(world.staffA.email);
    // lib/auth/auth.ts refuses a sign-in when deactivatedAt is set; lib/auth/session.ts refuses sessions.
    expect(forSignIn?.deactivatedAt).toBeInstanceOf(Date);
    const session = await findSessionUser(world.staffA.id);
    expect(session?.deactivatedAt).toBeInstanceOf(Date);
    expect(session?.sessionsRevokedAt).toBeInstanceOf(Date);
    const shown = await getUserForAdmin(world.staffA.id);
    expect(shown?.deactivation).toEqual({ by: "Ada Admin", reason: "Left the university" });

    expect(inEnglish((await failureOf(deactivateUser(world.admin.id, world.staffA.id, "again"))).said)).toMatch(/already deactivated/);
    await reactivateUser(world.admin.id, world.staffA.id);
    expect((await findUserForSignIn(world.staffA.email))?.deactivatedAt).toBeNull();
    expect((await auditRows(world.staffA.id)).map((a) => a.action).slice(-2)).toEqual(["deactivateUser", "reactivateUser"]);
    expect(inEnglish((await failureOf(reactivateUser(world.admin.id, world.staffA.id))).said)).toMatch(/already active/);
  });

  it("does not let an admin deactivate themself", async () => {
    const before = await tableFingerprint();
    const error = await failureOf(deactivateUser(world.admin.id, world.admin.id, "testing"));
    expect(inEnglish(error.said)).toMatch(/cannot deactivate your own account/);
    expect(await tableFingerprint()).toBe(before);
  });

  it("resets a password: the new one works, the old one does not, other sessions end, no hash in the audit", async () => {
    const oldHash = (await db.user.findUniqueOrThrow({ where: { id: world.staffB.id } })).passwordHash!;
    await resetUserPassword(world.admin.id, world.staffB.id, "brand new password 2027");
    const row = await db.user.findUniqueOrThrow({ where: { id: world.staffB.id } });
    expect(await verifyPassword(row.passwordHash!, "brand new password 2027")).toBe(true);
    expect(await verifyPassword(row.passwordHash!, "consort-demo")).toBe(false);
    expect(row.passwordHash).not.toBe(oldHash);
    expect(row.sessionsRevokedAt).toBeInstanceOf(Date);
    const audit = JSON.stringify(await auditRows(world.staffB.id));
    expect(audit).toContain("resetUserPassword");
    expect(audit).not.toMatch(/argon2|brand new password/);
  });

  it("refuses every admin action to non-admins and demoted admins, and to a deactivated admin's ended session, changing nothing", async () => {
    const demoted = await createUserRow({ name: "Former Admin", isPlatformAdmin: false });
    const deactivatedAdmin = await createUserRow({ name: "Gone Admin", isPlatformAdmin: true, deactivated: true });
    const { id: institutionId } = await createInstitution(world.admin.id, uva());
    await deactivateUser(world.admin.id, world.staffB.id, "on leave");
    // Every admin action, each with an input its form would accept.
    const attempts = (actor: { id: string; name: string; email: string }) =>
      [
        [createInstitutionAction, { ...uva(), shortName: "NEW", erasmusCode: "", schacCode: "" }],
        [updateInstitutionAction, { ...uva(), institutionId, name: "Renamed" }],
        [createUserAction, newUser()],
        [updateUserAction, { userId: actor.id, name: actor.name, email: actor.email, institutionId: "", isPlatformAdmin: true }],
        [resetUserPasswordAction, { userId: world.staffA.id, password: "a long enough password" }],
        [deactivateUserAction, { userId: world.staffA.id, reason: "Not needed any more" }],
        [reactivateUserAction, { userId: world.staffB.id }],
        [
          createProgrammeAsAdminAction,
          { title: "Programme nobody asked for", ects: 10, eqfLevel: 7, deliveryMode: "BLENDED", leaderId: world.leader.id },
        ],
      ] as const;
    const before = await tableFingerprint();
    for (const actor of [world.leader, world.outsider, demoted]) {
      for (const [action, input] of attempts(actor)) {
        const outcome = await callAction(action, input, actor);
        expect(outcome, `${actor.name}: ${describeOutcome(outcome)}`).toMatchObject({
          type: "state",
          state: { status: "error", kind: "forbidden", message: inEnglish(PLATFORM_ADMIN_REFUSAL) },
        });
      }
    }
    // A deactivated admin's session has ended: they are asked to sign in, whatever they try.
    for (const [action, input] of attempts(deactivatedAdmin))
      expect(await callAction(action, input, deactivatedAdmin)).toMatchObject({
        type: "state",
        state: { status: "error", kind: "unauthenticated" },
      });
    expect(await tableFingerprint()).toBe(before);
    // The same input from an active admin goes through.
    expect(await callAction(updateInstitutionAction, { ...uva(), institutionId, name: "Renamed" }, world.admin)).toMatchObject({
      type: "state",
      state: { status: "success", message: "Saved (name)." },
    });
  });

  it("re-checks the admin flag inside each change's transaction, so a demoted or deactivated admin changes nothing", async () => {
    const demoted = await createUserRow({ name: "Former Admin", isPlatformAdmin: false });
    const deactivatedAdmin = await createUserRow({ name: "Gone Admin", isPlatformAdmin: true, deactivated: true });
    const { id: institutionId } = await createInstitution(world.admin.id, uva());
    await deactivateUser(world.admin.id, world.staffB.id, "on leave");
    const before = await tableFingerprint();
    for (const actor of [world.leader, world.outsider, demoted, deactivatedAdmin]) {
      const attempts = [
        () => createInstitution(actor.id, { ...uva(), shortName: "NEW", erasmusCode: null, schacCode: null }),
        () => updateInstitution(actor.id, institutionId, { ...uva(), name: "Renamed" }),
        () => createUser(actor.id, newUser()),
        () =>
          updateUser(actor.id, {
            userId: actor.id,
            name: actor.name,
            email: actor.email,
            institutionId: null,
            isPlatformAdmin: true,
            isProgrammeCreator: false,
          }),
        () => resetUserPassword(actor.id, world.staffA.id, "a long enough password"),
        () => deactivateUser(actor.id, world.staffA.id, "no"),
        () => reactivateUser(actor.id, world.staffB.id),
      ];
      for (const attempt of attempts) expect((await failureOf(attempt())).kind).toBe("forbidden");
    }
    expect(await tableFingerprint()).toBe(before);
  });

  it("lists users with institution, status and distinct programme count, and never a password hash", async () => {
    // A second role in the same programme must not count as a second programme.
    await db.membership.create({
      data: { programmeId: world.programme.id, userId: world.leader.id, role: "PARTNER_STAFF", institutionId: world.lead.id },
    });
    await deactivateUser(world.admin.id, world.staffB.id, "left");
    const all = await listUsersForAdmin({ q: "", page: 1, status: "all" });
    expect(all.total).toBe(6);
    const leader = all.rows.find((r) => r.id === world.leader.id);
    expect(leader).toMatchObject({
      programmeCount: 1,
      isPlatformAdmin: false,
      deactivatedAt: null,
      institution: { shortName: world.lead.shortName },
    });
    expect(all.rows.find((r) => r.id === world.outsider.id)?.programmeCount).toBe(1);
    expect(JSON.stringify(all)).not.toMatch(/passwordHash|argon2/);
    expect((await listUsersForAdmin({ q: "", page: 1, status: "deactivated" })).rows.map((r) => r.name)).toEqual(["Bo Staff"]);
    expect((await listUsersForAdmin({ q: "", page: 1, status: "active" })).total).toBe(5);
    expect((await listUsersForAdmin({ q: "partner b", page: 1, status: "all" })).rows.map((r) => r.name)).toEqual([
      "Bo Staff",
      "Lex Taskforce",
    ]);
    expect(JSON.stringify(await getUserForAdmin(world.staffA.id))).not.toMatch(/passwordHash|argon2/);
  });

  it("lists every programme with its lead, team leaders and distinct member count", async () => {
    const list = await listProgrammesForAdmin({ q: "", page: 1 });
    const joint = list.rows.find((p) => p.id === world.programme.id);
    expect(joint).toMatchObject({
      title: "Joint Programme",
      lead: { shortName: world.lead.shortName },
      leaders: [{ id: world.leader.id, name: "Lea Leader" }],
      memberCount: 4,
      partnerCount: 3,
    });
    expect((await listProgrammesForAdmin({ q: "other", page: 1 })).rows.map((p) => p.title)).toEqual(["Other Programme"]);
  });
});
