import "server-only";
import { db } from "@/lib/db";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      deactivatedAt: true,
      isPlatformAdmin: true,
      institution: { select: { requireSso: true } },
    },
  });
}

const SESSION_USER_FIELDS = {
  id: true,
  name: true,
  email: true,
  isPlatformAdmin: true,
  isProgrammeCreator: true,
  institutionId: true,
  deactivatedAt: true,
  sessionsRevokedAt: true,
  timeZone: true,
  locale: true,
} as const;

/** The signed-in person as every page and action sees them, re-read from the database. */
export function findSessionUser(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: SESSION_USER_FIELDS });
}

/**
 * A session with its person, in one query (a primary-key lookup joined to User): every page and
 * action runs it, so revocation costs no extra round trip.
 */
export function findSessionWithUser(sessionId: string) {
  return db.userSession.findUnique({
    where: { id: sessionId },
    select: { createdAt: true, revokedAt: true, user: { select: SESSION_USER_FIELDS } },
  });
}

/** For the password change: the hash the person must prove they know. */
export function findPasswordHash(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true, deactivatedAt: true } });
}
