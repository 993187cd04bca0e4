import type { Metadata } from "next";
import Link from "next/link";
import { listLeaderOptions } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { AdminProgrammeForm } from "@/components/admin/programme-form";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.newProgramme") };
}

export default async function AdminNewProgrammePage() {
  await requirePlatformAdmin();
  const [leaders, t] = await Promise.all([listLeaderOptions(), getT("admin")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/programmes" className="text-blue-800 underline">
          {t("programmes.backToAll")}
        </Link>
      </p>
      <PageHeader title={t("programmes.new.title")} description={t("programmes.new.description")} />
      {leaders.length === 0 ? (
        <EmptyState title={t("programmes.new.nobodyCanLead")}>
          {t.rich("programmes.new.nobodyCanLeadText", {
            link: (chunks) => (
              <Link href="/admin/users/new" className="text-blue-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <AdminProgrammeForm leaders={leaders} />
      )}
    </>
  );
}
