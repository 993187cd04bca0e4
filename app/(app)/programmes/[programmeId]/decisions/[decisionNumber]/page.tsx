import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getReader } from "@/lib/account/data";
import { formatDateTime } from "@/lib/domain/dates";
import type { SearchParams } from "@/lib/domain/search-params";
import { firstValues } from "@/lib/domain/search-params";
import { inGuideOrder } from "@/lib/domain/services";
import { getDecision } from "@/lib/decisions/data";
import { institutionsSignedFor } from "@/lib/decisions/policy";
import { stepNumber } from "@/lib/plan/steps";
import { sizeValues } from "@/lib/advice/file-types";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { AnswerBadge, DecisionStateBadge } from "@/components/plan/badges";
import { SignOffForm } from "@/components/decisions/sign-off-form";
import { WithdrawDecisionForm } from "@/components/decisions/withdraw-form";
import { VersionCompare } from "@/components/decisions/version-compare";

type Params = Promise<{ programmeId: string; decisionNumber: string }>;

const numberFrom = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getT("decisions");
  const number = numberFrom((await params).decisionNumber);
  return { title: number ? t("shortReference", { number }) : t("register.title") };
}

/** One decision: the proposal as it stands, each partner's answer, the answer form, and every earlier version. */
export default async function DecisionPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { programmeId, decisionNumber } = await params;
  const number = numberFrom(decisionNumber);
  if (number === null) notFound();
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [found, t, tDomain, reader] = await Promise.all([getDecision(programmeId, number), getT("decisions"), getT("domain"), getReader()]);
  if (!found) notFound();
  const { decision, partners, standing } = found;
  const search = firstValues(await searchParams);
  const base = `/programmes/${programmeId}/decisions`;
  const current = decision.versions.find((v) => v.number === decision.currentVersion)!;
  const newestAnswer = (institutionId: string) => current.signOffs.filter((s) => s.institutionId === institutionId).at(-1) ?? null;
  const withdrawn = decision.withdrawnAt !== null;
  const signable = withdrawn ? [] : institutionsSignedFor(actor, partners);
  const mayRevise = !withdrawn && can(actor, "decision.revise", { authorId: decision.authorId });
  const compareWith = numberFrom(search.compare ?? "");
  const compared = compareWith ? decision.versions.find((v) => v.number === compareWith) : undefined;
  const comparedPrevious = compared ? decision.versions.find((v) => v.number === compared.number - 1) : undefined;
  const revised = numberFrom(search.revised ?? "");
  const attachmentHref = (id: string) => `${base}/attachments/${id}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={base} className="text-blue-900 underline">
          {t("backToRegister")}
        </Link>
      </p>
      {search.proposed && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("flash.proposed")}
        </p>
      )}
      {revised && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("flash.revised", { version: revised })}
        </p>
      )}
      <PageHeader
        title={t("reference", { number: decision.number, title: decision.title })}
        description={
          <>
            <Link href={`/programmes/${programmeId}/plan/${stepNumber(decision.step)}`} className="text-blue-900 underline">
              {t("stepLink", { number: stepNumber(decision.step), title: tDomain(`planStep.${decision.step}`) })}
            </Link>
            {decision.services.length > 0 &&
              ` · ${inGuideOrder(decision.services)
                .map((s) => tDomain(`service.${s}`))
                .join(", ")}`}
          </>
        }
        actions={
          mayRevise && (
            <>
              <Link href={`${base}/${decision.number}/edit`} className={buttonClasses("secondary", "sm")}>
                {t("revise")}
              </Link>
              <WithdrawDecisionForm decisionId={decision.id} number={decision.number} />
            </>
          )
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <DecisionStateBadge state={standing.state} />
        <span className="text-slate-700">
          {t("versionBy", { version: current.number, name: current.author.name, at: formatDateTime(current.createdAt, reader) })}
        </span>
      </div>
      {withdrawn && (
        <p className="mb-4 rounded-md border border-slate-400 bg-slate-50 px-3 py-2 text-sm text-slate-900">
          {t("withdrawnBy", {
            name: decision.withdrawnBy?.name ?? "—",
            at: formatDateTime(decision.withdrawnAt!, reader),
            reason: decision.withdrawReason ?? "",
          })}
        </p>
      )}

      <section aria-labelledby="proposal-heading" className="mb-6 space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="proposal-heading" className="text-lg font-semibold">
          {t("proposalHeading", { version: current.number })}
        </h2>
        {(["question", "options", "proposal", "rationale"] as const).map((field) =>
          current[field] ? (
            <div key={field}>
              <h3 className="text-sm font-semibold text-slate-800">{t(`fields.${field}`)}</h3>
              <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">{current[field]}</p>
            </div>
          ) : null,
        )}
        {decision.versions.some((v) => v.attachments.length > 0) && (
          <div>
            <h3 className="text-sm font-semibold text-slate-800">{t("attachments")}</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {decision.versions.flatMap((v) =>
                v.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={attachmentHref(a.id)} className="text-blue-900 underline">
                      {a.fileName}
                    </a>{" "}
                    <span className="text-slate-700">{t("attachmentMeta", { version: v.number, ...sizeValues(a.size) })}</span>
                  </li>
                )),
              )}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="answers-heading" className="mb-6">
        <h2 id="answers-heading" className="mb-2 text-lg font-semibold">
          {t("answersHeading", { version: current.number })}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t("answersIntro")}</p>
        <DataTable
          caption={t("answersCaption", { version: current.number })}
          columns={[{ label: t("institution") }, { label: t("answer") }, { label: t("conditionsOrObjection") }, { label: t("answeredBy") }]}
        >
          {partners.map((p) => {
            const answer = newestAnswer(p.id);
            return (
              <tr key={p.id}>
                <th scope="row" className="px-4 py-2 font-medium">
                  {p.isLead ? t("leadInstitution", { name: p.shortName }) : p.shortName}
                </th>
                <td className="px-4 py-2">
                  <AnswerBadge answer={answer?.answer ?? "NONE"} />
                </td>
                <td className="min-w-56 px-4 py-2 whitespace-pre-wrap">{answer?.text || "—"}</td>
                <td className="px-4 py-2">
                  {answer ? t("answeredByAt", { name: answer.signedBy.name, at: formatDateTime(answer.signedAt, reader) }) : "—"}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      {signable.length > 0 && (
        <section id="sign-off" aria-label={t("signOffSection")} className="mb-6 space-y-3">
          {signable.map((p) => {
            const previous = newestAnswer(p.id);
            return (
              <SignOffForm
                key={`${p.id}-${current.number}`}
                decisionId={decision.id}
                version={current.number}
                institution={{ id: p.id, name: p.name }}
                previous={previous && { answer: previous.answer, text: previous.text }}
              />
            );
          })}
        </section>
      )}

      <section aria-labelledby="versions-heading" className="mb-6">
        <h2 id="versions-heading" className="mb-2 text-lg font-semibold">
          {t("versionsHeading")}
        </h2>
        {compared && comparedPrevious && (
          <div className="mb-4">
            <h3 className="mb-2 font-semibold">
              {t("compare.heading", { older: comparedPrevious.number, newer: compared.number })}{" "}
              <Link href={`${base}/${decision.number}#versions-heading`} className="text-sm font-normal text-blue-900 underline">
                {t("compare.close")}
              </Link>
            </h3>
            <VersionCompare older={comparedPrevious} newer={compared} />
          </div>
        )}
        <ol className="space-y-3">
          {[...decision.versions].reverse().map((v) => (
            <li key={v.id} className="rounded-lg border border-slate-300 bg-white p-3 text-sm">
              <p className="font-semibold">
                {t("versionBy", { version: v.number, name: v.author.name, at: formatDateTime(v.createdAt, reader) })}
                {v.number === decision.currentVersion && ` · ${t("current")}`}
              </p>
              {v.number > 1 && (
                <p className="mt-1">
                  <Link href={`${base}/${decision.number}?compare=${v.number}#versions-heading`} className="text-blue-900 underline">
                    {t("compare.link", { older: v.number - 1, newer: v.number })}
                  </Link>
                </p>
              )}
              {v.number !== decision.currentVersion && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-blue-900 underline">{t("readVersion", { version: v.number })}</summary>
                  <div className="mt-2 space-y-2">
                    {(["question", "options", "proposal", "rationale"] as const).map((field) =>
                      v[field] ? (
                        <div key={field}>
                          <h4 className="font-semibold text-slate-800">{t(`fields.${field}`)}</h4>
                          <p className="whitespace-pre-wrap">{v[field]}</p>
                        </div>
                      ) : null,
                    )}
                  </div>
                </details>
              )}
              {v.signOffs.length === 0 ? (
                <p className="mt-2 text-slate-700">{t("noAnswers")}</p>
              ) : (
                <ul className="mt-2 space-y-1">
                  {v.signOffs.map((s) => (
                    <li key={s.id} className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{s.institution.shortName}</span>
                      <AnswerBadge answer={s.answer} />
                      <span className="text-slate-700">
                        {t("answeredByAt", { name: s.signedBy.name, at: formatDateTime(s.signedAt, reader) })}
                      </span>
                      {s.text && <span className="basis-full whitespace-pre-wrap text-slate-800">{s.text}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
