import type { Metadata } from "next";
import Link from "next/link";
import { getAdminOverview } from "@/lib/admin/data";
import { readPlatformSettings } from "@/lib/platform/data";
import { PlatformSettingsForm } from "@/components/admin/platform-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePlatformAdmin } from "@/lib/admin/access";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminOverviewPage() {
  await requirePlatformAdmin();
  const [counts, settings] = await Promise.all([getAdminOverview(), readPlatformSettings()]);
  const cards = [
    {
      href: "/admin/institutions",
      title: "Institutions",
      figure: `${counts.institutions}`,
      text: "Universities that can lead or join a programme. Add them before their people.",
    },
    {
      href: "/admin/users",
      title: "Users",
      figure: `${counts.activeUsers} active`,
      text: `${counts.deactivatedUsers} deactivated · ${counts.admins} platform admin${counts.admins === 1 ? "" : "s"} · ${counts.creators} programme creator${counts.creators === 1 ? "" : "s"}. Create accounts, reset passwords, deactivate people who left.`,
    },
    {
      href: "/admin/programmes",
      title: "Programmes",
      figure: `${counts.programmes}`,
      text: "Every programme on the platform. Set one up for a team leader, or open its People page.",
    },
  ];
  return (
    <>
      <PageHeader
        title="Admin overview"
        description="Manage the institutions and people on Consort. Every change here is recorded in the audit log."
      />
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
          Platform settings
        </h2>
        <p className="mt-1 mb-3 max-w-2xl text-sm text-slate-700">
          Whoever starts a programme becomes its team leader. Platform admins can always start one, and set one up for any team leader under
          Programmes.
        </p>
        <PlatformSettingsForm programmeStarters={settings.programmeStarters} />
      </section>
    </>
  );
}
