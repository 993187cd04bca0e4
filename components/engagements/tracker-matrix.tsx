"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import type { MatrixCell, MatrixRow } from "@/lib/engagements/tracker-view";
import { useDelegatedLinks } from "@/components/ui/delegated-links";
import { StageBadge } from "./stage-badge";
import { useRovingGrid } from "./tracker-grid-keys";

type Props = {
  programmeId: string;
  rows: readonly MatrixRow[];
  services: readonly Service[];
  stageFilter?: EngagementStage;
  myInstitutionIds: readonly string[];
  myServices: readonly string[];
};

/**
 * The partner × service matrix: lead first, services in the guide's order, sticky first column.
 * Cell links are plain `<a>` elements navigated by one delegated handler (useDelegatedLinks), and do
 * not prefetch: engagement pages are rendered per request, so a prefetch per cell would only send the
 * server requests that fetch nothing the click could reuse.
 * A client component: the page's payload then carries each cell's few strings (lib/engagements/
 * tracker-view.ts) rather than a server-rendered element tree per cell; it words them in the
 * reader's language itself (engagementsClient, domain).
 * Keyboard: without JavaScript every cell is a plain link (one tab stop each). Once the page's
 * JavaScript runs, the table becomes one ARIA grid (useRovingGrid): one tab stop, arrow keys,
 * Home/End (with Ctrl: the first/last cell of the grid), Enter follows the cell's link.
 */
export function TrackerMatrix({ programmeId, rows, services, stageFilter, myInstitutionIds: mineIds, myServices: mine }: Props) {
  const t = useTranslations("engagementsClient");
  const tDomain = useTranslations("domain");
  const navigate = useDelegatedLinks("a.tk-link");
  const table = useRef<HTMLTableElement>(null);
  const { onKeyDown, onFocus } = useRovingGrid(table, [rows, services, stageFilter]);
  const myInstitutionIds = new Set(mineIds);
  const myServices = new Set(mine);
  return (
    // Not a tab stop itself: the grid's one tab stop is inside, and focusing a cell scrolls it into view.
    <div
      className="relative scroll-pl-36 overflow-x-auto rounded-lg border border-slate-300 bg-white"
      role="region"
      aria-label={t("matrix.regionLabel")}
    >
      <table
        ref={table}
        className="min-w-full border-collapse text-left text-sm"
        onClick={navigate}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <caption className="sr-only">{t("matrix.caption")}</caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-[9rem] border-r border-slate-300 bg-slate-100 px-3 py-2 font-semibold">
              {t("matrix.institution")}
            </th>
            {services.map((s) => (
              <th key={s} scope="col" className={`min-w-[10.5rem] px-3 py-2 font-semibold ${myServices.has(s) ? "bg-blue-100" : ""}`}>
                {tDomain(`service.${s}`)}
                {myServices.has(s) && <span className="block text-xs font-medium text-blue-900">{t("matrix.yourService")}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => {
            const mine = myInstitutionIds.has(row.institutionId);
            return (
              <tr
                key={row.institutionId}
                id={`row-${row.institutionId}`}
                className={mine ? "bg-blue-50" : row.archived ? "bg-slate-100" : ""}
              >
                <th
                  scope="row"
                  className={`sticky left-0 z-10 border-r border-slate-300 px-3 py-2 align-top font-semibold ${mine ? "bg-blue-50" : row.archived ? "bg-slate-100" : "bg-white"}`}
                >
                  <span className="block">{row.shortName}</span>
                  <span className="block text-xs font-normal text-slate-700">{row.name}</span>
                  <span className="block text-xs font-normal text-slate-700">
                    {row.isLead ? t("matrix.leadInstitution") : row.archived ? t("matrix.removed") : row.country}
                    {mine && ` · ${t("matrix.yourInstitution")}`}
                  </span>
                </th>
                {services.map((service) => {
                  const cell = row.cells.find((c) => c.service === service);
                  const linked = cell && !(stageFilter && cell.stage !== stageFilter);
                  // A cell without a link takes the grid's focus itself, so it needs its own outline.
                  const className = `tk-td${myServices.has(service) ? " bg-blue-50/60" : ""}${linked ? "" : " focus:outline-2 focus:outline-blue-800"}`;
                  return (
                    <td key={service} className={className}>
                      {!cell ? (
                        <span className="text-slate-700">—</span>
                      ) : stageFilter && cell.stage !== stageFilter ? (
                        <span className="text-xs text-slate-700">
                          <span aria-hidden="true">·</span>
                          <span className="sr-only">{t("matrix.hiddenByFilter")}</span>
                        </span>
                      ) : (
                        <Cell programmeId={programmeId} shortName={row.shortName} cell={cell} />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ programmeId, shortName, cell }: { programmeId: string; shortName: string; cell: MatrixCell }) {
  const t = useTranslations("engagementsClient");
  const tDomain = useTranslations("domain");
  return (
    <a href={`/programmes/${programmeId}/services/${cell.id}`} className="tk-link">
      {/* One string, so React emits one text node (no <!-- --> separators) in the HTML and the payload. */}
      <span className="sr-only">{`${shortName}, ${tDomain(`service.${cell.service}`)}: `}</span>
      <StageBadge stage={cell.stage} />
      <span className="tk-contact">{cell.contactName ?? <i className="text-slate-700">{t("matrix.noContact")}</i>}</span>
      <span className={cell.stale ? "tk-meta font-semibold text-amber-900" : "tk-meta"}>
        {t("matrix.activity", { days: cell.idleDays, stale: cell.stale ? "yes" : "no" })}
      </span>
      {cell.overdueSince && (
        <span className="mt-0.5 block text-xs font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {t("matrix.overdue", { date: cell.overdueSince })}
        </span>
      )}
      {cell.blockedReason && (
        <span className="mt-0.5 line-clamp-2 block text-xs text-red-900">{t("matrix.blocked", { reason: cell.blockedReason })}</span>
      )}
    </a>
  );
}
