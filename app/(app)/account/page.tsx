import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getReaderZone } from "@/lib/account/data";
import { selectableTimeZones } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { PasswordSection } from "@/components/account/password-form";
import { TimeZoneForm } from "@/components/account/time-zone-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("account");
  return { title: t("page.title") };
}

/** "Your account": one section per setting a person manages for themselves. */
export default async function AccountPage() {
  const user = await requireUser();
  const [zone, t, tInbox] = await Promise.all([getReaderZone(), getT("account"), getT("inbox")]);
  const shownIn =
    zone.source === "setting"
      ? t("page.shownInSetting", { zone: zone.timeZone })
      : zone.source === "browser"
        ? t("page.shownInBrowser", { zone: zone.timeZone })
        : t("page.shownInUtc");
  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.signedInAs", { name: user.name, email: user.email })} />
      <div className="space-y-10">
        <PasswordSection email={user.email} />
        <section aria-labelledby="time-zone-heading" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="time-zone-heading" className="text-lg font-semibold text-slate-900">
            {t("page.timeZoneHeading")}
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">{shownIn}</p>
          <TimeZoneForm current={user.timeZone ?? null} browserZone={zone.browserTimeZone} zones={selectableTimeZones()} />
        </section>
        <section aria-labelledby="notifications-heading" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900">
            {tInbox("account.heading")}
          </h2>
          <p className="mt-1 mb-3 text-sm text-slate-700">{tInbox("account.intro")}</p>
          <Link href="/account/notifications" className="text-sm font-medium text-blue-800 underline">
            {tInbox("account.link")}
          </Link>
        </section>
      </div>
    </>
  );
}
