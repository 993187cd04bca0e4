import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getReaderZone } from "@/lib/account/data";
import { selectableTimeZones } from "@/lib/domain/dates";
import { PageHeader } from "@/components/ui/page-header";
import { PasswordSection } from "@/components/account/password-form";
import { TimeZoneForm } from "@/components/account/time-zone-form";

export const metadata: Metadata = { title: "Your account" };

/** "Your account": one section per setting a person manages for themselves. */
export default async function AccountPage() {
  const user = await requireUser();
  const zone = await getReaderZone();
  const shownIn =
    zone.source === "setting"
      ? `Times are shown in ${zone.timeZone}, your chosen time zone.`
      : zone.source === "browser"
        ? `Times are shown in ${zone.timeZone}, your browser's time zone.`
        : "Times are shown in UTC until your browser tells Consort its time zone (this needs JavaScript), or you choose one.";
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.name} (${user.email}).`} />
      <div className="space-y-10">
        <PasswordSection email={user.email} />
        <section aria-labelledby="time-zone-heading" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="time-zone-heading" className="text-lg font-semibold text-slate-900">
            Time zone
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">{shownIn}</p>
          <TimeZoneForm current={user.timeZone ?? null} browserZone={zone.browserTimeZone} zones={selectableTimeZones()} />
        </section>
      </div>
    </>
  );
}
