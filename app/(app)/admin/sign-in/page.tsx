import type { Metadata } from "next";
import Link from "next/link";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";
import { listInstitutionsForSso, listProvidersForAdmin } from "@/lib/sso/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { RequireSsoForm } from "@/components/admin/provider-admin-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("sso");
  return { title: t("list.title") };
}

export default async function AdminSignInPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  await requirePlatformAdmin();
  const [{ deleted }, providers, institutions, t] = await Promise.all([
    searchParams,
    listProvidersForAdmin(),
    listInstitutionsForSso(),
    getT("sso"),
  ]);
  const served = institutions.filter((i) => i.served || i.requireSso);
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <Link href="/admin/sign-in/new" className={buttonClasses("primary")}>
            {t("list.newButton")}
          </Link>
        }
      />
      {deleted && (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("list.deleted", { name: deleted })}
        </p>
      )}
      {providers.length === 0 ? (
        <EmptyState title={t("list.empty")}>
          <Link href="/admin/sign-in/new" className="text-blue-800 underline">
            {t("list.addFirst")}
          </Link>
        </EmptyState>
      ) : (
        <DataTable
          caption={t("list.title")}
          columns={[
            { label: t("list.columns.name") },
            { label: t("list.columns.issuer") },
            { label: t("list.columns.domains") },
            { label: t("list.columns.institutions") },
            { label: t("list.columns.newAccounts") },
          ]}
        >
          {providers.map((p) => (
            <tr key={`${p.source}:${p.slug}`}>
              <td className="px-4 py-2 font-medium">
                {p.id ? (
                  <Link href={`/admin/sign-in/${p.id}`} className="text-blue-800 underline">
                    {p.displayName}
                  </Link>
                ) : (
                  p.displayName
                )}
                {p.source === "environment" && (
                  <span className="block text-xs font-normal text-slate-700">{t("list.fromEnvironment")}</span>
                )}
                {p.secretUnreadable && <span className="block text-xs font-normal text-red-800">{t("list.secretUnreadable")}</span>}
                {p.overridden && <span className="block text-xs font-normal text-amber-900">{t("list.overridden")}</span>}
              </td>
              <td className="px-4 py-2 font-mono text-xs break-all">{p.issuer}</td>
              <td className="px-4 py-2 text-sm">{p.domains.join(", ")}</td>
              <td className="px-4 py-2 text-sm">{p.institutions.join(", ") || "—"}</td>
              <td className="px-4 py-2 text-sm">{p.allowJustInTime ? t("list.justInTimeOn") : t("list.justInTimeOff")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <section aria-labelledby="require-heading" className="mt-8 max-w-3xl">
        <h2 id="require-heading" className="text-lg font-semibold text-slate-900">
          {t("require.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("require.description")}</p>
        {served.length === 0 ? (
          <p className="mt-3 text-sm text-slate-700">{t("require.none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
            {served.map((institution) => (
              <li key={institution.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-medium text-slate-900">{institution.name}</p>
                  <p className="text-sm text-slate-700">{institution.requireSso ? t("require.required") : t("require.passwordsAllowed")}</p>
                </div>
                <RequireSsoForm institutionId={institution.id} name={institution.name} requireSso={institution.requireSso} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
