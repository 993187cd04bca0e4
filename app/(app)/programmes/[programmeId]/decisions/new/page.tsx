import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { firstValues, type SearchParams } from "@/lib/domain/search-params";
import { leadInstitutionName } from "@/lib/decisions/data";
import { proposeDecisionAction } from "@/lib/decisions/actions";
import { DECISION_TEMPLATES, isDecisionTemplate, TEMPLATE_PLACE } from "@/lib/decisions/templates";
import { isPlanStepKey } from "@/lib/plan/steps";
import { refusedUploadMessage } from "@/lib/advice/oversized-post";
import { getSay, getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/message";
import { PageHeader } from "@/components/ui/page-header";
import { DecisionForm, type DecisionFormValues } from "@/components/decisions/decision-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("decisions");
  return { title: t("new.title") };
}

/** Propose a decision: from one of the guide's templates (pre-filled) or from a blank form. */
export default async function NewDecisionPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const query = await searchParams;
  const search = firstValues(query);
  const [t, say] = await Promise.all([getT("decisions"), getSay()]);
  const base = `/programmes/${programmeId}/decisions`;
  if (!can(actor, "decision.propose")) {
    return (
      <>
        <PageHeader title={t("new.title")} />
        <p role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {say(msg("decisions.errors.proposeRefused"))}
        </p>
      </>
    );
  }
  const template = isDecisionTemplate(search.template) ? search.template : null;
  const step = template ? TEMPLATE_PLACE[template].step : isPlanStepKey(search.step ?? "") ? search.step! : "";
  const lead = (await leadInstitutionName(programmeId)) ?? "";
  const defaults: DecisionFormValues = template
    ? {
        title: t(`templates.${template}.title`),
        step,
        services: TEMPLATE_PLACE[template].services,
        question: t(`templates.${template}.question`),
        options: t(`templates.${template}.options`, { lead }),
        proposal: t(`templates.${template}.proposal`, { lead }),
        rationale: t(`templates.${template}.rationale`, { lead }),
      }
    : { title: "", step, services: [], question: "", options: "", proposal: "", rationale: "" };
  const refused = refusedUploadMessage(query);
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <section aria-labelledby="templates-heading" className="mb-6">
        <h2 id="templates-heading" className="mb-2 text-lg font-semibold">
          {t("new.templatesHeading")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {DECISION_TEMPLATES.map((tpl) => (
            <li key={tpl}>
              <Link
                href={`${base}/new?template=${tpl}`}
                aria-current={tpl === template ? "true" : undefined}
                className={`block rounded-md border px-3 py-2 text-sm hover:bg-slate-50 ${tpl === template ? "border-blue-800 bg-blue-50" : "border-slate-300 bg-white"}`}
              >
                <span className="font-medium text-blue-900 underline">{t(`templates.${tpl}.title`)}</span>
                <span className="block text-slate-700">{t(`templates.${tpl}.summary`)}</span>
              </Link>
            </li>
          ))}
        </ul>
        {template && (
          <p className="mt-2 text-sm">
            <Link href={`${base}/new`} className="text-blue-900 underline">
              {t("new.blank")}
            </Link>
          </p>
        )}
      </section>
      <h2 className="mb-2 text-lg font-semibold">
        {template ? t("new.fromTemplate", { title: t(`templates.${template}.title`) }) : t("new.blankHeading")}
      </h2>
      <DecisionForm
        key={template ?? "blank"}
        action={proposeDecisionAction}
        mode="propose"
        hidden={{ programmeId, template: template ?? "" }}
        defaults={defaults}
        cancelHref={base}
        refusedUpload={refused && say(refused)}
      />
    </>
  );
}
