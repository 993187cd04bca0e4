import type { Metadata } from "next";
import Link from "next/link";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";
import { absoluteUrl } from "@/lib/mail/config";
import { listInstitutionsForSso } from "@/lib/sso/data";
import { authIdOf } from "@/lib/sso/providers";
import { PageHeader } from "@/components/ui/page-header";
import { IdentityProviderForm } from "@/components/admin/identity-provider-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("sso");
  return { title: t("new.title") };
}

export default async function NewIdentityProviderPage() {
  await requirePlatformAdmin();
  const [institutions, t] = await Promise.all([listInstitutionsForSso(), getT("sso")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/sign-in" className="text-blue-800 underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <p className="mb-4 max-w-2xl text-sm text-slate-800">
        {t("new.callback")}{" "}
        <code className="font-mono text-xs break-all">{absoluteUrl(`/api/auth/callback/${authIdOf("<short-name>")}`)}</code>
      </p>
      <IdentityProviderForm institutions={institutions} />
    </>
  );
}
