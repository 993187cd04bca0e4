import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { InstitutionForm } from "@/components/admin/institution-form";
import { requirePlatformAdmin } from "@/lib/admin/access";

export const metadata: Metadata = { title: "New institution · Admin" };

export default async function NewInstitutionPage() {
  await requirePlatformAdmin();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/institutions" className="text-blue-800 underline">
          ← All institutions
        </Link>
      </p>
      <PageHeader title="New institution" description="Fields marked * are required. Codes are optional but must be unique when given." />
      <InstitutionForm />
    </>
  );
}
