import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";
import { absoluteUrl } from "@/lib/mail/config";
import { getProviderForAdmin, listInstitutionsForSso } from "@/lib/sso/data";
import { authIdOf } from "@/lib/sso/providers";
import { PageHeader } from "@/components/ui/page-header";
import { IdentityProviderForm } from "@/components/admin/identity-provider-form";
import { DeleteProviderForm } from "@/components/admin/provider-admin-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("sso");
  return { title: t("edit.title") };
}

export default async function EditIdentityProviderPage({
  params,
  searchParams,
}: {
  params: Promise<{ providerId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  await requirePlatformAdmin();
  const [{ providerId }, { created }] = await Promise.all([params, searchParams]);
  const [provider, institutions, t] = await Promise.all([getProviderForAdmin(providerId), listInstitutionsForSso(), getT("sso")]);
  if (!provider) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/sign-in" className="text-blue-800 underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader
        title={provider.displayName}
        description={t("edit.description")}
        actions={<DeleteProviderForm providerId={provider.id} displayName={provider.displayName} />}
      />
      {created && (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("edit.created")}
        </p>
      )}
      {provider.secretUnreadable && (
        <p role="alert" className="mb-4 max-w-2xl rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t("edit.secretUnreadable")}
        </p>
      )}
      <p className="mb-4 max-w-2xl text-sm text-slate-800">
        {t("edit.callback")}{" "}
        <code className="font-mono text-xs break-all">{absoluteUrl(`/api/auth/callback/${authIdOf(provider.slug)}`)}</code>
      </p>
      <IdentityProviderForm provider={provider} institutions={institutions} />
    </>
  );
}
