import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { findSessionWithUser } from "./data";
import { isSessionLive } from "./session-rules";
import { REQUESTED_PATH_HEADER, signInPathFor } from "./redirect";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  /** Marked by a platform admin as someone who may start programmes. */
  isProgrammeCreator: boolean;
  institutionId: string | null;
  /** The zone the person reads times in (IANA name); null or absent: their browser's. */
  timeZone?: string | null;
  /** The language they chose (lib/i18n/locales.ts); null or absent: their browser's. */
  locale?: string | null;
};

/**
 * The signed-in, active user and the id of their session, or null. The cookie only names a session
 * row; sign-out, a password change, "sign out everywhere" and deactivation end it at once. One query
 * per request (session joined to its user), memoised per request (React `cache`).
 */
const currentSession = cache(async function currentSession(): Promise<{ user: SessionUser; sessionId: string } | null> {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = (session as { sessionId?: unknown } | null)?.sessionId;
  if (!userId || typeof sessionId !== "string") return null;
  const row = await findSessionWithUser(sessionId);
  if (!row || row.user.id !== userId || !isSessionLive(row, row.user)) return null;
  const { id, name, email, isPlatformAdmin, isProgrammeCreator, institutionId, timeZone, locale } = row.user;
  return { user: { id, name, email, isPlatformAdmin, isProgrammeCreator, institutionId, timeZone, locale }, sessionId };
});

export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession())?.user ?? null;
}

/** The session this request runs in (to keep it when ending the person's other sessions). */
export async function currentSessionId(): Promise<string | null> {
  return (await currentSession())?.sessionId ?? null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPathFor(await requestedPath()));
  return user;
}

/** The address this request asked for (proxy.ts), or null outside a request. */
async function requestedPath(): Promise<string | null> {
  try {
    return (await headers()).get(REQUESTED_PATH_HEADER);
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}
