// Stands in for `@/lib/auth/session` in integration tests that call the real server actions:
//   vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
// The signed-in user is re-read from the database on every call, exactly like the real module
// (deactivated accounts count as signed out), so authorization still runs on database state.
import { AsyncLocalStorage } from "node:async_hooks";
import { redirect } from "next/navigation";
import { findSessionUser, findSessionWithUser } from "@/lib/auth/data";
import { startSession } from "@/lib/auth/mutations";
import type { SessionUser } from "@/lib/auth/session";

let signedInUserId: string | null = null;
/** Per-call identity, so parallel calls (the concurrency tests) each keep their own user. */
const callScope = new AsyncLocalStorage<{ userId: string | null }>();

/** Who the next action calls run as; null = anonymous. */
export function actAs(user: { id: string } | null): void {
  signedInUserId = user?.id ?? null;
}

/** Runs `work` as `user`, whatever other calls running at the same time do. */
export function runAs<T>(user: { id: string } | null, work: () => T): T {
  return callScope.run({ userId: user?.id ?? null }, work);
}

export async function currentUser(): Promise<SessionUser | null> {
  const scoped = callScope.getStore();
  const userId = scoped ? scoped.userId : signedInUserId;
  if (!userId) return null;
  const user = await findSessionUser(userId);
  if (!user || user.deactivatedAt) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    isPlatformAdmin: user.isPlatformAdmin,
    isProgrammeCreator: user.isProgrammeCreator,
    institutionId: user.institutionId,
    timeZone: user.timeZone,
    locale: user.locale,
  };
}

const sessionOf = new Map<string, string>();

/** The signed-in person's session row, started on first use as a real sign-in would (the live board stream checks it). */
export async function currentSessionId(): Promise<string | null> {
  const scoped = callScope.getStore();
  const userId = scoped ? scoped.userId : signedInUserId;
  if (!userId) return null;
  const known = sessionOf.get(userId);
  if (known && (await findSessionWithUser(known))?.revokedAt === null) return known;
  const started = await startSession(userId);
  sessionOf.set(userId, started);
  return started;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
