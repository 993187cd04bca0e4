import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listAdviceRevisions } from "@/lib/advice/data";
import { ADVICE_KIND_LABELS, ADVICE_VISIBILITY_LABELS } from "@/lib/advice/labels";
import { PageHeader } from "@/components/ui/page-header";
import { MarkdownView } from "@/components/advice/markdown-view";
import { formatDateTime, formatDay } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";

export const metadata: Metadata = { title: "Advice history" };

const ACTION_LABELS: Record<string, string> = {
  EDITED: "Edited",
  SHARED: "Shared with the partnership",
  DELETED: "Removed",
  RESTORED: "Restored",
};

export default async function AdviceHistoryPage({ params }: { params: Promise<{ programmeId: string; adviceId: string }> }) {
  const { programmeId, adviceId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const reader = await getReader();
  const result = await listAdviceRevisions(actor, programmeId, adviceId);
  if (!result) notFound();
  const { entry, revisions } = result;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programmes/${programmeId}/advice/${entry.id}`} className="text-blue-800 underline">
          ← Back to the entry
        </Link>
      </p>
      <PageHeader
        title={`History: ${entry.summary}`}
        description={`Logged by ${entry.author.name} on ${formatDateTime(entry.createdAt, reader)}. Each change below shows the entry as it was before that change.`}
      />
      {revisions.length === 0 ? (
        <p className="text-sm text-slate-700">This entry has not been changed since it was logged.</p>
      ) : (
        <ol className="space-y-4" aria-label="Changes, newest first">
          {revisions.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2 className="font-semibold text-slate-900">
                {ACTION_LABELS[r.action] ?? r.action} by {r.editedBy.name} on {formatDateTime(r.editedAt, reader)}
              </h2>
              {r.reason && <p className="mt-1 text-sm text-slate-800">Reason: {r.reason}</p>}
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-blue-800">Version {r.revision} (before this change)</summary>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium">Summary</dt>
                  <dd>{r.summary}</dd>
                  <dt className="font-medium">Kind</dt>
                  <dd>{ADVICE_KIND_LABELS[r.kind]}</dd>
                  <dt className="font-medium">Visibility</dt>
                  <dd>{ADVICE_VISIBILITY_LABELS[r.visibility]}</dd>
                  <dt className="font-medium">Given</dt>
                  <dd>
                    {formatDay(r.givenOn)} by {r.givenByName}
                    {r.givenByRole ? ` (${r.givenByRole})` : ""}
                  </dd>
                </dl>
                <div className="mt-2 rounded border border-slate-200 p-3">
                  <MarkdownView source={r.details} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
