import "server-only";
import { db } from "@/lib/db";
import { mayStartProgrammes } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

/** The platform's settings (changed by platform admins on the Admin overview): the stored row, or the defaults. */
export async function readPlatformSettings() {
  const row = await db.platformSettings.findUnique({ where: { id: 1 }, select: { programmeStarters: true } });
  return { programmeStarters: row?.programmeStarters ?? ("CREATORS" as const) };
}

/** Whether this person may start a programme now (the rule: mayStartProgrammes in lib/auth/permissions.ts). */
export async function userMayStartProgrammes(user: SessionUser): Promise<boolean> {
  return mayStartProgrammes(user, (await readPlatformSettings()).programmeStarters);
}
