import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getInstitutionForAdmin } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { InstitutionForm } from "@/components/admin/institution-form";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.editInstitution") };
}

export default async function EditInstitutionPage({
  params,
  searchParams,
}: {
  params: Promise<{ institutionId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  await requirePlatformAdmin();
  const [{ institutionId }, { created }] = await Promise.all([params, searchParams]);
  const [institution, t] = await Promise.all([getInstitutionForAdmin(institutionId), getT("admin")]);
  if (!institution) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/institutions" className="text-blue-800 underline">
          {t("institutions.backToAll")}
        </Link>
      </p>
      <PageHeader title={institution.name} description={t("institutions.edit.description")} />
      {created && (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t.rich("institutions.edit.created", {
            shortName: institution.shortName,
            link: (chunks) => (
              <Link href="/admin/users/new" className="font-medium underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <InstitutionForm institution={institution} />
    </>
  );
}
