import type { Service } from "@/lib/generated/prisma/enums";
import { SERVICE_LABELS } from "@/lib/domain/services";
import type { ProgressCounts } from "@/lib/engagements/next-steps";
import { ALL_STAGES, STAGE_LABELS } from "@/lib/engagements/transitions";
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
function ProgressTable({ caption, rows }: { caption: string; rows: { key: string; label: string; counts: ProgressCounts }[] }) {
  return (
    <div className="min-w-0">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold text-slate-900">{caption}</caption>
        <thead className="text-slate-800">
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3 font-semibold">
              Name
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Settled or N/A
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold">
              Blocked
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
                <span className="whitespace-nowrap">{`${counts.percentDone}% (${counts.done} of ${counts.total})`}</span>
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
export function ProgressSummary({
  overall,
  institutions,
  services,
}: {
  overall: ProgressCounts;
  institutions: { key: string; label: string; counts: ProgressCounts }[];
  services: { key: Service; counts: ProgressCounts }[];
}) {
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="progress-heading" className="text-lg font-semibold">
        Progress
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        <strong>{overall.percentDone}%</strong> settled or not applicable ({overall.done} of {overall.total} engagements).
      </p>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Engagements per stage">
        {ALL_STAGES.map((stage) => (
          <li key={stage} className="flex items-center gap-1">
            <StageBadge stage={stage} />
            <span>
              {overall.byStage[stage]}
              <span className="sr-only"> {STAGE_LABELS[stage]}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <ProgressTable caption="Per institution" rows={institutions} />
        <ProgressTable caption="Per service" rows={services.map((s) => ({ key: s.key, label: SERVICE_LABELS[s.key], counts: s.counts }))} />
      </div>
    </section>
  );
}
