import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { USER_STATUS_FILTERS, type UserStatusFilter } from "@/lib/admin/schema";
import { getT } from "@/lib/i18n/server";

/** A plain GET form: searches are bookmarkable and work without JavaScript. */
export async function SearchForm({
  basePath,
  label,
  q,
  status,
}: {
  basePath: string;
  label: string;
  q: string;
  status?: UserStatusFilter;
}) {
  const t = await getT("admin");
  return (
    <form method="get" action={basePath} role="search" className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="q" className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          className="mt-1 block w-72 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
        />
      </div>
      {status && (
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">
            {t("list.status")}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={status}
            className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
          >
            {USER_STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`list.statusFilter.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className={buttonClasses("secondary")}>
        {t("list.search")}
      </button>
      {(q || (status && status !== "all")) && (
        <Link href={basePath} className="py-2 text-sm font-medium text-blue-800 underline">
          {t("list.clearSearch")}
        </Link>
      )}
    </form>
  );
}

/** `totalLabel` is the count of what is listed, already said ("22 institutions"). */
export async function Pagination({
  basePath,
  page,
  pageCount,
  totalLabel,
  params,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  totalLabel: string;
  params: Record<string, string>;
}) {
  const t = await getT("admin");
  const href = (p: number) => {
    const search = new URLSearchParams({
      ...Object.fromEntries(Object.entries(params).filter(([, v]) => v && v !== "all")),
      ...(p > 1 ? { page: String(p) } : {}),
    });
    const qs = search.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  return (
    <nav aria-label={t("list.pagination.label")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-800">
      <p>
        {totalLabel}
        {pageCount > 1 ? ` · ${t("list.pagination.pageOf", { page, pageCount })}` : ""}
      </p>
      {pageCount > 1 && (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={href(page - 1)} className={buttonClasses("secondary", "sm")} rel="prev">
              {t("list.pagination.previous")}
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link href={href(page + 1)} className={buttonClasses("secondary", "sm")} rel="next">
              {t("list.pagination.next")}
            </Link>
          ) : null}
        </div>
      )}
    </nav>
  );
}
