import Link from "next/link";
import { useTranslations } from "next-intl";

/** "Waiting for your sign-off": the decisions an institution this person answers for has not answered yet. */
export function WaitingForYou({
  programmeId,
  decisions,
}: {
  programmeId: string;
  decisions: readonly { id: string; number: number; title: string }[];
}) {
  const t = useTranslations("decisions");
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="waiting-heading" className="mb-4 rounded-lg border border-blue-300 bg-blue-50 p-4">
      <h2 id="waiting-heading" className="text-lg font-semibold text-slate-900">
        {t("waiting.heading", { count: decisions.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {decisions.map((d) => (
          <li key={d.id}>
            <Link href={`/programmes/${programmeId}/decisions/${d.number}#sign-off`} className="font-medium text-blue-900 underline">
              {t("reference", { number: d.number, title: d.title })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
