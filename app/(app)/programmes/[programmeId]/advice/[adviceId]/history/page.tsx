import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listAdviceRevisions } from "@/lib/advice/data";
import { PageHeader } from "@/components/ui/page-header";
import { MarkdownView } from "@/components/advice/markdown-view";
import { formatDateTime, formatDay } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("advice");
  return { title: t("history.title") };
}

export default async function AdviceHistoryPage({ params }: { params: Promise<{ programmeId: string; adviceId: string }> }) {
  const { programmeId, adviceId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const reader = await getReader();
  const result = await listAdviceRevisions(actor, programmeId, adviceId);
  if (!result) notFound();
  const { entry, revisions } = result;
  const [t, tAdvice] = await Promise.all([getT("advice"), getT("adviceClient")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programmes/${programmeId}/advice/${entry.id}`} className="text-blue-800 underline">
          ← {t("history.backToEntry")}
        </Link>
      </p>
      <PageHeader
        title={t("history.heading", { summary: entry.summary })}
        description={t("history.description", { name: entry.author.name, date: formatDateTime(entry.createdAt, reader) })}
      />
      {revisions.length === 0 ? (
        <p className="text-sm text-slate-700">{t("history.unchanged")}</p>
      ) : (
        <ol className="space-y-4" aria-label={t("history.changes")}>
          {revisions.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2 className="font-semibold text-slate-900">
                {t("history.change", { action: r.action, name: r.editedBy.name, date: formatDateTime(r.editedAt, reader) })}
              </h2>
              {r.reason && <p className="mt-1 text-sm text-slate-800">{t("history.reason", { reason: r.reason })}</p>}
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-blue-800">
                  {t("history.version", { revision: r.revision })}
                </summary>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium">{t("history.summary")}</dt>
                  <dd>{r.summary}</dd>
                  <dt className="font-medium">{t("history.kind")}</dt>
                  <dd>{tAdvice(`kind.${r.kind}`)}</dd>
                  <dt className="font-medium">{t("history.visibility")}</dt>
                  <dd>{tAdvice(`visibility.${r.visibility}`)}</dd>
                  <dt className="font-medium">{t("history.given")}</dt>
                  <dd>
                    {t("history.givenValue", {
                      day: formatDay(r.givenOn, reader),
                      name: r.givenByName,
                      hasRole: r.givenByRole ? "yes" : "no",
                      role: r.givenByRole,
                    })}
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
