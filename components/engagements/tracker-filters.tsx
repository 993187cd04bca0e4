"use client";
import { useEffect, useRef, useTransition, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { ALL_STAGES } from "@/lib/engagements/transitions";
import { FilterSelect } from "@/components/ui/filter-select";
import { useHydrated } from "@/components/ui/use-hydrated";

type FilterValue = { service?: string; institution?: string; stage?: string };

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked.
 * Without JavaScript the "Apply filters" button submits it. Once the page's JavaScript runs, each
 * change applies at once (a client-side navigation that keeps focus on the select, so keyboard users
 * can go on), and the button goes away. `keep` carries the page's other settings (removed partners,
 * expanded lists) so filtering does not drop them.
 */
export function TrackerFilters({
  programmeId,
  institutions,
  value,
  keep,
  clearHref,
}: {
  programmeId: string;
  institutions: { id: string; label: string }[];
  value: FilterValue;
  keep: Record<string, string>;
  clearHref: string;
}) {
  const t = useTranslations("engagementsClient");
  const tDomain = useTranslations("domain");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const action = `/programmes/${programmeId}/services`;
  const active = Boolean(value.service || value.institution || value.stage);

  // The selects are uncontrolled (defaultValue): after "Clear filters" or the browser's back button
  // the page re-renders without remounting them, so they are set to what the URL says now.
  useEffect(() => {
    const elements = form.current?.elements;
    if (!elements) return;
    for (const name of ["service", "institution", "stage"] as const) {
      const select = elements.namedItem(name);
      if (select instanceof HTMLSelectElement) select.value = value[name] ?? "";
    }
  }, [value.service, value.institution, value.stage]); // eslint-disable-line react-hooks/exhaustive-deps -- the three strings are the dependency

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, v] of new FormData(event.currentTarget)) if (typeof v === "string" && v) query.set(key, v);
    const qs = query.toString();
    startTransition(() => router.replace(`${action}${qs ? `?${qs}` : ""}`, { scroll: false }));
  }

  return (
    <form
      ref={form}
      method="get"
      action={action}
      onSubmit={apply}
      onChange={(event) => event.currentTarget.requestSubmit()}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3"
      aria-label={t("filters.formLabel")}
      aria-busy={pending}
    >
      {Object.entries(keep).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <FilterSelect
        id="filter-service"
        name="service"
        label={t("filters.service")}
        allLabel={t("filters.allServices")}
        value={value.service}
        className="min-w-[10rem]"
        options={SERVICES_IN_GUIDE_ORDER.map((s) => ({ value: s, label: tDomain(`service.${s}`) }))}
      />
      <FilterSelect
        id="filter-institution"
        name="institution"
        label={t("filters.institution")}
        allLabel={t("filters.allInstitutions")}
        value={value.institution}
        className="max-w-full min-w-[10rem]"
        options={institutions.map((i) => ({ value: i.id, label: i.label }))}
      />
      <FilterSelect
        id="filter-stage"
        name="stage"
        label={t("filters.stage")}
        allLabel={t("filters.allStages")}
        value={value.stage}
        className="min-w-[10rem]"
        options={ALL_STAGES.map((s) => ({ value: s, label: tDomain(`stage.${s}`) }))}
      />
      {!hydrated && (
        <button type="submit" className="rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900">
          {t("filters.apply")}
        </button>
      )}
      {active && (
        <Link href={clearHref} scroll={false} className="px-2 py-2 text-sm font-medium text-blue-900 underline">
          {t("filters.clear")}
        </Link>
      )}
    </form>
  );
}
