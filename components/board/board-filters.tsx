import Link from "next/link";
import type { BoardFilters } from "@/lib/board/schema";
import type { BoardFilterOptions } from "@/lib/board/data";
import { SERVICE_LABELS, SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { buttonClasses } from "@/components/ui/button";

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
export function BoardFiltersForm({ basePath, filters, options }: { basePath: string; filters: BoardFilters; options: BoardFilterOptions }) {
  const active = Boolean(filters.service || filters.institution || filters.assignee || filters.mine || filters.overdue || filters.label || filters.q);
  return (
    <form method="get" action={basePath} role="search" aria-label="Filter issues" className="mb-4 rounded-lg border border-slate-300 bg-white p-3">
      {filters.view && <input type="hidden" name="view" value={filters.view} />}
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        <div className="col-span-2 lg:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Title, text, label or #number" className={CONTROL} />
        </div>
        <div>
          <label htmlFor="filter-service" className="block text-sm font-medium text-slate-800">
            Service
          </label>
          <select id="filter-service" name="service" defaultValue={filters.service ?? ""} className={CONTROL}>
            <option value="">All services</option>
            {SERVICES_IN_GUIDE_ORDER.map((s) => (
              <option key={s} value={s}>
                {SERVICE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-institution" className="block text-sm font-medium text-slate-800">
            Institution
          </label>
          <select id="filter-institution" name="institution" defaultValue={filters.institution ?? ""} className={CONTROL}>
            <option value="">All institutions</option>
            {options.institutions.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
                {i.lead ? " (lead)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-assignee" className="block text-sm font-medium text-slate-800">
            Assignee
          </label>
          <select id="filter-assignee" name="assignee" defaultValue={filters.assignee ?? ""} className={CONTROL}>
            <option value="">Anyone</option>
            <option value="none">Unassigned</option>
            {options.assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-label" className="block text-sm font-medium text-slate-800">
            Label
          </label>
          <select id="filter-label" name="label" defaultValue={filters.label ?? ""} className={CONTROL}>
            <option value="">Any label</option>
            {options.labels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">Show only</legend>
          <div className="mt-1 flex flex-col gap-2">
            <label className="flex min-h-6 items-center gap-2">
              <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} className="h-4 w-4" /> Assigned to me
            </label>
            <label className="flex min-h-6 items-center gap-2">
              <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="h-4 w-4" /> Overdue
            </label>
          </div>
        </fieldset>
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClasses("primary", "sm")}>
          Apply filters
        </button>
        {active && (
          <Link href={`${basePath}${boardQuery({ view: filters.view } as BoardFilters)}`} className={buttonClasses("secondary", "sm")}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}
