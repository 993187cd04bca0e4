import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { RaisedObstacles } from "@/components/obstacles/raised-obstacles";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getAdviceEntry } from "@/lib/advice/data";
import { sizeValues } from "@/lib/advice/file-types";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { MarkdownView } from "@/components/advice/markdown-view";
import { KindBadge, VisibilityBadge } from "@/components/advice/advice-badges";
import { formatDateTime, formatDay, formatMomentDay } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { AdviceEntryActions, RemoveAttachmentButton } from "@/components/advice/advice-entry-actions";
import { AdviceReceivedOffer } from "@/components/advice/advice-received-offer";
import { mentionedNames } from "@/lib/notifications/mentions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("advice");
  return { title: t("entry.title") };
}

export default async function AdviceEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; adviceId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { programmeId, adviceId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const reader = await getReader();
  const entry = await getAdviceEntry(actor, programmeId, adviceId);
  if (!entry) notFound();
  const flags = await searchParams;
  const base = `/programmes/${programmeId}/advice`;
  const institutionName = entry.institution?.name ?? "";
  const [t, tFiles, tDomain, tNotifications] = await Promise.all([
    getT("advice"),
    getT("adviceClient"),
    getT("domain"),
    getT("notifications"),
  ]);
  // Mentioned people who are not members were not notified: the save says so (lib/advice/actions.ts).
  const unnotified = (flags.logged || flags.saved) && flags.unnotified ? mentionedNames(entry.details, flags.unnotified.split(",")) : [];
  const followUpIssue = entry.boardIssues[0];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={base} className="text-blue-800 underline">
          ← {t("entry.allAdvice")}
        </Link>
      </p>
      {flags.logged && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("entry.logged", {
            visibility: entry.visibility === "INSTITUTION_DRAFT" ? "draft" : "shared",
            followUp: followUpIssue ? "raised" : entry.followUpNeeded ? "onShare" : "none",
            number: followUpIssue?.number ?? 0,
          })}
        </p>
      )}
      {flags.saved && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("entry.saved")}
        </p>
      )}
      {unnotified.length > 0 && (
        <p role="status" className="mb-4 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {tNotifications("mentions.notNotified", { names: unnotified.join(", ") })}
        </p>
      )}
      {flags.unchanged && (
        <p role="status" className="mb-4 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 text-sm text-slate-900">
          {t("entry.unchanged")}
        </p>
      )}
      {entry.deletedAt && (
        <div role="note" className="mb-4 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {t("entry.removedNote", {
            date: formatDateTime(entry.deletedAt, reader),
            name: entry.deletedBy?.name ?? t("entry.someone"),
            reason: entry.deleteReason ?? "",
          })}
        </div>
      )}
      {entry.permissions.moveEngagement && (
        <div className="mb-4 empty:hidden">
          <AdviceReceivedOffer
            engagementId={entry.engagementId}
            stageLabel={tDomain(`stage.${entry.engagement.stage}`)}
            first={!!flags.logged}
            offered={entry.offerAdviceReceived}
          />
        </div>
      )}
      <PageHeader
        title={entry.summary}
        description={
          <>
            <Link href={`/programmes/${programmeId}/services/${entry.engagementId}`} className="text-blue-800 underline">
              {institutionName} — {tDomain(`service.${entry.service}`)}
            </Link>
          </>
        }
        actions={
          <>
            {entry.permissions.edit && (
              <Link href={`${base}/${entry.id}/edit`} className={buttonClasses("secondary")}>
                {t("entry.edit")}
              </Link>
            )}
            <Link href={`${base}/${entry.id}/history`} className={buttonClasses("ghost")}>
              {t("entry.history", { count: entry._count.revisions })}
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <article className="space-y-4 lg:col-span-2">
          <div className="flex flex-wrap gap-2">
            <KindBadge kind={entry.kind} />
            <VisibilityBadge visibility={entry.visibility} />
            {entry.followUpNeeded && (
              <span className="rounded-full border border-slate-400 px-2 py-0.5 text-xs font-medium text-slate-800">
                {t("entry.followUpNeeded")}
              </span>
            )}
          </div>
          <section aria-labelledby="details-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="details-heading" className="mb-2 text-sm font-semibold text-slate-800">
              {t("entry.details")}
            </h2>
            <MarkdownView source={entry.details} />
          </section>
          <section aria-labelledby="attachments-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="attachments-heading" className="mb-2 text-sm font-semibold text-slate-800">
              {t("entry.attachments")}
            </h2>
            {entry.attachments.length === 0 ? (
              <p className="text-sm text-slate-700">{t("entry.noAttachments")}</p>
            ) : (
              <ul className="divide-y divide-slate-200">
                {entry.attachments.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <a href={`${base}/attachments/${a.id}`} className="font-medium text-blue-800 underline" download={a.fileName}>
                        {a.fileName}
                      </a>{" "}
                      <span className="text-slate-700">
                        {t("entry.attachmentMeta", {
                          size: tFiles("files.size", sizeValues(a.size)),
                          date: formatMomentDay(a.createdAt, reader),
                        })}
                      </span>
                      <span className="block font-mono text-xs break-all text-slate-600" title={t("entry.checksumTitle")}>
                        {t("entry.checksum", { sha256: a.sha256 })}
                      </span>
                    </span>
                    {entry.permissions.edit && <RemoveAttachmentButton attachmentId={a.id} fileName={a.fileName} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
        <aside className="space-y-4">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm">
            <dt className="font-medium text-slate-800">{t("entry.givenOn")}</dt>
            <dd>{formatDay(entry.givenOn, reader)}</dd>
            <dt className="font-medium text-slate-800">{t("entry.givenBy")}</dt>
            <dd>
              {entry.givenByName}
              {entry.givenByRole ? <span className="block text-slate-700">{entry.givenByRole}</span> : null}
            </dd>
            <dt className="font-medium text-slate-800">{t("entry.loggedBy")}</dt>
            <dd>
              {t("entry.loggedByName", { name: entry.author.name, asLeader: entry.loggedAsTeamLeader ? "yes" : "no" })}
              <span className="block text-slate-700">{formatDateTime(entry.createdAt, reader)}</span>
            </dd>
            {entry.followUpNeeded && (
              <>
                <dt className="font-medium text-slate-800">{t("entry.followUp")}</dt>
                <dd>
                  {entry.followUpNote}
                  {entry.boardIssues.length === 0 && entry.visibility === "INSTITUTION_DRAFT" && (
                    <span className="block text-slate-700">{t("entry.issueOnShare")}</span>
                  )}
                  {entry.boardIssues.map((issue) => (
                    <Link
                      key={issue.id}
                      href={`/programmes/${programmeId}/board/${issue.number}`}
                      className="block text-blue-800 underline"
                    >
                      {t("entry.boardIssue", { number: issue.number, title: issue.title })}
                    </Link>
                  ))}
                </dd>
              </>
            )}
          </dl>
          <AdviceEntryActions adviceId={entry.id} version={entry.version} can={entry.permissions} />
          <RaisedObstacles
            programmeId={programmeId}
            from={{ adviceId: entry.id }}
            raiseHref={
              !entry.deletedAt && can(actor, "obstacle.edit", { institutionId: entry.institutionId, service: "LEGAL" })
                ? `/programmes/${programmeId}/obstacles/new?advice=${entry.id}`
                : null
            }
          />
        </aside>
      </div>
    </>
  );
}
