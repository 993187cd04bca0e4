// Sessions end on the server: the real lib/auth/session.ts against PostgreSQL. Only Auth.js's cookie
// decoding is replaced (a test has no cookie): `auth()` returns what a decoded cookie would hold, so a
// "copied cookie" is simply the same { user, sessionId } presented again after the event.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { currentSessionId, currentUser } from "@/lib/auth/session";
import { changeOwnPassword, endSession, revokeSessions, startSession } from "@/lib/auth/mutations";
import { deactivateUser, resetUserPassword } from "@/lib/admin/mutations";
import { hashPassword } from "@/lib/auth/password";
import { createUser } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { countQueries } from "@/tests/support/count-queries";

const cookie = vi.hoisted(() => ({ value: null as { user: { id: string }; sessionId: string } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => cookie.value }));

/** Presents the cookie of `sessionId` (signed for `userId`) and asks who is signed in. */
async function whoIs(userId: string, sessionId: string) {
  cookie.value = { user: { id: userId }, sessionId };
  return (await currentUser())?.id ?? null;
}

describe("server-side sessions", () => {
  beforeEach(resetDatabase);

  it("a cookie works until its session signs out, and a copy of it fails afterwards", async () => {
    const person = await createUser();
    const session = await startSession(person.id);
    expect(await whoIs(person.id, session)).toBe(person.id);
    await endSession(session);
    expect(await whoIs(person.id, session)).toBeNull();
  });

  it("signing out one browser leaves the person's other browsers signed in", async () => {
    const person = await createUser();
    const [laptop, phone] = [await startSession(person.id), await startSession(person.id)];
    await endSession(laptop);
    expect(await whoIs(person.id, laptop)).toBeNull();
    expect(await whoIs(person.id, phone)).toBe(person.id);
  });

  it("a password change keeps the browser it was made in and ends every other session", async () => {
    const person = await createUser({ password: "the old password" });
    const [here, elsewhere] = [await startSession(person.id), await startSession(person.id)];
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    const changed = await changeOwnPassword(person.id, {
      provenHash: passwordHash!,
      newHash: await hashPassword("the new password"),
      keepSessionId: here,
    });
    expect(changed).toBe(true);
    expect(await whoIs(person.id, here)).toBe(person.id);
    expect(await whoIs(person.id, elsewhere)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "changeOwnPassword", entityId: person.id } });
    expect(audit.after).toEqual({ passwordChanged: true, otherSessionsEnded: 1 });
  });

  it("a password change loses to one made in parallel instead of overwriting it", async () => {
    const person = await createUser();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    const change = async (newPassword: string) =>
      changeOwnPassword(person.id, { provenHash: passwordHash!, newHash: await hashPassword(newPassword), keepSessionId: null });
    const results = await Promise.all([change("first new password"), change("second new password")]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "changeOwnPassword" } })).toBe(1);
  });

  it("sign out everywhere, an admin's password reset and deactivation end every session", async () => {
    const admin = await createUser({ isPlatformAdmin: true });
    const person = await createUser();
    const before = await startSession(person.id);
    await revokeSessions(person.id);
    expect(await whoIs(person.id, before)).toBeNull();

    const afterEverywhere = await startSession(person.id);
    expect(await whoIs(person.id, afterEverywhere)).toBe(person.id);
    await resetUserPassword(admin.id, person.id, "reset by the admin 2026");
    expect(await whoIs(person.id, afterEverywhere)).toBeNull();

    const afterReset = await startSession(person.id);
    expect(await whoIs(person.id, afterReset)).toBe(person.id);
    await deactivateUser(admin.id, person.id, "Left the university.");
    expect(await whoIs(person.id, afterReset)).toBeNull();
  });

  it("refuses a cookie without a session, with an unknown session, or with someone else's session", async () => {
    const [ana, bo] = [await createUser(), await createUser()];
    const anasSession = await startSession(ana.id);
    expect(await whoIs(bo.id, anasSession)).toBeNull();
    expect(await whoIs(ana.id, "no-such-session")).toBeNull();
    cookie.value = { user: { id: ana.id } } as typeof cookie.value; // a cookie from before sessions had rows
    expect(await currentUser()).toBeNull();
  });

  it("ends a session seven days after sign-in however busy it is, and clears dead rows at the next sign-in", async () => {
    const person = await createUser();
    const old = await startSession(person.id);
    await db.userSession.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 7 * 86_400_000 - 1000) } });
    const revoked = await startSession(person.id);
    await endSession(revoked);
    expect(await whoIs(person.id, old)).toBeNull();
    const fresh = await startSession(person.id);
    expect(await db.userSession.findMany({ where: { userId: person.id }, select: { id: true } })).toEqual([{ id: fresh }]);
  });

  it("knows the current session's id, and finds the person and the session in one query", async () => {
    const person = await createUser();
    const session = await startSession(person.id);
    cookie.value = { user: { id: person.id }, sessionId: session };
    expect(await currentSessionId()).toBe(session);
    await currentUser(); // warm the pool

    const queries = await countQueries(async () => {
      expect(await currentUser()).toMatchObject({ id: person.id, email: person.email });
    });
    expect(queries).toBe(1);
  });
});
