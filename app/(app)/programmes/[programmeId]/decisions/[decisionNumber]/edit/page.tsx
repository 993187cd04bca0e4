import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import type { SearchParams } from "@/lib/domain/search-params";
import { getDecision } from "@/lib/decisions/data";
import { reviseDecisionAction } from "@/lib/decisions/actions";
import { refusedUploadMessage } from "@/lib/advice/oversized-post";
import { getSay, getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/message";
import { PageHeader } from "@/components/ui/page-header";
import { DecisionForm } from "@/components/decisions/decision-form";

type Params = Promise<{ programmeId: string; decisionNumber: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("decisions");
  return { title: t("edit.title") };
}

/** A new version of the proposal: the current one's words to start from; publishing asks every partner again. */
export default async function EditDecisionPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { programmeId, decisionNumber } = await params;
  const number = /^\d{1,9}$/.test(decisionNumber) ? Number(decisionNumber) : null;
  if (number === null) notFound();
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [found, t, say] = await Promise.all([getDecision(programmeId, number), getT("decisions"), getSay()]);
  if (!found) notFound();
  const { decision } = found;
  const back = `/programmes/${programmeId}/decisions/${decision.number}`;
  const refusal = decision.withdrawnAt
    ? say(msg("decisions.errors.withdrawn", { number: decision.number }))
    : !can(actor, "decision.revise", { authorId: decision.authorId })
      ? say(msg("decisions.errors.reviseRefused"))
      : null;
  if (refusal) {
    return (
      <>
        <PageHeader title={t("edit.title")} />
        <p role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {refusal}
        </p>
        <p className="mt-4">
          <Link href={back} className="text-blue-900 underline">
            {t("edit.back")}
          </Link>
        </p>
      </>
    );
  }
  const current = decision.versions.find((v) => v.number === decision.currentVersion)!;
  const refused = refusedUploadMessage(await searchParams);
  return (
    <>
      <PageHeader
        title={t("edit.heading", { number: decision.number, version: decision.currentVersion + 1 })}
        description={t("edit.description", { version: decision.currentVersion })}
      />
      <DecisionForm
        action={reviseDecisionAction}
        mode="revise"
        hidden={{ decisionId: decision.id, basedOn: String(decision.currentVersion) }}
        defaults={{
          title: decision.title,
          step: decision.step,
          services: decision.services,
          question: current.question,
          options: current.options,
          proposal: current.proposal,
          rationale: current.rationale,
        }}
        cancelHref={back}
        refusedUpload={refused && say(refused)}
      />
    </>
  );
}
