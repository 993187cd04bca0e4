import "server-only";
import { db } from "@/lib/db";

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, deactivatedAt: true },
  });
}

/** The signed-in person as every page and action sees them, re-read from the database. */
export function findSessionUser(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isPlatformAdmin: true,
      institutionId: true,
      deactivatedAt: true,
      sessionsRevokedAt: true,
      timeZone: true,
    },
  });
}

export async function countRecentFailedSignIns(email: string, ip: string, since: Date) {
  const [forAccount, forAddress] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } }),
  ]);
  return { forAccount, forAddress };
}
