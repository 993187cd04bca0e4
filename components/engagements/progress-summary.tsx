import type { Service } from "@/lib/generated/prisma/enums";
import type { ProgressCounts } from "@/lib/engagements/next-steps";
import { ALL_STAGES } from "@/lib/engagements/transitions";
import { getT } from "@/lib/i18n/server";
import { StageBadge } from "./stage-badge";

function Bar({ percent }: { percent: number }) {
  return (
    <span className="inline-block h-2 w-20 rounded bg-slate-200 align-middle" aria-hidden="true">
      <span className="block h-2 rounded bg-green-700" style={{ width: `${percent}%` }} />
    </span>
  );
}

/**
 * Three narrow columns that wrap (the bar above its figure when space is short) instead of
 * scrolling: a scrolling region would need to be a tab stop of its own, and at 390 px it made the page wider.
 */
async function ProgressTable({ caption, rows }: { caption: string; rows: { key: string; label: string; counts: ProgressCounts }[] }) {
  const t = await getT("engagements");
  return (
    <div className="min-w-0">
      <table className="w-full text-left text-sm break-words">
        <caption className="mb-1 text-left font-semibold text-slate-900">{caption}</caption>
        <thead className="text-slate-800">
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3 font-semibold">
              {t("progress.name")}
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              {t("progress.settledOrNa")}
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              {t("progress.blocked")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map(({ key, label, counts }) => (
            <tr key={key}>
              <th scope="row" className="py-1 pr-3 font-medium">
                {label}
              </th>
              <td className="py-1 pr-3">
                <Bar percent={counts.percentDone} />{" "}
                <span>{t("progress.share", { percent: counts.percentDone, done: counts.done, total: counts.total })}</span>
              </td>
              <td className="py-1 pr-3">{counts.byStage.BLOCKED || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Counts per stage and the share settled or not applicable, overall, per institution and per service. */
export async function ProgressSummary({
  overall,
  institutions,
  services,
}: {
  overall: ProgressCounts;
  institutions: { key: string; label: string; counts: ProgressCounts }[];
  services: { key: Service; counts: ProgressCounts }[];
}) {
  const [t, tDomain] = await Promise.all([getT("engagements"), getT("domain")]);
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="progress-heading" className="text-lg font-semibold">
        {t("progress.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {t.rich("progress.overall", {
          percent: overall.percentDone,
          done: overall.done,
          total: overall.total,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={t("progress.perStage")}>
        {ALL_STAGES.map((stage) => (
          <li key={stage} className="flex items-center gap-1">
            <StageBadge stage={stage} />
            <span>
              {overall.byStage[stage]}
              <span className="sr-only"> {tDomain(`stage.${stage}`)}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <ProgressTable caption={t("progress.perInstitution")} rows={institutions} />
        <ProgressTable
          caption={t("progress.perService")}
          rows={services.map((s) => ({ key: s.key, label: tDomain(`service.${s.key}`), counts: s.counts }))}
        />
      </div>
    </section>
  );
}
