import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { findSessionUser } from "./data";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
  institutionId: string | null;
  /** The zone the person reads times in (IANA name); null or absent: their browser's. */
  timeZone?: string | null;
};

/**
 * The signed-in, active user, or null. Deactivation and "sign out everywhere" take effect at once.
 * Memoised per request (React `cache`): layouts and the page ask for it without extra queries.
 */
export const currentUser = cache(async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await findSessionUser(userId);
  if (!user || user.deactivatedAt) return null;
  const signedInAt = (session as { signedInAt?: number }).signedInAt ?? 0;
  if (user.sessionsRevokedAt && signedInAt < user.sessionsRevokedAt.getTime()) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    isPlatformAdmin: user.isPlatformAdmin,
    institutionId: user.institutionId,
    timeZone: user.timeZone,
  };
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
