import "server-only";
import { notFound } from "next/navigation";
import { requireUser, type SessionUser } from "@/lib/auth/session";

/**
 * For admin pages: the signed-in platform admin, or a 404 (anonymous: the sign-in page). Each page
 * calls it itself: a layout is not re-rendered on client navigation, so its check alone does not
 * protect the page's data.
 */
export async function requirePlatformAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.isPlatformAdmin) notFound();
  return user;
}
