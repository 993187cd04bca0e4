import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getTracker } from "@/lib/engagements/data";
import { computeNextSteps, computeWarnings, mineFirst, summariseProgress } from "@/lib/engagements/next-steps";
import { ALL_STAGES, rolesForEngagement } from "@/lib/engagements/transitions";
import { toMatrixRows } from "@/lib/engagements/tracker-view";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { getReader } from "@/lib/account/data";
import { getSay, getT } from "@/lib/i18n/server";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { TrackerMatrix } from "@/components/engagements/tracker-matrix";
import { TrackerFilters } from "@/components/engagements/tracker-filters";
import { NextStepsPanel } from "@/components/engagements/next-steps-panel";
import { ProgressSummary } from "@/components/engagements/progress-summary";
import { StageBadge } from "@/components/engagements/stage-badge";

import { firstValues, type SearchParams } from "@/lib/domain/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("engagements");
  return { title: t("tracker.pageTitle") };
}

export default async function ServicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { programmeId } = await params;
  const search = firstValues(await searchParams);
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const showRemoved = search.removed === "1";
  const tracker = await getTracker(programmeId, { includeArchived: showRemoved });
  if (!tracker) notFound();
  const [t, tDomain, say, reader] = await Promise.all([getT("engagements"), getT("domain"), getSay(), getReader()]);
  const now = new Date();

  // Filters from the URL; unknown values are ignored rather than failing the page.
  const service = (SERVICES_IN_GUIDE_ORDER as readonly string[]).includes(search.service ?? "") ? (search.service as Service) : undefined;
  const stage = (ALL_STAGES as readonly string[]).includes(search.stage ?? "") ? (search.stage as EngagementStage) : undefined;
  const institution = tracker.rows.some((r) => r.institutionId === search.institution) ? search.institution : undefined;

  // The long lists of next steps and warnings are rendered in full only on request (?steps=all, ?attention=all).
  const expanded = { steps: search.steps === "all", attention: search.attention === "all" };
  // The page's settings besides the filters, as URL parameters: every link and the filter form keep them.
  const settings = (changes: { steps?: boolean; attention?: boolean; removed?: boolean } = {}) => {
    const state = { ...expanded, removed: showRemoved, ...changes };
    return { removed: state.removed ? "1" : "", steps: state.steps ? "all" : "", attention: state.attention ? "all" : "" };
  };
  const hrefWith = (changes: Parameters<typeof settings>[0] & { clearFilters?: boolean } = {}) => {
    const filters = changes.clearFilters ? {} : { service, institution, stage };
    const query = new URLSearchParams(
      Object.entries({ ...filters, ...settings(changes) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    const qs = query.toString();
    return `/programmes/${programmeId}/services${qs ? `?${qs}` : ""}`;
  };

  const isLeader = hasRole(actor, "TEAM_LEADER");
  const staffInstitutions = new Set(
    isLeader ? [] : actor.memberships.filter((m) => m.role === "PARTNER_STAFF").map((m) => m.institutionId),
  );
  const myServices = new Set(isLeader ? [] : actor.memberships.filter((m) => m.role === "TASK_FORCE").flatMap((m) => m.services));

  const all = tracker.rows.flatMap((row) =>
    row.cells.map((c) => ({ ...c, institutionName: row.name, isLead: row.isLead, archived: row.archived })),
  );
  const removedIds = new Set(tracker.rows.filter((r) => r.archived).map((r) => r.institutionId));
  const mine = (c: { institutionId: string; service: Service }) =>
    !isLeader && !removedIds.has(c.institutionId) && rolesForEngagement(actor, c).length > 0;
  // Next steps, warnings and progress describe the whole programme; the filters narrow the matrix only.
  const steps = computeNextSteps(all, mine).map((s) => ({ ...s, title: say(s.title), why: say(s.why) }));
  const warnings = mineFirst(computeWarnings(all, { staleAfterDays: tracker.staleAfterDays, now, reader }), mine).map((w) => ({
    ...w,
    text: say(w.text),
  }));
  const progress = summariseProgress(all.filter((c) => !c.archived));
  const myEngagements = all.filter(mine);

  const rows = tracker.rows.filter(
    (r) =>
      (!institution || r.institutionId === institution) &&
      (!stage || r.cells.some((c) => c.stage === stage && (!service || c.service === service))),
  );
  const services = service ? [service] : SERVICES_IN_GUIDE_ORDER;
  const filtered = Boolean(service || institution || stage);

  return (
    <>
      <PageHeader title={t("tracker.title")} description={t("tracker.description", { days: tracker.staleAfterDays })} />
      {myEngagements.length > 0 && (
        <section aria-labelledby="mine-heading" className="mb-4 rounded-lg border border-blue-300 bg-blue-50 p-4">
          <h2 id="mine-heading" className="text-lg font-semibold text-slate-900">
            {myServices.size > 0 && staffInstitutions.size === 0 ? t("tracker.mineServices") : t("tracker.mineInstitution")}
          </h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {myEngagements.map((e) => (
              <li key={e.id}>
                <Link
                  href={`/programmes/${programmeId}/services/${e.id}`}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-50"
                >
                  <span className="font-medium text-blue-900">
                    {tDomain(`service.${e.service}`)} <span className="font-normal text-slate-700">· {e.institutionName}</span>
                  </span>
                  <StageBadge stage={e.stage} />
                </Link>
              </li>
            ))}
          </ul>
          {staffInstitutions.size > 0 && (
            <p className="mt-2 text-sm">
              <a href={`#row-${[...staffInstitutions][0]}`} className="font-medium text-blue-900 underline">
                {t("tracker.jumpToRow")}
              </a>
            </p>
          )}
        </section>
      )}
      <NextStepsPanel
        programmeId={programmeId}
        steps={steps}
        warnings={warnings}
        mineLabel={myServices.size > 0 && staffInstitutions.size === 0 ? t("tracker.mineLabelService") : t("tracker.mineLabelInstitution")}
        allSteps={{ expanded: expanded.steps, href: hrefWith({ steps: !expanded.steps }) }}
        allWarnings={{ expanded: expanded.attention, href: hrefWith({ attention: !expanded.attention }) }}
      />
      <h2 className="mt-6 mb-2 text-lg font-semibold">{t("tracker.heading")}</h2>
      <TrackerFilters
        programmeId={programmeId}
        institutions={tracker.rows.map((r) => ({ id: r.institutionId, label: `${r.shortName} — ${r.name}` }))}
        value={{ service, institution, stage }}
        keep={Object.fromEntries(Object.entries(settings()).filter(([, v]) => v))}
        clearHref={hrefWith({ clearFilters: true })}
      />
      <p className="mt-2 text-sm">
        <Link href={hrefWith({ removed: !showRemoved })} className="font-medium text-blue-900 underline">
          {showRemoved ? t("tracker.hideRemoved") : t("tracker.showRemoved")}
        </Link>
      </p>
      <div className="mt-3">
        {rows.length === 0 ? (
          <EmptyState title={filtered ? t("tracker.emptyFiltered") : t("tracker.emptyNone")}>
            {filtered ? (
              <Link href={hrefWith({ clearFilters: true })} className="text-blue-900 underline">
                {t("tracker.clearFilters")}
              </Link>
            ) : (
              t("tracker.emptyNoneHint")
            )}
          </EmptyState>
        ) : (
          <TrackerMatrix
            programmeId={programmeId}
            rows={toMatrixRows(rows, tracker.staleAfterDays, now, reader)}
            services={services}
            stageFilter={stage}
            myInstitutionIds={[...staffInstitutions]}
            myServices={[...myServices]}
          />
        )}
      </div>
      <div className="mt-6">
        <ProgressSummary
          overall={progress.overall}
          institutions={tracker.rows
            .filter((r) => !r.archived)
            .flatMap((r) => {
              const counts = progress.byInstitution.get(r.institutionId);
              return counts ? [{ key: r.institutionId, label: r.shortName, counts }] : [];
            })}
          services={SERVICES_IN_GUIDE_ORDER.flatMap((s) => {
            const counts = progress.byService.get(s);
            return counts ? [{ key: s, counts }] : [];
          })}
        />
      </div>
    </>
  );
}
