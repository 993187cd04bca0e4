import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { InstitutionForm } from "@/components/admin/institution-form";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.newInstitution") };
}

export default async function NewInstitutionPage() {
  await requirePlatformAdmin();
  const t = await getT("admin");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/institutions" className="text-blue-800 underline">
          {t("institutions.backToAll")}
        </Link>
      </p>
      <PageHeader title={t("institutions.new.title")} description={t("institutions.new.description")} />
      <InstitutionForm />
    </>
  );
}
