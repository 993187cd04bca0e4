import Link from "next/link";
import { obstaclesRaisedFrom } from "@/lib/obstacles/data";
import { getT } from "@/lib/i18n/server";
import { ObstacleStageBadge } from "@/components/plan/badges";

/**
 * On an advice entry or a board issue: the obstacles raised from it (the link back), and the way to
 * raise one when the rule it mentions blocks the programme.
 */
export async function RaisedObstacles({
  programmeId,
  from,
  raiseHref,
}: {
  programmeId: string;
  from: { adviceId: string } | { issueId: string };
  /** Where "Raise an obstacle" goes, when this person may raise one here. */
  raiseHref: string | null;
}) {
  const [obstacles, t] = await Promise.all([obstaclesRaisedFrom(from), getT("obstacles")]);
  if (obstacles.length === 0 && !raiseHref) return null;
  return (
    <section aria-labelledby="raised-obstacles-heading" className="mt-4 rounded-lg border border-slate-300 bg-white p-4 text-sm">
      <h2 id="raised-obstacles-heading" className="font-semibold text-slate-900">
        {t("raised.heading")}
      </h2>
      {obstacles.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("raised.none")}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {obstacles.map((o) => (
            <li key={o.number} className="flex flex-wrap items-center gap-2">
              <Link href={`/programmes/${programmeId}/obstacles/${o.number}`} className="text-blue-900 underline">
                {t("reference", { number: o.number, title: o.title })}
              </Link>
              <ObstacleStageBadge stage={o.stage} />
            </li>
          ))}
        </ul>
      )}
      {raiseHref && (
        <p className="mt-2">
          <Link href={raiseHref} className="font-medium text-blue-900 underline">
            {t("raised.raise")}
          </Link>
        </p>
      )}
    </section>
  );
}
