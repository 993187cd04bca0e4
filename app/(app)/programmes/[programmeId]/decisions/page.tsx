import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can, hasRole } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getReader } from "@/lib/account/data";
import { formatDateTime } from "@/lib/domain/dates";
import type { SearchParams } from "@/lib/domain/search-params";
import { getDecisionRegister } from "@/lib/decisions/data";
import { institutionsSignedFor } from "@/lib/decisions/policy";
import { parseRegisterFilters } from "@/lib/decisions/schema";
import { DECISION_STATES } from "@/lib/decisions/state";
import { PLAN_STEPS_IN_GUIDE_ORDER, stepNumber } from "@/lib/plan/steps";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { buttonClasses } from "@/components/ui/button";
import { DecisionStateBadge } from "@/components/plan/badges";
import { WaitingForYou } from "@/components/decisions/waiting-for-you";
import { Pagination } from "@/components/admin/list-controls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("decisions");
  return { title: t("register.title") };
}

/** The decision register: what the partnership decided, what waits for whom, and who objects. */
export default async function DecisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const filters = parseRegisterFilters(await searchParams);
  const [register, t, tDomain, reader] = await Promise.all([
    getDecisionRegister(programmeId, filters),
    getT("decisions"),
    getT("domain"),
    getReader(),
  ]);
  const base = `/programmes/${programmeId}/decisions`;
  const signedFor = new Set(institutionsSignedFor(actor, register.partners).map((p) => p.id));
  const waiting = register.waitingForMe(signedFor);
  const filtered = Boolean(filters.state || filters.step || filters.waitingFor);
  const partnerName = new Map(register.partners.map((p) => [p.id, p.shortName]));
  return (
    <>
      <PageHeader
        title={t("register.title")}
        description={t("register.description")}
        actions={
          can(actor, "decision.propose") && (
            <Link href={`${base}/new`} className={buttonClasses("primary")}>
              {t("register.propose")}
            </Link>
          )
        }
      />
      <WaitingForYou programmeId={programmeId} decisions={waiting} />
      {hasRole(actor, "TEAM_LEADER") && register.blocking.length > 0 && (
        <section aria-labelledby="blocking-heading" className="mb-4 rounded-lg border border-amber-400 bg-amber-50 p-4">
          <h2 id="blocking-heading" className="text-lg font-semibold text-slate-900">
            {t("blocking.heading")}
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {register.blocking.map((b) => (
              <li key={b.partner.id}>
                <span className="font-semibold">{b.partner.shortName}</span>
                {b.waiting.length > 0 && (
                  <>
                    {" — "}
                    {t("blocking.notAnswered")}{" "}
                    {b.waiting.map((d, i) => (
                      <span key={d.id}>
                        {i > 0 && ", "}
                        <Link href={`${base}/${d.number}`} className="text-blue-900 underline">
                          {t("shortReference", { number: d.number })}
                        </Link>
                      </span>
                    ))}
                  </>
                )}
                {b.objecting.length > 0 && (
                  <>
                    {" — "}
                    {t("blocking.objects")}{" "}
                    {b.objecting.map((d, i) => (
                      <span key={d.id}>
                        {i > 0 && ", "}
                        <Link href={`${base}/${d.number}`} className="text-blue-900 underline">
                          {t("shortReference", { number: d.number })}
                        </Link>
                      </span>
                    ))}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        method="get"
        action={base}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3"
        aria-label={t("filters.formLabel")}
      >
        <FilterSelect
          id="filter-state"
          name="state"
          label={t("filters.state")}
          allLabel={t("filters.allStates")}
          value={filters.state}
          options={DECISION_STATES.map((s) => ({ value: s, label: tDomain(`decisionState.${s}`) }))}
        />
        <FilterSelect
          id="filter-step"
          name="step"
          label={t("filters.step")}
          allLabel={t("filters.allSteps")}
          value={filters.step}
          options={PLAN_STEPS_IN_GUIDE_ORDER.map((s) => ({ value: s, label: `${stepNumber(s)}. ${tDomain(`planStep.${s}`)}` }))}
        />
        <FilterSelect
          id="filter-waiting"
          name="waitingFor"
          label={t("filters.waitingFor")}
          allLabel={t("filters.anyone")}
          value={filters.waitingFor}
          options={register.partners.map((p) => ({ value: p.id, label: p.shortName }))}
        />
        <button type="submit" className={buttonClasses("secondary")}>
          {t("filters.apply")}
        </button>
        {filtered && (
          <Link href={base} className="self-center text-sm text-blue-900 underline">
            {t("filters.clear")}
          </Link>
        )}
      </form>
      {register.rows.length === 0 ? (
        <EmptyState title={filtered ? t("register.noneMatching") : t("register.none")}>
          {filtered ? (
            <Link href={base} className="text-blue-900 underline">
              {t("filters.clear")}
            </Link>
          ) : (
            t("register.noneHint")
          )}
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={t("register.caption")}
            columns={[
              { label: t("register.decision") },
              { label: t("register.step") },
              { label: t("register.state") },
              { label: t("register.version") },
              { label: t("register.waitingFor") },
              { label: t("register.lastActivity") },
            ]}
          >
            {register.rows.map((d) => (
              <tr key={d.id}>
                <td className="px-4 py-2">
                  <Link href={`${base}/${d.number}`} className="font-medium text-blue-900 underline">
                    {t("reference", { number: d.number, title: d.title })}
                  </Link>
                </td>
                <td className="px-4 py-2">{`${stepNumber(d.step)}. ${tDomain(`planStep.${d.step}`)}`}</td>
                <td className="px-4 py-2">
                  <DecisionStateBadge state={d.standing.state} />
                </td>
                <td className="px-4 py-2">{t("versionNumber", { version: d.currentVersion })}</td>
                <td className="px-4 py-2">
                  {d.standing.waitingFor.length === 0 ? "—" : d.standing.waitingFor.map((id) => partnerName.get(id)).join(", ")}
                </td>
                <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(d.lastActivityAt, reader)}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination
            basePath={base}
            page={register.page}
            pageCount={register.pages}
            totalLabel={t("register.count", { shown: register.matching, total: register.total })}
            params={{ state: filters.state ?? "", step: filters.step ?? "", waitingFor: filters.waitingFor ?? "" }}
          />
        </>
      )}
    </>
  );
}
