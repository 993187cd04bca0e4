import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getReader } from "@/lib/account/data";
import { formatDay, isoDayIn } from "@/lib/domain/dates";
import { getPlan } from "@/lib/plan/data";
import { isLate } from "@/lib/plan/progress";
import { isFinished, stepNumber, SUPPORT_STEP } from "@/lib/plan/steps";
import { institutionsSignedFor } from "@/lib/decisions/policy";
import { waitingForAnyOf } from "@/lib/decisions/state";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { PlanStatusBadge } from "@/components/plan/badges";
import { WaitingForYou } from "@/components/decisions/waiting-for-you";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("plan");
  return { title: t("title") };
}

/** The guide's 16 steps as a timeline: where the programme is, who owns what, and what is late. */
export default async function PlanPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [plan, t, tDomain, reader] = await Promise.all([getPlan(programmeId), getT("plan"), getT("domain"), getReader()]);
  const today = isoDayIn(new Date(), reader.timeZone);
  // The decisions an institution this person answers for has not answered yet.
  const signedFor = new Set(institutionsSignedFor(actor, plan.partners).map((p) => p.id));
  const waiting = waitingForAnyOf(plan.decisions, signedFor);
  const finished = plan.steps.filter((s) => isFinished(s.status)).length;
  const late = plan.steps.filter((s) => isLate(s, today));
  const base = `/programmes/${programmeId}/plan`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p className="mb-4 text-sm text-slate-800">
        {t("summary", { finished, total: plan.steps.length })}
        {late.length > 0 && (
          <>
            {" · "}
            <strong className="text-red-800">{t("lateCount", { count: late.length })}</strong>
          </>
        )}
      </p>
      <WaitingForYou programmeId={programmeId} decisions={waiting} />
      <ol className="ml-3 space-y-3 border-l-2 border-slate-300 pl-6" aria-label={t("timelineLabel")}>
        {plan.steps.map((step) => {
          const number = stepNumber(step.step);
          const stepLate = isLate(step, today);
          const counts = [
            step.decisions.total > 0 && t("decisionCounts", { total: step.decisions.total, notAgreed: step.decisions.notAgreed }),
            step.obstacles.total > 0 && t("obstacleCounts", { total: step.obstacles.total, open: step.obstacles.open }),
            step.issues.total > 0 && t("issueCounts", { total: step.issues.total, open: step.issues.open }),
          ].filter(Boolean);
          return (
            <li key={step.id} className="relative">
              <span
                aria-hidden="true"
                className={`absolute top-3 -left-[37px] flex size-6 items-center justify-center rounded-full border-2 text-xs font-bold ${
                  isFinished(step.status)
                    ? "border-green-700 bg-green-700 text-white"
                    : stepLate
                      ? "border-red-700 bg-white text-red-800"
                      : "border-slate-500 bg-white text-slate-800"
                }`}
              >
                {number}
              </span>
              <div className={`rounded-lg border bg-white p-3 ${stepLate ? "border-red-600" : "border-slate-300"}`}>
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`${base}/${number}`} className="font-semibold text-blue-900 underline">
                    {t("stepHeading", { number, title: tDomain(`planStep.${step.step}`) })}
                  </Link>
                  <PlanStatusBadge status={step.status} />
                  {stepLate && <span className="text-xs font-semibold text-red-800">{t("late")}</span>}
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {step.step === SUPPORT_STEP && `${t("supportProgress", { done: plan.matrix.done, total: plan.matrix.total })} · `}
                  {step.owner ? t("ownedBy", { name: step.owner.name }) : t("noOwner")}
                  {" · "}
                  {step.targetDay ? t("target", { day: formatDay(step.targetDay, reader) }) : t("noTarget")}
                </p>
                {counts.length > 0 && <p className="mt-1 text-xs text-slate-700">{counts.join(" · ")}</p>}
                {step.status === "NOT_APPLICABLE" && step.statusReason && (
                  <p className="mt-1 text-xs text-slate-700">{t("notApplicableBecause", { reason: step.statusReason })}</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
