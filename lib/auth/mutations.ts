import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { isThrottled, throttleWindowStart } from "./throttle";
import { SESSION_MAX_AGE_DAYS } from "./session-rules";

// Waiting behind other attempts for the same account is the point of the lock: allow for it.

/**
 * Records a password check as failed *before* it runs, unless the account or the address already
 * reached its limit (then null). Counting and recording happen under an advisory lock per account
 * and one per address (always in that order, so two attempts cannot deadlock): 40 parallel guesses
 * are counted one after another, and only the first five get their password checked.
 */
export async function reserveSignInAttempt(email: string, ip: string, now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    // 7311 / 7312: this module's lock classes (the board uses 7301).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7311, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7312, hashtext(${ip}))`;
    const since = throttleWindowStart(now);
    const forAccount = await tx.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } });
    const forAddress = await tx.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } });
    if (isThrottled({ forAccount, forAddress })) return null;
    const attempt = await tx.signInAttempt.create({ data: { email, ip, succeeded: false, at: now }, select: { id: true } });
    return attempt.id;
  });
}

/** The password was right: the reserved attempt no longer counts as a failure. */
export async function markSignInSucceeded(attemptId: string) {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** A new signed-in browser; its id goes into the session cookie. Clears the person's dead sessions. */
export async function startSession(userId: string, ssoProvider: string | null = null): Promise<string> {
  const tooOld = new Date(Date.now() - SESSION_MAX_AGE_DAYS * 86_400_000);
  const [, session] = await db.$transaction([
    db.userSession.deleteMany({ where: { userId, OR: [{ revokedAt: { not: null } }, { createdAt: { lt: tooOld } }] } }),
    db.userSession.create({ data: { userId, ssoProvider }, select: { id: true } }),
  ]);
  return session.id;
}

/** Sign-out: this session's cookie, wherever a copy of it is, stops working. */
export async function endSession(sessionId: string) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** "Sign out everywhere": every session that began before now ends (User.sessionsRevokedAt). */
export async function revokeSessions(userId: string) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionsRevokedAt: new Date() } }),
    db.auditLog.create({ data: { actorId: userId, action: "signOutEverywhere", entityType: "User", entityId: userId } }),
  ]);
}

/**
 * Replaces the person's password if it is still the one they just proved they know (a parallel change
 * wins otherwise: false), and ends every other session, so whoever knew the old password is out.
 * The session the change was made from stays signed in.
 */
export async function changeOwnPassword(userId: string, input: { provenHash: string; newHash: string; keepSessionId: string | null }) {
  return db.$transaction(async (tx) => {
    const changed = await tx.user.updateMany({
      where: { id: userId, passwordHash: input.provenHash, deactivatedAt: null },
      data: { passwordHash: input.newHash },
    });
    if (changed.count === 0) return false;
    const ended = await tx.userSession.updateMany({
      where: { userId, revokedAt: null, ...(input.keepSessionId ? { id: { not: input.keepSessionId } } : {}) },
      data: { revokedAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: userId,
      action: "changeOwnPassword",
      entityType: "User",
      entityId: userId,
      after: { passwordChanged: true, otherSessionsEnded: ended.count },
    });
    return true;
  });
}
