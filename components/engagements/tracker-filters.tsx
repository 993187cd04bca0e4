import Link from "next/link";
import { SERVICE_LABELS, SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { ALL_STAGES, STAGE_LABELS } from "@/lib/engagements/transitions";

const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked. */
export function TrackerFilters({ programmeId, institutions, value }: { programmeId: string; institutions: { id: string; label: string }[]; value: { service?: string; institution?: string; stage?: string } }) {
  const active = Boolean(value.service || value.institution || value.stage);
  return (
    <form method="get" action={`/programmes/${programmeId}/services`} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3" aria-label="Filter the tracker">
      <div className="min-w-[10rem]">
        <label htmlFor="filter-service" className="block text-sm font-medium text-slate-800">
          Service
        </label>
        <select id="filter-service" name="service" defaultValue={value.service ?? ""} className={SELECT}>
          <option value="">All services</option>
          {SERVICES_IN_GUIDE_ORDER.map((s) => (
            <option key={s} value={s}>
              {SERVICE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-[10rem]">
        <label htmlFor="filter-institution" className="block text-sm font-medium text-slate-800">
          Institution
        </label>
        <select id="filter-institution" name="institution" defaultValue={value.institution ?? ""} className={SELECT}>
          <option value="">All institutions</option>
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-[10rem]">
        <label htmlFor="filter-stage" className="block text-sm font-medium text-slate-800">
          Stage
        </label>
        <select id="filter-stage" name="stage" defaultValue={value.stage ?? ""} className={SELECT}>
          <option value="">All stages</option>
          {ALL_STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">
        Apply filters
      </button>
      {active && (
        <Link href={`/programmes/${programmeId}/services`} className="px-2 py-2 text-sm font-medium text-blue-900 underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
