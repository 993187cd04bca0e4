import type { Metadata } from "next";
import Link from "next/link";
import { listInstitutionOptions } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/admin/user-form";
import { requirePlatformAdmin } from "@/lib/admin/access";

export const metadata: Metadata = { title: "New user · Admin" };

export default async function NewUserPage() {
  await requirePlatformAdmin();
  const institutions = await listInstitutionOptions();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users" className="text-blue-800 underline">
          ← All users
        </Link>
      </p>
      <PageHeader
        title="New user"
        description={
          <>
            Fields marked * are required. Is the institution missing?{" "}
            <Link href="/admin/institutions/new" className="text-blue-800 underline">
              Create it first
            </Link>
            .
          </>
        }
      />
      <UserForm institutions={institutions} />
    </>
  );
}
