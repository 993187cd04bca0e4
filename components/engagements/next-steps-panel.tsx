import Link from "next/link";
import type { NextStep, Warning } from "@/lib/engagements/next-steps";

const SHOWN_STEPS = 6;
const SHOWN_WARNINGS = 8;

const WARNING_LABELS: Record<Warning["kind"], string> = {
  blocked: "Blocked",
  partnerAhead: "Out of order",
  overdue: "Overdue",
  stale: "No activity",
};

type Step = NextStep & { mine?: boolean };

/** Steps grouped by the guide's tiers, each tier's reason said once. */
function StepGroups({
  programmeId,
  steps,
  start,
  mineLabel,
}: {
  programmeId: string;
  steps: readonly Step[];
  start: number;
  mineLabel?: string;
}) {
  const groups: { why: string; items: Step[] }[] = [];
  for (const s of steps) {
    const last = groups.at(-1);
    if (last && last.why === s.why) last.items.push(s);
    else groups.push({ why: s.why, items: [s] });
  }
  let n = start;
  return (
    <>
      {groups.map((g, i) => (
        <div key={`${i}-${g.why}`} className="mt-2">
          <p className="text-xs text-slate-700">{g.why}</p>
          <ol start={n} className="mt-1 list-decimal space-y-1 pl-6 text-sm">
            {g.items.map((s) => {
              n++;
              return (
                <li key={s.engagementId}>
                  <Link
                    href={`/programmes/${programmeId}/services/${s.engagementId}`}
                    prefetch={false}
                    className="font-medium text-blue-900 underline-offset-2 hover:underline"
                  >
                    {s.title}
                  </Link>
                  {s.mine && mineLabel && (
                    <span className="ml-2 rounded bg-blue-100 px-1.5 py-0.5 text-xs font-medium text-blue-900">{mineLabel}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </>
  );
}

function WarningItem({ programmeId, w }: { programmeId: string; w: Warning }) {
  return (
    <li className="py-2">
      <span
        className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${w.kind === "blocked" || w.kind === "overdue" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
      >
        {WARNING_LABELS[w.kind]}
      </span>
      <Link
        href={`/programmes/${programmeId}/services/${w.engagementId}`}
        prefetch={false}
        className="text-blue-900 underline-offset-2 hover:underline"
      >
        {w.text}
      </Link>
    </li>
  );
}

/** "Show all N" / "Show the first N": the long lists are rendered only when asked for (their URL says so). */
type ListToggle = { expanded: boolean; href: string };

function MoreLink({ toggle, total, shown, noun }: { toggle: ListToggle; total: number; shown: number; noun: string }) {
  if (total <= shown) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={toggle.href} scroll={false} className="font-medium text-blue-900 underline">
        {toggle.expanded ? `Show only the first ${shown} ${noun}` : `Show all ${total} ${noun}`}
      </Link>
    </p>
  );
}

/** The guide's next steps and the warnings, each linking to its engagement. */
export function NextStepsPanel({
  programmeId,
  steps,
  warnings,
  mineLabel,
  allSteps,
  allWarnings,
}: {
  programmeId: string;
  steps: readonly Step[];
  warnings: readonly Warning[];
  mineLabel?: string;
  allSteps: ListToggle;
  allWarnings: ListToggle;
}) {
  const shownSteps = allSteps.expanded ? steps : steps.slice(0, SHOWN_STEPS);
  const shownWarnings = allWarnings.expanded ? warnings : warnings.slice(0, SHOWN_WARNINGS);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="next-steps-heading" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="next-steps-heading" className="text-lg font-semibold">
          Next steps
        </h2>
        {steps.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            Nothing to do: every service is settled, not applicable or blocked (see “Needs attention”).
          </p>
        ) : (
          <>
            <StepGroups programmeId={programmeId} steps={shownSteps} start={1} mineLabel={mineLabel} />
            <MoreLink toggle={allSteps} total={steps.length} shown={SHOWN_STEPS} noun="steps" />
          </>
        )}
      </section>
      <section aria-labelledby="warnings-heading" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="warnings-heading" className="text-lg font-semibold">
          Needs attention {warnings.length > 0 && <span className="text-sm font-normal text-slate-700">({warnings.length})</span>}
        </h2>
        {warnings.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Nothing is blocked, overdue, stale or out of order.</p>
        ) : (
          <>
            <ul className="mt-1 divide-y divide-slate-200 text-sm">
              {shownWarnings.map((w) => (
                <WarningItem key={`${w.kind}-${w.engagementId}`} programmeId={programmeId} w={w} />
              ))}
            </ul>
            <MoreLink toggle={allWarnings} total={warnings.length} shown={SHOWN_WARNINGS} noun="warnings" />
          </>
        )}
      </section>
    </div>
  );
}
