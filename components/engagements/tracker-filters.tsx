import Link from "next/link";
import { SERVICE_LABELS, SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { ALL_STAGES, STAGE_LABELS } from "@/lib/engagements/transitions";
import { FilterSelect } from "@/components/ui/filter-select";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked. */
export function TrackerFilters({
  programmeId,
  institutions,
  value,
}: {
  programmeId: string;
  institutions: { id: string; label: string }[];
  value: { service?: string; institution?: string; stage?: string };
}) {
  const active = Boolean(value.service || value.institution || value.stage);
  return (
    <form
      method="get"
      action={`/programmes/${programmeId}/services`}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3"
      aria-label="Filter the tracker"
    >
      <FilterSelect
        id="filter-service"
        name="service"
        label="Service"
        allLabel="All services"
        value={value.service}
        className="min-w-[10rem]"
        options={SERVICES_IN_GUIDE_ORDER.map((s) => ({ value: s, label: SERVICE_LABELS[s] }))}
      />
      <FilterSelect
        id="filter-institution"
        name="institution"
        label="Institution"
        allLabel="All institutions"
        value={value.institution}
        className="min-w-[10rem]"
        options={institutions.map((i) => ({ value: i.id, label: i.label }))}
      />
      <FilterSelect
        id="filter-stage"
        name="stage"
        label="Stage"
        allLabel="All stages"
        value={value.stage}
        className="min-w-[10rem]"
        options={ALL_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
      />
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
