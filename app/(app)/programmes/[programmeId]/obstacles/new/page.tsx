import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { firstValues, type SearchParams } from "@/lib/domain/search-params";
import { findLinkableAdvice, findLinkableIssue, listObstacleInstitutions } from "@/lib/obstacles/data";
import { raiseObstacleAction } from "@/lib/obstacles/actions";
import { isPlanStepKey } from "@/lib/plan/steps";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ObstacleForm } from "@/components/obstacles/obstacle-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("obstacles");
  return { title: t("new.title") };
}

/** Raise an obstacle: from scratch, from an advice entry (?advice=) or from a board issue (?issue=). */
export default async function NewObstaclePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const search = firstValues(await searchParams);
  const [all, t] = await Promise.all([listObstacleInstitutions(programmeId), getT("obstacles")]);
  const base = `/programmes/${programmeId}/obstacles`;
  const institutions = all.filter((i) => can(actor, "obstacle.edit", { institutionId: i.id, service: "LEGAL" }));
  if (institutions.length === 0) {
    return (
      <>
        <PageHeader title={t("new.title")} />
        <EmptyState title={t("new.cannotRaise")}>{t("new.cannotRaiseHint")}</EmptyState>
      </>
    );
  }
  const advice = search.advice ? await findLinkableAdvice(actor, programmeId, search.advice) : null;
  const issue = search.issue ? await findLinkableIssue(programmeId, search.issue) : null;
  const preferred = advice?.institutionId ?? issue?.institutionId;
  const institutionId = institutions.some((i) => i.id === preferred) ? preferred! : institutions.length === 1 ? institutions[0]!.id : "";
  const own = institutions.find((i) => i.id === institutionId);
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      {advice && (
        <p className="mb-4 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          {t("new.fromAdvice")}{" "}
          <Link href={`/programmes/${programmeId}/advice/${advice.id}`} className="text-blue-900 underline">
            {advice.summary}
          </Link>
        </p>
      )}
      {issue && (
        <p className="mb-4 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
          {t("new.fromIssue")}{" "}
          <Link href={`/programmes/${programmeId}/board/${issue.number}`} className="text-blue-900 underline">
            {t("issueReference", { number: issue.number, title: issue.title })}
          </Link>
        </p>
      )}
      <ObstacleForm
        action={raiseObstacleAction}
        mode="raise"
        hidden={{ programmeId, raisedFromAdviceId: advice?.id ?? "", raisedFromIssueId: issue?.id ?? "" }}
        defaults={{
          title: advice?.summary ?? issue?.title ?? "",
          rule: "",
          ruleSource: "",
          ruleLevel: "",
          institutionId,
          country: own?.country ?? "",
          element: "",
          description: "",
          step: isPlanStepKey(search.step ?? "") ? search.step! : "",
        }}
        institutions={institutions.map((i) => ({ id: i.id, label: `${i.shortName} — ${i.name}` }))}
        cancelHref={
          advice ? `/programmes/${programmeId}/advice/${advice.id}` : issue ? `/programmes/${programmeId}/board/${issue.number}` : base
        }
      />
    </>
  );
}
