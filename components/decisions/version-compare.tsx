import { diffWords } from "diff";
import { useTranslations } from "next-intl";

type VersionText = { number: number; question: string; options: string; proposal: string; rationale: string };
const FIELDS = ["question", "options", "proposal", "rationale"] as const;

/** Two versions side by side, field by field: words taken out struck through on the left, words added marked on the right. */
export function VersionCompare({ older, newer }: { older: VersionText; newer: VersionText }) {
  const t = useTranslations("decisions");
  return (
    <div className="space-y-4">
      {FIELDS.map((field) => {
        const parts = diffWords(older[field], newer[field]);
        const unchanged = parts.every((p) => !p.added && !p.removed);
        return (
          <section key={field} aria-labelledby={`compare-${field}`} className="rounded-lg border border-slate-300 bg-white p-3">
            <h3 id={`compare-${field}`} className="font-semibold text-slate-900">
              {t(`fields.${field}`)} {unchanged && <span className="text-sm font-normal text-slate-700">{t("compare.unchanged")}</span>}
            </h3>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <div>
                <p className="text-xs font-semibold text-slate-700">{t("versionNumber", { version: older.number })}</p>
                <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">
                  {parts
                    .filter((p) => !p.added)
                    .map((p, i) =>
                      p.removed ? (
                        <del key={i} className="bg-red-100 text-red-900">
                          {p.value}
                        </del>
                      ) : (
                        <span key={i}>{p.value}</span>
                      ),
                    )}
                </p>
              </div>
              <div>
                <p className="text-xs font-semibold text-slate-700">{t("versionNumber", { version: newer.number })}</p>
                <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">
                  {parts
                    .filter((p) => !p.removed)
                    .map((p, i) =>
                      p.added ? (
                        <ins key={i} className="bg-green-100 text-green-900 no-underline">
                          {p.value}
                        </ins>
                      ) : (
                        <span key={i}>{p.value}</span>
                      ),
                    )}
                </p>
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}
