import Link from "next/link";
import { hasActiveFilters, type BoardFilters } from "@/lib/board/schema";
import type { BoardFilterOptions } from "@/lib/board/data";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { getT } from "@/lib/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";

/** The query string for the board with these filters (and overrides); empty values are dropped. */
export function boardQuery(filters: BoardFilters, overrides: Record<string, string | number | boolean | undefined> = {}) {
  const params = new URLSearchParams();
  const all: Record<string, unknown> = { ...filters, ...overrides };
  for (const [key, value] of Object.entries(all)) {
    if (value === undefined || value === false || value === "" || value === null) continue;
    params.set(key, value === true ? "1" : typeof value === "string" ? value : JSON.stringify(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Filters as a plain GET form: they live in the URL, so a filtered board can be bookmarked and shared. */
export async function BoardFiltersForm({
  basePath,
  filters,
  options,
}: {
  basePath: string;
  filters: BoardFilters;
  options: BoardFilterOptions;
}) {
  const [t, tDomain] = await Promise.all([getT("board"), getT("domain")]);
  const active = hasActiveFilters(filters);
  return (
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label={t("filters.label")}
      className="mb-4 rounded-lg border border-slate-300 bg-white p-3"
    >
      {filters.view && <input type="hidden" name="view" value={filters.view} />}
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        <div className="col-span-2 lg:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            {t("filters.search")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={t("filters.searchPlaceholder")}
            className={CONTROL}
          />
        </div>
        <FilterSelect
          id="filter-service"
          name="service"
          label={t("filters.service")}
          allLabel={t("filters.allServices")}
          value={filters.service}
          options={SERVICES_IN_GUIDE_ORDER.map((s) => ({ value: s, label: tDomain(`service.${s}`) }))}
        />
        <FilterSelect
          id="filter-institution"
          name="institution"
          label={t("filters.institution")}
          allLabel={t("filters.allInstitutions")}
          value={filters.institution}
          options={options.institutions.map((i) => ({ value: i.id, label: i.lead ? t("filters.lead", { name: i.name }) : i.name }))}
        />
        <FilterSelect
          id="filter-assignee"
          name="assignee"
          label={t("filters.assignee")}
          allLabel={t("filters.anyone")}
          value={filters.assignee}
          options={[{ value: "none", label: t("filters.unassigned") }, ...options.assignees.map((a) => ({ value: a.id, label: a.name }))]}
        />
        <FilterSelect
          id="filter-label"
          name="label"
          label={t("filters.labelFilter")}
          allLabel={t("filters.anyLabel")}
          value={filters.label}
          options={options.labels.map((l) => ({ value: l, label: l }))}
        />
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">{t("filters.showOnly")}</legend>
          <div className="mt-1 flex flex-col gap-2">
            <label className="flex min-h-6 items-center gap-2">
              <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} className="h-4 w-4" /> {t("filters.mine")}
            </label>
            <label className="flex min-h-6 items-center gap-2">
              <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-4 w-4" /> {t("filters.overdue")}
            </label>
          </div>
        </fieldset>
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClasses("primary", "sm")}>
          {t("filters.apply")}
        </button>
        {active && (
          <Link href={`${basePath}${boardQuery({ view: filters.view } as BoardFilters)}`} className={buttonClasses("secondary", "sm")}>
            {t("filters.clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
