import Link from "next/link";
import type { NextStep, Warning } from "@/lib/engagements/next-steps";
import { getT } from "@/lib/i18n/server";

const SHOWN_STEPS = 6;
const SHOWN_WARNINGS = 8;

/** A next step with its words already said in the reader's language (the page says them: lib/engagements/next-steps.ts). */
export type SaidStep = Omit<NextStep, "title" | "why"> & { title: string; why: string; mine?: boolean };
/** A warning with its text already said in the reader's language. */
export type SaidWarning = Omit<Warning, "text"> & { text: string };

/** Steps grouped by the guide's tiers, each tier's reason said once. */
function StepGroups({
  programmeId,
  steps,
  start,
  mineLabel,
}: {
  programmeId: string;
  steps: readonly SaidStep[];
  start: number;
  mineLabel?: string;
}) {
  const groups: { why: string; items: SaidStep[] }[] = [];
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

function WarningItem({ programmeId, w, label }: { programmeId: string; w: SaidWarning; label: string }) {
  return (
    <li className="py-2">
      <span
        className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${w.kind === "blocked" || w.kind === "overdue" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
      >
        {label}
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

function MoreLink({ toggle, total, shown, text }: { toggle: ListToggle; total: number; shown: number; text: string }) {
  if (total <= shown) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={toggle.href} scroll={false} className="font-medium text-blue-900 underline">
        {text}
      </Link>
    </p>
  );
}

/** The guide's next steps and the warnings, each linking to its engagement. */
export async function NextStepsPanel({
  programmeId,
  steps,
  warnings,
  mineLabel,
  allSteps,
  allWarnings,
}: {
  programmeId: string;
  steps: readonly SaidStep[];
  warnings: readonly SaidWarning[];
  mineLabel?: string;
  allSteps: ListToggle;
  allWarnings: ListToggle;
}) {
  const t = await getT("engagements");
  const shownSteps = allSteps.expanded ? steps : steps.slice(0, SHOWN_STEPS);
  const shownWarnings = allWarnings.expanded ? warnings : warnings.slice(0, SHOWN_WARNINGS);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="next-steps-heading" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="next-steps-heading" className="text-lg font-semibold">
          {t("panel.nextSteps")}
        </h2>
        {steps.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("panel.nothingToDo")}</p>
        ) : (
          <>
            <StepGroups programmeId={programmeId} steps={shownSteps} start={1} mineLabel={mineLabel} />
            <MoreLink
              toggle={allSteps}
              total={steps.length}
              shown={SHOWN_STEPS}
              text={
                allSteps.expanded ? t("panel.showFirstSteps", { count: SHOWN_STEPS }) : t("panel.showAllSteps", { count: steps.length })
              }
            />
          </>
        )}
      </section>
      <section aria-labelledby="warnings-heading" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="warnings-heading" className="text-lg font-semibold">
          {t("panel.needsAttention")}{" "}
          {warnings.length > 0 && <span className="text-sm font-normal text-slate-700">({warnings.length})</span>}
        </h2>
        {warnings.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("panel.nothingNeedsAttention")}</p>
        ) : (
          <>
            <ul className="mt-1 divide-y divide-slate-200 text-sm">
              {shownWarnings.map((w) => (
                <WarningItem key={`${w.kind}-${w.engagementId}`} programmeId={programmeId} w={w} label={t(`panel.kind.${w.kind}`)} />
              ))}
            </ul>
            <MoreLink
              toggle={allWarnings}
              total={warnings.length}
              shown={SHOWN_WARNINGS}
              text={
                allWarnings.expanded
                  ? t("panel.showFirstWarnings", { count: SHOWN_WARNINGS })
                  : t("panel.showAllWarnings", { count: warnings.length })
              }
            />
          </>
        )}
      </section>
    </div>
  );
}
