import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import type { Locale } from "@/lib/i18n/locales";

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

/** Sets the language a person reads Consort in (lib/i18n/locales.ts); audited. */
export async function setLocale(userId: string, locale: Locale): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
    if (before.locale === locale) return { changed: false };
    await tx.user.update({ where: { id: userId }, data: { locale } });
    await writeAudit(tx, {
      actorId: userId,
      action: "setLocale",
      entityType: "User",
      entityId: userId,
      before: { locale: before.locale },
      after: { locale },
    });
    return { changed: true };
  });
}
