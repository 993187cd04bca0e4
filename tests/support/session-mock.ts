// Stands in for `@/lib/auth/session` in integration tests that call the real server actions:
//   vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
// The signed-in user is re-read from the database on every call, exactly like the real module
// (deactivated accounts count as signed out), so authorization still runs on database state.
import { redirect } from "next/navigation";
import { findSessionUser } from "@/lib/auth/data";
import type { SessionUser } from "@/lib/auth/session";

let signedInUserId: string | null = null;

/** Who the next action calls run as; null = anonymous. */
export function actAs(user: { id: string } | null): void {
  signedInUserId = user?.id ?? null;
}

export async function currentUser(): Promise<SessionUser | null> {
  if (!signedInUserId) return null;
  const user = await findSessionUser(signedInUserId);
  if (!user || user.deactivatedAt) return null;
  return { id: user.id, name: user.name, email: user.email, isPlatformAdmin: user.isPlatformAdmin, institutionId: user.institutionId };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
