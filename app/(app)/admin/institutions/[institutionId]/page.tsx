import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getInstitutionForAdmin } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { InstitutionForm } from "@/components/admin/institution-form";
import { requirePlatformAdmin } from "@/lib/admin/access";

export const metadata: Metadata = { title: "Edit institution · Admin" };

export default async function EditInstitutionPage({
  params,
  searchParams,
}: {
  params: Promise<{ institutionId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  await requirePlatformAdmin();
  const [{ institutionId }, { created }] = await Promise.all([params, searchParams]);
  const institution = await getInstitutionForAdmin(institutionId);
  if (!institution) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/institutions" className="text-blue-800 underline">
          ← All institutions
        </Link>
      </p>
      <PageHeader title={institution.name} description="Edit the institution's details. Changes are recorded in the audit log." />
      {created && (
        <p role="status" className="mb-4 max-w-2xl rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          Institution created. You can now create users at {institution.shortName}.{" "}
          <Link href="/admin/users/new" className="font-medium underline">
            Create a user
          </Link>
        </p>
      )}
      <InstitutionForm institution={institution} />
    </>
  );
}
