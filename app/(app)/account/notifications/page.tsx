import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getNotificationSettings } from "@/lib/notifications/data";
import { DIGEST_HOURS } from "@/lib/notifications/inbox/schema";
import { getT, requestFormattingLocale } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("inbox");
  return { title: t("settings.title") };
}

/** "08:00" as the reader writes an hour of the day (the zone is named beside it, not in it). */
function hourLabels(locale: string) {
  const format = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return DIGEST_HOURS.map((hour) => ({ value: String(hour), label: format.format(Date.UTC(2000, 0, 1, hour)) }));
}

/**
 * "Your account" → Notifications: how each kind reaches the person, and when the daily digest goes
 * out. The digest hour is in the person's chosen time zone (UTC without one: a browser's zone is not
 * known when the digest is sent), and the page says which.
 */
export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const [settings, t, locale] = await Promise.all([getNotificationSettings(user.id), getT("inbox"), requestFormattingLocale()]);
  const zoneNote = (
    <>
      {settings.timeZone ? t("settings.zoneChosen", { zone: settings.timeZone }) : t("settings.zoneNone")}{" "}
      <Link href="/account" className="text-blue-800 underline">
        {t("settings.zoneLink")}
      </Link>
    </>
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/account" className="text-blue-800 underline">
          {t("settings.back")}
        </Link>
      </p>
      <PageHeader
        title={t("settings.title")}
        description={t("settings.description")}
        actions={
          <Link href="/notifications" className="text-sm font-medium text-blue-800 underline">
            {t("settings.inboxLink")}
          </Link>
        }
      />
      <NotificationSettingsForm
        kinds={settings.deliveries.map(({ kind, delivery }) => ({
          kind,
          delivery,
          label: t(`kinds.${kind}.label`),
          description: t(`kinds.${kind}.description`),
        }))}
        digestHour={settings.digestHour}
        hours={hourLabels(locale)}
        zoneNote={zoneNote}
      />
    </>
  );
}
