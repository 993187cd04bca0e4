import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";

/** Sets (or clears: null = the browser's) the zone a person reads times in; audited. */
export async function setTimeZone(userId: string, timeZone: string | null): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
    if (before.timeZone === timeZone) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { timeZone } });
    await writeAudit(tx, {
      actorId: userId,
      action: "setTimeZone",
      entityType: "User",
      entityId: userId,
      before: { timeZone: before.timeZone },
      after: { timeZone },
    });
    return { changed: true };
  });
}
