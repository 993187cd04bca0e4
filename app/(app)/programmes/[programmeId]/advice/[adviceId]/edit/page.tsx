import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getAdviceEntry } from "@/lib/advice/data";
import { editAdviceAction } from "@/lib/advice/actions";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { PageHeader } from "@/components/ui/page-header";
import { AdviceForm } from "@/components/advice/advice-form";
import { refusedUploadMessage } from "@/lib/advice/oversized-post";

export const metadata: Metadata = { title: "Edit advice" };

export default async function EditAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; adviceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId, adviceId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const entry = await getAdviceEntry(actor, programmeId, adviceId);
  if (!entry) notFound();
  const back = `/programmes/${programmeId}/advice/${entry.id}`;
  if (!entry.permissions.edit) {
    return (
      <>
        <PageHeader title="You cannot edit this entry" />
        <div role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {entry.deletedAt
            ? "This entry has been removed. The team leader can restore it; then it can be edited again."
            : `Advice is edited by the institution it came from (${entry.institution?.name ?? ""}) or by the team leader.`}
        </div>
        <p className="mt-4">
          <Link href={back} className="text-blue-800 underline">
            Back to the entry
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Edit advice"
        description={`${entry.institution?.name ?? ""} — ${SERVICE_LABELS[entry.service]}. The current version is kept in the entry's history when you save.`}
      />
      <AdviceForm
        action={editAdviceAction}
        mode="edit"
        hidden={{ adviceId: entry.id, version: String(entry.version) }}
        defaults={{
          givenOn: entry.givenOn.toISOString().slice(0, 10),
          givenByName: entry.givenByName,
          givenByRole: entry.givenByRole,
          summary: entry.summary,
          details: entry.details,
          kind: entry.kind,
        }}
        cancelHref={back}
        refusedUpload={refusedUploadMessage(await searchParams)}
      />
    </>
  );
}
