import type { Metadata } from "next";
import Link from "next/link";
import { listLeaderOptions } from "@/lib/admin/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { AdminProgrammeForm } from "@/components/admin/programme-form";
import { requirePlatformAdmin } from "@/lib/admin/access";

export const metadata: Metadata = { title: "New programme · Admin" };

export default async function AdminNewProgrammePage() {
  await requirePlatformAdmin();
  const leaders = await listLeaderOptions();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/programmes" className="text-blue-800 underline">
          ← All programmes
        </Link>
      </p>
      <PageHeader
        title="New programme"
        description="Set up a programme for a team leader. Their home institution leads it and gets its six service engagements; you can then add partners and members on its People page."
      />
      {leaders.length === 0 ? (
        <EmptyState title="Nobody can lead a programme yet.">
          A team leader needs an active account with a home institution.{" "}
          <Link href="/admin/users/new" className="text-blue-800 underline">
            Create a user
          </Link>{" "}
          first.
        </EmptyState>
      ) : (
        <AdminProgrammeForm leaders={leaders} />
      )}
    </>
  );
}
