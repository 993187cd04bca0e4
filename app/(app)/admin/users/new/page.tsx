import type { Metadata } from "next";
import Link from "next/link";
import { listInstitutionOptions } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/admin/user-form";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.newUser") };
}

export default async function NewUserPage() {
  await requirePlatformAdmin();
  const [institutions, t] = await Promise.all([listInstitutionOptions(), getT("admin")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          {t("users.backToAll")}
        </Link>
      </p>
      <PageHeader
        title={t("users.new.title")}
        description={t.rich("users.new.description", {
          link: (chunks) => (
            <Link href="/admin/institutions/new" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <UserForm institutions={institutions} />
    </>
  );
}
