import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatDay } from "@/lib/domain/dates";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getEngagementDetail } from "@/lib/engagements/data";
import { daysBetween } from "@/lib/engagements/next-steps";
import { allowedMoves, rolesForEngagement } from "@/lib/engagements/transitions";
import { getReader } from "@/lib/account/data";
import { getSay, getT } from "@/lib/i18n/server";
import { StageBadge } from "@/components/engagements/stage-badge";
import { StageMoves } from "@/components/engagements/stage-moves";
import { EngagementDetailsForm } from "@/components/engagements/engagement-details-form";
import { HistoryTimeline } from "@/components/engagements/history-timeline";
import { EngagementAdviceSection } from "@/components/engagements/engagement-advice-section";
import { EngagementIssuesSection } from "@/components/engagements/engagement-issues-section";
import { getEngagementWatch } from "@/lib/notifications/data";
import { WatchToggle } from "@/components/notifications/watch-toggle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("engagements");
  return { title: t("detail.pageTitle") };
}

export default async function EngagementPage({ params }: { params: Promise<{ programmeId: string; engagementId: string }> }) {
  const { programmeId, engagementId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId);
  const [e, watch] = await Promise.all([
    getEngagementDetail(programmeId, engagementId),
    getEngagementWatch(user.id, programmeId, engagementId),
  ]);
  if (!e) notFound();
  const [t, tDomain, say, reader] = await Promise.all([getT("engagements"), getT("domain"), getSay(), getReader()]);
  const target = { institutionId: e.institutionId, service: e.service };
  const moves = e.archived ? [] : allowedMoves(e.stage, e.blockedFromStage, rolesForEngagement(actor, target));
  const mayEdit = !e.archived && can(actor, "engagement.edit", target);
  const owner = e.owner?.name;
  const due = e.dueDate?.toISOString().slice(0, 10);
  const idleDays = daysBetween(e.lastActivityAt, new Date());
  const dueText = e.dueDate ? formatDay(e.dueDate, reader) : undefined;
  const title = `${e.institution.shortName} · ${tDomain(`service.${e.service}`)}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programmes/${programmeId}/services`} className="text-blue-900 underline">
          ← {t("detail.back")}
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
          <p className="mt-1 text-sm text-slate-700">
            {e.institution.name} ({e.isLead ? t("detail.leadInstitution") : e.institution.country}) —{" "}
            {tDomain(`serviceDescription.${e.service}`)}
          </p>
        </div>
        <div className="max-w-xs">
          <WatchToggle target={{ engagementId: e.id }} state={watch} />
        </div>
      </div>
      {e.archived && (
        <p role="note" className="mb-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("detail.archivedNote")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <section aria-labelledby="stage-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="stage-heading" className="text-lg font-semibold">
              {t("detail.stage")}
            </h2>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <StageBadge stage={e.stage} className="text-sm" />
              {e.stage === "BLOCKED" && e.blockedFromStage && (
                <span className="text-slate-800">{t("detail.blockedWhile", { stage: tDomain(`stage.${e.blockedFromStage}`) })}</span>
              )}
              <span className="text-slate-700">· {t("detail.lastActivity", { days: idleDays })}</span>
            </p>
            {e.stageReason && (e.stage === "BLOCKED" || e.stage === "NOT_APPLICABLE") && (
              <p className="mt-2 text-sm text-slate-900">
                <strong>{t("detail.reason")}</strong> {e.stageReason}
              </p>
            )}
            <div className="mt-4">
              {moves.length > 0 ? (
                <StageMoves
                  engagementId={e.id}
                  stage={e.stage}
                  version={e.version}
                  adviceLogged={e.adviceLogged}
                  moves={moves.map((m) => ({ to: m.to, label: say(m.label), needsReason: m.needsReason, kind: m.kind }))}
                />
              ) : (
                <p className="text-sm text-slate-700">
                  {e.archived
                    ? t("detail.noMovesArchived")
                    : can(actor, "engagement.move", target)
                      ? t("detail.noMovesAvailable")
                      : t("detail.noMovesNotAllowed")}
                </p>
              )}
            </div>
          </section>
          <EngagementAdviceSection programmeId={programmeId} engagementId={e.id} />
          <EngagementIssuesSection programmeId={programmeId} engagementId={e.id} />
          <section aria-labelledby="history-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="history-heading" className="mb-3 text-lg font-semibold">
              {t("detail.history")}
            </h2>
            <HistoryTimeline events={e.events} />
          </section>
        </div>
        <section aria-labelledby="details-heading" className="h-fit rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            {t("detail.contactAndFollowUp")}
          </h2>
          {mayEdit ? (
            <EngagementDetailsForm
              engagementId={e.id}
              version={e.version}
              ownerOptions={e.ownerOptions}
              values={{
                contactName: e.contactName ?? "",
                contactRole: e.contactRole ?? "",
                contactEmail: e.contactEmail ?? "",
                ownerId: e.ownerId ?? "",
                dueDate: due ?? "",
                note: e.note ?? "",
              }}
            />
          ) : (
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="font-medium text-slate-800">{t("detail.contactPerson")}</dt>
                <dd>{e.contactName ? `${e.contactName}${e.contactRole ? `, ${e.contactRole}` : ""}` : t("detail.notRecorded")}</dd>
                {e.contactEmail && (
                  <dd>
                    <a className="text-blue-900 underline" href={`mailto:${e.contactEmail}`}>
                      {e.contactEmail}
                    </a>
                  </dd>
                )}
              </div>
              <div>
                <dt className="font-medium text-slate-800">{t("detail.owner")}</dt>
                <dd>{owner ?? t("detail.nobodyYet")}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-800">{t("detail.dueDate")}</dt>
                <dd>{dueText ?? t("detail.none")}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-800">{t("detail.note")}</dt>
                <dd className="whitespace-pre-line">{e.note ?? "—"}</dd>
              </div>
            </dl>
          )}
        </section>
      </div>
    </>
  );
}
