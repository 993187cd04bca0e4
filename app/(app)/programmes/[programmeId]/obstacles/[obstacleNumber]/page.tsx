import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getReader } from "@/lib/account/data";
import { formatDateTime, formatDay } from "@/lib/domain/dates";
import { firstValues, type SearchParams } from "@/lib/domain/search-params";
import { getObstacle, listEvidenceCandidates } from "@/lib/obstacles/data";
import { OBSTACLE_MOVES } from "@/lib/obstacles/pathway";
import { stepNumber } from "@/lib/plan/steps";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { ObstacleStageBadge } from "@/components/plan/badges";
import { MoveObstacleForm } from "@/components/obstacles/move-obstacle-form";

type Params = Promise<{ programmeId: string; obstacleNumber: string }>;
const numberFrom = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT("obstacles");
  const number = numberFrom((await params).obstacleNumber);
  return { title: number ? t("shortReference", { number }) : t("register.title") };
}

/** One obstacle: the rule, what it blocks, its pathway so far (who, when, evidence), and the next step. */
export default async function ObstaclePage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { programmeId, obstacleNumber } = await params;
  const number = numberFrom(obstacleNumber);
  if (number === null) notFound();
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [obstacle, t, tDomain, reader] = await Promise.all([
    getObstacle(actor, programmeId, number),
    getT("obstacles"),
    getT("domain"),
    getReader(),
  ]);
  if (!obstacle) notFound();
  const search = firstValues(await searchParams);
  const mayEdit = can(actor, "obstacle.edit", { institutionId: obstacle.institutionId, service: "LEGAL" });
  const evidence = mayEdit ? await listEvidenceCandidates(actor, programmeId, obstacle.institutionId) : [];
  const base = `/programmes/${programmeId}/obstacles`;
  const flash = search.raised ? t("flash.raised") : search.saved ? t("flash.saved") : search.unchanged ? t("flash.unchanged") : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={base} className="text-blue-900 underline">
          {t("backToRegister")}
        </Link>
      </p>
      {flash && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {flash}
        </p>
      )}
      <PageHeader
        title={t("reference", { number: obstacle.number, title: obstacle.title })}
        actions={
          mayEdit && (
            <Link href={`${base}/${obstacle.number}/edit`} className={buttonClasses("secondary", "sm")}>
              {t("edit")}
            </Link>
          )
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <ObstacleStageBadge stage={obstacle.stage} />
        <span className="text-slate-700">
          {t("raisedBy", { name: obstacle.author.name, at: formatDateTime(obstacle.createdAt, reader) })}
        </span>
      </div>
      <dl className="mb-6 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 text-sm sm:grid-cols-2">
        <div className="sm:col-span-2">
          <dt className="font-medium text-slate-700">{t("fields.rule")}</dt>
          <dd className="mt-1 whitespace-pre-wrap">{obstacle.rule}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("fields.source")}</dt>
          <dd className="mt-1 break-words">{obstacle.ruleSource}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("fields.level")}</dt>
          <dd className="mt-1">
            {tDomain(`ruleLevel.${obstacle.ruleLevel}`)}
            {obstacle.country && ` (${obstacle.country})`}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("fields.institution")}</dt>
          <dd className="mt-1">{obstacle.institution.name}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("fields.element")}</dt>
          <dd className="mt-1">{tDomain(`programmeElement.${obstacle.element}`)}</dd>
        </div>
        {obstacle.step && (
          <div>
            <dt className="font-medium text-slate-700">{t("fields.step")}</dt>
            <dd className="mt-1">
              <Link href={`/programmes/${programmeId}/plan/${stepNumber(obstacle.step)}`} className="text-blue-900 underline">
                {`${stepNumber(obstacle.step)}. ${tDomain(`planStep.${obstacle.step}`)}`}
              </Link>
            </dd>
          </div>
        )}
        {(obstacle.raisedFromAdvice || obstacle.raisedFromIssue) && (
          <div>
            <dt className="font-medium text-slate-700">{t("fields.raisedFrom")}</dt>
            <dd className="mt-1">
              {obstacle.raisedFromAdvice && (
                <Link href={`/programmes/${programmeId}/advice/${obstacle.raisedFromAdvice.id}`} className="text-blue-900 underline">
                  {t("adviceReference", { summary: obstacle.raisedFromAdvice.summary })}
                </Link>
              )}
              {obstacle.raisedFromIssue && (
                <Link href={`/programmes/${programmeId}/board/${obstacle.raisedFromIssue.number}`} className="text-blue-900 underline">
                  {t("issueReference", { number: obstacle.raisedFromIssue.number, title: obstacle.raisedFromIssue.title })}
                </Link>
              )}
            </dd>
          </div>
        )}
        {obstacle.description && (
          <div className="sm:col-span-2">
            <dt className="font-medium text-slate-700">{t("fields.description")}</dt>
            <dd className="mt-1 whitespace-pre-wrap">{obstacle.description}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="pathway-heading" className="mb-6">
        <h2 id="pathway-heading" className="mb-2 text-lg font-semibold">
          {t("pathwayHeading")}
        </h2>
        <ol className="ml-3 space-y-3 border-l-2 border-slate-300 pl-5">
          {obstacle.events.map((e) => (
            <li key={e.id} className="rounded-lg border border-slate-300 bg-white p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <ObstacleStageBadge stage={e.toStage} />
                <span className="text-slate-700">{t("movedBy", { name: e.actor.name, at: formatDateTime(e.at, reader) })}</span>
              </p>
              {e.note && <p className="mt-1 whitespace-pre-wrap">{e.note}</p>}
              {e.evidenceAdvice && (
                <p className="mt-1">
                  {t("evidence")}{" "}
                  <Link href={`/programmes/${programmeId}/advice/${e.evidenceAdvice.id}`} className="text-blue-900 underline">
                    {e.evidenceAdvice.summary}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      {mayEdit && (
        <MoveObstacleForm
          key={obstacle.version}
          obstacleId={obstacle.id}
          version={obstacle.version}
          moves={OBSTACLE_MOVES[obstacle.stage]}
          evidence={evidence.map((e) => ({
            id: e.id,
            label: `${formatDay(e.givenOn, reader)} · ${tDomain(`service.${e.service}`)} · ${e.summary}`,
          }))}
        />
      )}
    </>
  );
}
