// How long a sign-in lasts. The cookie expires after SESSION_IDLE_HOURS without use (each use can
// extend it); the session row behind it never outlives SESSION_MAX_AGE_DAYS, however busy it is.
export const SESSION_IDLE_HOURS = 8;
export const SESSION_MAX_AGE_DAYS = 7;

/** Whether a session row still lets its cookie in. */
export function isSessionLive(
  session: { createdAt: Date; revokedAt: Date | null },
  user: { deactivatedAt: Date | null; sessionsRevokedAt: Date | null },
  now = new Date(),
): boolean {
  if (session.revokedAt || user.deactivatedAt) return false;
  if (user.sessionsRevokedAt && session.createdAt < user.sessionsRevokedAt) return false;
  return now.getTime() - session.createdAt.getTime() < SESSION_MAX_AGE_DAYS * 86_400_000;
}
