import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, isLocale, PSEUDO_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Where and in which language to write to a person; null for a deactivated or deleted account. */
export async function recipient(userId: string): Promise<{ to: string; userId: string; name: string; locale: Locale } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true, deactivatedAt: true } });
  if (!user || user.deactivatedAt) return null;
  const locale = isLocale(user.locale) && user.locale !== PSEUDO_LOCALE ? user.locale : DEFAULT_LOCALE;
  return { to: user.email, userId, name: user.name, locale };
}
