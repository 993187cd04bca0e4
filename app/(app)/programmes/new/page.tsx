import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listInstitutions } from "@/lib/programmes/data";
import { userMayStartProgrammes } from "@/lib/platform/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateProgrammeForm } from "@/components/programmes/create-programme-form";

export const metadata: Metadata = { title: "New programme" };

export default async function NewProgrammePage() {
  const user = await requireUser();
  if (!(await userMayStartProgrammes(user))) {
    return (
      <>
        <PageHeader title="New programme" />
        <EmptyState title="Only programme creators can start a programme.">
          Whoever starts a programme becomes its team leader. Ask a platform admin to mark you as a programme creator, or to set the
          programme up for you.
        </EmptyState>
      </>
    );
  }
  const institutions = (await listInstitutions()).filter((i) => user.isPlatformAdmin || i.id === user.institutionId);
  return (
    <>
      <PageHeader
        title="New programme"
        description="Start a joint micro-credential programme. The lead institution's six support services are put on the tracker at once; you add the partners next."
      />
      {institutions.length === 0 ? (
        <EmptyState title="Your account is not linked to an institution.">
          Ask a platform administrator to link your account to your institution, or to set the programme up for you.
        </EmptyState>
      ) : (
        <CreateProgrammeForm
          institutions={institutions.map((i) => ({ value: i.id, label: `${i.name} (${i.country})` }))}
          defaultInstitutionId={user.institutionId ?? undefined}
        />
      )}
    </>
  );
}
