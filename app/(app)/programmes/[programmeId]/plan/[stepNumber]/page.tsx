import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getReader } from "@/lib/account/data";
import { formatDay, isoDayIn } from "@/lib/domain/dates";
import { getPlanStep, listPossibleOwners } from "@/lib/plan/data";
import { isLate } from "@/lib/plan/progress";
import { PLAN_STEPS_IN_GUIDE_ORDER, SUPPORT_STEP } from "@/lib/plan/steps";
import { SERVICES_FOR_STEP } from "@/lib/plan/step-services";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { StageBadge } from "@/components/engagements/stage-badge";
import { DecisionStateBadge, ObstacleStageBadge, PlanStatusBadge } from "@/components/plan/badges";
import { PlanStepForm } from "@/components/plan/plan-step-form";

type Params = Promise<{ programmeId: string; stepNumber: string }>;

function stepFrom(stepNumber: string) {
  const number = /^\d{1,2}$/.test(stepNumber) ? Number(stepNumber) : 0;
  const step = PLAN_STEPS_IN_GUIDE_ORDER[number - 1];
  return step ? { number, step } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = stepFrom((await params).stepNumber);
  const [t, tDomain] = await Promise.all([getT("plan"), getT("domain")]);
  return { title: found ? t("stepHeading", { number: found.number, title: tDomain(`planStep.${found.step}`) }) : t("title") };
}

/** One step of the plan: what the guide asks for, its status, and everything that belongs to it. */
export default async function PlanStepPage({ params }: { params: Params }) {
  const { programmeId, stepNumber } = await params;
  const found = stepFrom(stepNumber);
  if (!found) notFound();
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [data, t, tDomain, tBoard, reader] = await Promise.all([
    getPlanStep(programmeId, found.step),
    getT("plan"),
    getT("domain"),
    getT("boardClient"),
    getReader(),
  ]);
  if (!data) notFound();
  const { step } = data;
  const today = isoDayIn(new Date(), reader.timeZone);
  const late = isLate(step, today);
  const mayEdit = can(actor, "plan.edit");
  const owners = mayEdit ? await listPossibleOwners(programmeId) : [];
  const base = `/programmes/${programmeId}`;
  const services = SERVICES_FOR_STEP[found.step];
  const partners = data.partners;
  const cell = (institutionId: string, service: string) =>
    data.engagements.find((e) => e.institutionId === institutionId && e.service === service);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`${base}/plan`} className="text-blue-900 underline">
          {t("backToPlan")}
        </Link>
      </p>
      <PageHeader
        title={t("stepHeading", { number: found.number, title: tDomain(`planStep.${found.step}`) })}
        description={t(`explanation.${found.step}`)}
      />
      <dl className="mb-6 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium text-slate-700">{t("status")}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            <PlanStatusBadge status={step.status} />
            {late && <span className="text-xs font-semibold text-red-800">{t("late")}</span>}
          </dd>
          {found.step === SUPPORT_STEP && (
            <dd className="mt-1 text-slate-700">
              {t("supportProgress", { done: data.matrix.done, total: data.matrix.total })}{" "}
              <Link href={`${base}/services`} className="text-blue-900 underline">
                {t("openMatrix")}
              </Link>
            </dd>
          )}
          {step.status === "NOT_APPLICABLE" && step.statusReason && <dd className="mt-1 text-slate-700">{step.statusReason}</dd>}
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("owner")}</dt>
          <dd className="mt-1">{step.owner?.name ?? t("noOwner")}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("targetDate")}</dt>
          <dd className="mt-1">{step.targetDay ? formatDay(step.targetDay, reader) : t("noTarget")}</dd>
        </div>
      </dl>

      <section aria-labelledby="services-heading" className="mb-6">
        <h2 id="services-heading" className="mb-2 text-lg font-semibold">
          {t("servicesHeading")}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t("servicesIntro")}</p>
        <DataTable
          caption={t("servicesCaption")}
          columns={[{ label: t("institution") }, ...services.map((s) => ({ label: tDomain(`service.${s}`) }))]}
        >
          {partners.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="px-4 py-2 font-medium">
                {p.isLead ? t("leadInstitution", { name: p.shortName }) : p.shortName}
              </th>
              {services.map((service) => {
                const engagement = cell(p.id, service);
                return (
                  <td key={service} className="px-4 py-2">
                    {engagement && (
                      <Link
                        href={`${base}/services/${engagement.id}`}
                        aria-label={t("engagementLink", {
                          service: tDomain(`service.${service}`),
                          institution: p.shortName,
                          stage: tDomain(`stage.${engagement.stage}`),
                        })}
                      >
                        <StageBadge stage={engagement.stage} />
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="decisions-heading" className="mb-6">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="decisions-heading" className="text-lg font-semibold">
            {t("decisionsHeading")}
          </h2>
          {can(actor, "decision.propose") && (
            <Link href={`${base}/decisions/new?step=${found.step}`} className={buttonClasses("secondary", "sm")}>
              {t("proposeForStep")}
            </Link>
          )}
        </div>
        {data.decisions.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noDecisions")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.decisions.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-2">
                <Link href={`${base}/decisions/${d.number}`} className="text-blue-900 underline">
                  {t("decisionReference", { number: d.number, title: d.title })}
                </Link>
                <DecisionStateBadge state={d.standing.state} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="obstacles-heading" className="mb-6">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="obstacles-heading" className="text-lg font-semibold">
            {t("obstaclesHeading")}
          </h2>
          <Link href={`${base}/obstacles/new?step=${found.step}`} className={buttonClasses("secondary", "sm")}>
            {t("raiseForStep")}
          </Link>
        </div>
        {data.obstacles.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noObstacles")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.obstacles.map((o) => (
              <li key={o.number} className="flex flex-wrap items-center gap-2">
                <Link href={`${base}/obstacles/${o.number}`} className="text-blue-900 underline">
                  {t("obstacleReference", { number: o.number, title: o.title })}
                </Link>
                <span className="text-slate-700">{o.institution.shortName}</span>
                <ObstacleStageBadge stage={o.stage} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="issues-heading" className="mb-6">
        <h2 id="issues-heading" className="mb-2 text-lg font-semibold">
          {t("issuesHeading")}
        </h2>
        {data.issues.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noIssues")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.issues.map((i) => (
              <li key={i.number} className="flex flex-wrap items-center gap-2">
                <Link href={`${base}/board/${i.number}`} className="text-blue-900 underline">
                  {t("issueReference", { number: i.number, title: i.title })}
                </Link>
                <span className="text-slate-700">{tBoard(`status.${i.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {mayEdit && (
        <PlanStepForm
          stepId={step.id}
          version={step.version}
          statusFollowsMatrix={found.step === SUPPORT_STEP}
          values={{
            status: step.storedStatus,
            statusReason: step.statusReason ?? "",
            ownerId: step.owner?.id ?? "",
            targetDate: step.targetDay ?? "",
          }}
          owners={owners}
        />
      )}

      <nav aria-label={t("stepNavigation")} className="mt-6 flex flex-wrap justify-between gap-2 text-sm">
        {found.number > 1 ? (
          <Link href={`${base}/plan/${found.number - 1}`} className="text-blue-900 underline">
            {t("previousStep", { title: tDomain(`planStep.${PLAN_STEPS_IN_GUIDE_ORDER[found.number - 2]!}`) })}
          </Link>
        ) : (
          <span />
        )}
        {found.number < PLAN_STEPS_IN_GUIDE_ORDER.length && (
          <Link href={`${base}/plan/${found.number + 1}`} className="text-blue-900 underline">
            {t("nextStep", { title: tDomain(`planStep.${PLAN_STEPS_IN_GUIDE_ORDER[found.number]!}`) })}
          </Link>
        )}
      </nav>
    </>
  );
}
