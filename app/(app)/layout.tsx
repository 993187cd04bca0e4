import Link from "next/link";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { UserMenu } from "@/components/layout/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { TimeZoneCookie } from "@/components/account/time-zone-cookie";
import { getReaderZone, offeredLocales } from "@/lib/account/data";
import { getT, requestLocale } from "@/lib/i18n/server";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [zone, locale, t] = await Promise.all([getReaderZone(), requestLocale(), getT("common")]);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <nav aria-label={t("nav.label")} className="flex items-center gap-5">
            <Link href="/programmes" className="text-lg font-semibold text-blue-900">
              Consort
            </Link>
            <Link href="/programmes" className="text-sm font-medium text-slate-800 hover:text-blue-800">
              {t("nav.myProgrammes")}
            </Link>
            {user.isPlatformAdmin && (
              <Link href="/admin" className="text-sm font-medium text-slate-800 hover:text-blue-800">
                {t("nav.admin")}
              </Link>
            )}
          </nav>
          <div className="flex flex-wrap items-center gap-3">
            <NotificationBell userId={user.id} />
            <UserMenu name={user.name} email={user.email} language={{ current: locale, offered: offeredLocales() }} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
      <TimeZoneCookie renderedIn={zone.timeZone} followsBrowser={zone.source !== "setting"} />
    </div>
  );
}
