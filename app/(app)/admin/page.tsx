import type { Metadata } from "next";
import Link from "next/link";
import { getAdminOverview } from "@/lib/admin/data";
import { readPlatformSettings } from "@/lib/platform/data";
import { PlatformSettingsForm } from "@/components/admin/platform-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.overview") };
}

export default async function AdminOverviewPage() {
  await requirePlatformAdmin();
  const [counts, settings, t] = await Promise.all([getAdminOverview(), readPlatformSettings(), getT("admin")]);
  const cards = [
    {
      href: "/admin/institutions",
      title: t("overview.institutions.title"),
      figure: `${counts.institutions}`,
      text: t("overview.institutions.text"),
    },
    {
      href: "/admin/users",
      title: t("overview.users.title"),
      figure: t("overview.users.figure", { count: counts.activeUsers }),
      text: t("overview.users.text", { deactivated: counts.deactivatedUsers, admins: counts.admins, creators: counts.creators }),
    },
    {
      href: "/admin/programmes",
      title: t("overview.programmes.title"),
      figure: `${counts.programmes}`,
      text: t("overview.programmes.text"),
    },
  ];
  return (
    <>
      <PageHeader title={t("overview.title")} description={t("overview.description")} />
      <ul className="grid gap-4 md:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href} className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">
              <Link href={card.href} className="text-blue-900 hover:underline">
                {card.title}
              </Link>
            </h2>
            <p className="mt-1 text-2xl font-semibold text-slate-900">{card.figure}</p>
            <p className="mt-2 text-sm text-slate-700">{card.text}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="platform-settings" className="mt-8">
        <h2 id="platform-settings" className="text-lg font-semibold">
          {t("overview.settings.title")}
        </h2>
        <p className="mt-1 mb-3 max-w-2xl text-sm text-slate-700">{t("overview.settings.text")}</p>
        <PlatformSettingsForm programmeStarters={settings.programmeStarters} />
      </section>
    </>
  );
}
