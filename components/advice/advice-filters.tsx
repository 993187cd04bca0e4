import type { AdviceFilters } from "@/lib/advice/schema";
import { ADVICE_KINDS } from "@/lib/advice/labels";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { getT } from "@/lib/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";
const LABEL = "block text-sm font-medium text-slate-800";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function AdviceFilterForm({
  action,
  filters,
  institutions,
  canSeeRemoved,
}: {
  action: string;
  filters: AdviceFilters;
  institutions: { id: string; name: string }[];
  canSeeRemoved: boolean;
}) {
  const [t, tKinds, tDomain] = await Promise.all([getT("advice"), getT("adviceClient"), getT("domain")]);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters.label")}
      className="mb-5 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className={LABEL}>
          {t("filters.search")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          className={CONTROL}
          placeholder={t("filters.searchPlaceholder")}
        />
      </div>
      <FilterSelect
        id="filter-institution"
        name="institution"
        label={t("filters.institution")}
        allLabel={t("filters.allInstitutions")}
        value={filters.institution}
        options={institutions.map((i) => ({ value: i.id, label: i.name }))}
      />
      <FilterSelect
        id="filter-service"
        name="service"
        label={t("filters.service")}
        allLabel={t("filters.allServices")}
        value={filters.service}
        options={SERVICES_IN_GUIDE_ORDER.map((s) => ({ value: s, label: tDomain(`service.${s}`) }))}
      />
      <FilterSelect
        id="filter-kind"
        name="kind"
        label={t("filters.kind")}
        allLabel={t("filters.allKinds")}
        value={filters.kind}
        options={ADVICE_KINDS.map((k) => ({ value: k, label: tKinds(`kind.${k}`) }))}
      />
      <div>
        <label htmlFor="filter-from" className={LABEL}>
          {t("filters.from")}
        </label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} className={CONTROL} />
      </div>
      <div>
        <label htmlFor="filter-to" className={LABEL}>
          {t("filters.until")}
        </label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} className={CONTROL} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("filters.apply")}
        </button>
        <a href={action} className={buttonClasses("secondary")}>
          {t("filters.clear")}
        </a>
        {canSeeRemoved && (
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="removed" value="1" defaultChecked={filters.removed} />
            {t("filters.removedOnly")}
          </label>
        )}
      </div>
    </form>
  );
}
