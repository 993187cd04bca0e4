import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUserForAdmin, listInstitutionOptions } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/admin/user-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UserStatusPanel } from "@/components/admin/user-status-panel";
import { AccountInvitationPanel } from "@/components/accounts/account-invitation-panel";
import { getAccountInvitationStatus } from "@/lib/accounts/data";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getReader } from "@/lib/account/data";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.editUser") };
}

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ userId }, { created }, me] = await Promise.all([params, searchParams, requirePlatformAdmin()]);
  const [user, institutions, t, tDomain, tInvitations, reader, invitation] = await Promise.all([
    getUserForAdmin(userId),
    listInstitutionOptions(),
    getT("admin"),
    getT("domain"),
    getT("invitations"),
    getReader(),
    getAccountInvitationStatus(userId),
  ]);
  if (!user) notFound();
  const isSelf = user.id === me.id;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          {t("users.backToAll")}
        </Link>
      </p>
      <PageHeader
        title={user.name}
        description={[user.email, user.deactivatedAt && t("users.edit.deactivated"), isSelf && t("users.edit.thisIsYou")]
          .filter(Boolean)
          .join(" · ")}
      />
      {created && (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {created === "invited" ? tInvitations("admin.createdInvited") : t("users.edit.created")}
        </p>
      )}
      <div className="space-y-8">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            {t("users.edit.details")}
          </h2>
          <UserForm user={user} institutions={institutions} isSelf={isSelf} />
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-3 text-lg font-semibold">
            {t("users.edit.accountStatus")}
          </h2>
          <UserStatusPanel
            userId={user.id}
            name={user.name}
            isSelf={isSelf}
            deactivatedAt={user.deactivatedAt?.toISOString() ?? null}
            reader={reader}
            deactivation={user.deactivation}
          />
        </section>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">
            {user.hasPassword ? t("users.edit.resetPassword") : t("users.edit.setPassword")}
          </h2>
          {invitation && <AccountInvitationPanel userId={user.id} status={invitation} reader={reader} />}
          <ResetPasswordForm userId={user.id} />
        </section>
        <section aria-labelledby="programmes-heading">
          <h2 id="programmes-heading" className="mb-3 text-lg font-semibold">
            {t("users.edit.programmes")}
          </h2>
          {user.memberships.length === 0 ? (
            <p className="text-sm text-slate-700">{t("users.edit.noMemberships")}</p>
          ) : (
            <ul className="max-w-2xl divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white text-sm">
              {user.memberships.map((m) => (
                <li key={m.id} className="px-4 py-2">
                  <Link href={`/programmes/${m.programme.id}/people`} className="font-medium text-blue-800 underline">
                    {m.programme.title}
                  </Link>{" "}
                  — {t("users.edit.membership", { role: tDomain(`role.${m.role}`), institution: m.institution.shortName })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
