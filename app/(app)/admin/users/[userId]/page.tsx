import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUserForAdmin, listInstitutionOptions } from "@/lib/admin/data";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/admin/user-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { UserStatusPanel } from "@/components/admin/user-status-panel";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getReader } from "@/lib/account/data";

export const metadata: Metadata = { title: "Edit user · Admin" };

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const [{ userId }, { created }, me] = await Promise.all([params, searchParams, requirePlatformAdmin()]);
  const [user, institutions] = await Promise.all([getUserForAdmin(userId), listInstitutionOptions()]);
  if (!user) notFound();
  const isSelf = user.id === me.id;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          ← All users
        </Link>
      </p>
      <PageHeader
        title={user.name}
        description={`${user.email}${user.deactivatedAt ? " · deactivated" : ""}${isSelf ? " · this is you" : ""}`}
      />
      {created && (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          User created. They can sign in with their email and the initial password you set.
        </p>
      )}
      <div className="space-y-8">
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            Details
          </h2>
          <UserForm user={user} institutions={institutions} isSelf={isSelf} />
        </section>
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-3 text-lg font-semibold">
            Account status
          </h2>
          <UserStatusPanel
            userId={user.id}
            name={user.name}
            isSelf={isSelf}
            deactivatedAt={user.deactivatedAt?.toISOString() ?? null}
            reader={await getReader()}
            deactivation={user.deactivation}
          />
        </section>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading" className="mb-3 text-lg font-semibold">
            {user.hasPassword ? "Reset password" : "Set a password"}
          </h2>
          {!user.hasPassword && (
            <p className="mb-3 max-w-2xl text-sm text-slate-800">
              This account has no password yet (it was created when a team leader added the person to a programme), so they cannot sign in
              until one is set.
            </p>
          )}
          <ResetPasswordForm userId={user.id} />
        </section>
        <section aria-labelledby="programmes-heading">
          <h2 id="programmes-heading" className="mb-3 text-lg font-semibold">
            Programmes
          </h2>
          {user.memberships.length === 0 ? (
            <p className="text-sm text-slate-700">
              Not a member of any programme. A team leader adds people on their programme&apos;s People page.
            </p>
          ) : (
            <ul className="max-w-2xl divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white text-sm">
              {user.memberships.map((m) => (
                <li key={m.id} className="px-4 py-2">
                  <Link href={`/programmes/${m.programme.id}/people`} className="font-medium text-blue-800 underline">
                    {m.programme.title}
                  </Link>{" "}
                  — {ROLE_LABELS[m.role]} for {m.institution.shortName}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
