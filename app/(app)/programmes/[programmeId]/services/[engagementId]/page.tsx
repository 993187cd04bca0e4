import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatDay } from "@/lib/domain/dates";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getEngagementDetail } from "@/lib/engagements/data";
import { daysBetween } from "@/lib/engagements/next-steps";
import { allowedMoves, rolesForEngagement, STAGE_LABELS } from "@/lib/engagements/transitions";
import { SERVICE_DESCRIPTIONS, SERVICE_LABELS } from "@/lib/domain/services";
import { StageBadge } from "@/components/engagements/stage-badge";
import { StageMoves } from "@/components/engagements/stage-moves";
import { EngagementDetailsForm } from "@/components/engagements/engagement-details-form";
import { HistoryTimeline } from "@/components/engagements/history-timeline";
import { EngagementAdviceSection } from "@/components/engagements/engagement-advice-section";
import { EngagementIssuesSection } from "@/components/engagements/engagement-issues-section";

export const metadata: Metadata = { title: "Engagement" };

export default async function EngagementPage({ params }: { params: Promise<{ programmeId: string; engagementId: string }> }) {
  const { programmeId, engagementId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const e = await getEngagementDetail(programmeId, engagementId);
  if (!e) notFound();
  const target = { institutionId: e.institutionId, service: e.service };
  const moves = e.archived ? [] : allowedMoves(e.stage, e.blockedFromStage, rolesForEngagement(actor, target));
  const mayEdit = !e.archived && can(actor, "engagement.edit", target);
  const owner = e.owner?.name;
  const due = e.dueDate?.toISOString().slice(0, 10);
  const idleDays = daysBetween(e.lastActivityAt, new Date());
  const dueText = e.dueDate ? formatDay(e.dueDate) : undefined;
  const title = `${e.institution.shortName} · ${SERVICE_LABELS[e.service]}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programmes/${programmeId}/services`} className="text-blue-900 underline">
          ← Back to the tracker
        </Link>
      </p>
      <div className="mb-4">
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {e.institution.name} ({e.isLead ? "lead institution" : e.institution.country}) — {SERVICE_DESCRIPTIONS[e.service]}
        </p>
      </div>
      {e.archived && (
        <p role="note" className="mb-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          This institution has been removed from the programme. Its engagements and history are kept read-only; the team leader can restore
          it in Settings.
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <section aria-labelledby="stage-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="stage-heading" className="text-lg font-semibold">
              Stage
            </h2>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <StageBadge stage={e.stage} className="text-sm" />
              {e.stage === "BLOCKED" && e.blockedFromStage && (
                <span className="text-slate-800">(blocked while {STAGE_LABELS[e.blockedFromStage]})</span>
              )}
              <span className="text-slate-700">
                · last activity {idleDays === 0 ? "today" : `${idleDays} ${idleDays === 1 ? "day" : "days"} ago`}
              </span>
            </p>
            {e.stageReason && (e.stage === "BLOCKED" || e.stage === "NOT_APPLICABLE") && (
              <p className="mt-2 text-sm text-slate-900">
                <strong>Reason:</strong> {e.stageReason}
              </p>
            )}
            <div className="mt-4">
              {moves.length > 0 ? (
                <StageMoves
                  engagementId={e.id}
                  stage={e.stage}
                  version={e.version}
                  adviceLogged={e.adviceLogged}
                  moves={moves.map((m) => ({ to: m.to, label: m.label, needsReason: m.needsReason, kind: m.kind }))}
                />
              ) : (
                <p className="text-sm text-slate-700">
                  {e.archived
                    ? "No moves: this engagement is read-only."
                    : can(actor, "engagement.move", target)
                      ? "No further moves are available to you from this stage. The team leader can reopen it."
                      : "Only this institution's programme-team member, its task-force representative for this service, or the team leader can move this engagement."}
                </p>
              )}
            </div>
          </section>
          <EngagementAdviceSection programmeId={programmeId} engagementId={e.id} />
          <EngagementIssuesSection programmeId={programmeId} engagementId={e.id} />
          <section aria-labelledby="history-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="history-heading" className="mb-3 text-lg font-semibold">
              History
            </h2>
            <HistoryTimeline events={e.events} />
          </section>
        </div>
        <section aria-labelledby="details-heading" className="h-fit rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="details-heading" className="mb-3 text-lg font-semibold">
            Contact and follow-up
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
                <dt className="font-medium text-slate-800">Contact person</dt>
                <dd>{e.contactName ? `${e.contactName}${e.contactRole ? `, ${e.contactRole}` : ""}` : "Not recorded yet"}</dd>
                {e.contactEmail && (
                  <dd>
                    <a className="text-blue-900 underline" href={`mailto:${e.contactEmail}`}>
                      {e.contactEmail}
                    </a>
                  </dd>
                )}
              </div>
              <div>
                <dt className="font-medium text-slate-800">Owner</dt>
                <dd>{owner ?? "Nobody yet"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-800">Due date</dt>
                <dd>{dueText ?? "None"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-800">Note</dt>
                <dd className="whitespace-pre-line">{e.note ?? "—"}</dd>
              </div>
            </dl>
          )}
        </section>
      </div>
    </>
  );
}
