import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listAuditTrail } from "@/lib/audit/data";
import { AUDIT_PAGE_SIZE, parseAuditFilters, type AuditFilters } from "@/lib/audit/schema";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getReader } from "@/lib/account/data";
import { formatDateTime } from "@/lib/domain/dates";
import type { AuditItem } from "@/lib/audit/items";
import { getSay, getT } from "@/lib/i18n/server";

type AuditT = Awaited<ReturnType<typeof getT<"audit">>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("audit");
  return { title: t("page.title") };
}

/** "Board issue: #12 Grading scale", linked when the reader may open it. */
function ItemCell({ item, entityId, t }: { item: AuditItem; entityId: string; t: AuditT }) {
  if (item.label === null) {
    return (
      <>
        {item.typeLabel} <span className="text-slate-700">{t("item.gone", { id: entityId.slice(0, 10) })}</span>
      </>
    );
  }
  return (
    <>
      <span className="text-slate-700">{t("item.type", { type: item.typeLabel })} </span>
      {item.href ? (
        <Link href={item.href} prefetch={false} className="font-medium text-blue-800 underline hover:text-blue-900">
          {item.label}
        </Link>
      ) : (
        <span className="font-medium">{item.label}</span>
      )}
    </>
  );
}

function pageHref(programmeId: string, filters: AuditFilters, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["actor", "action", "entity", "from", "to"] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return `/programmes/${programmeId}/audit${qs ? `?${qs}` : ""}`;
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId } = await params;
  const user = await requireUser();
  const { filters, problems } = parseAuditFilters(await searchParams);
  const [reader, say, t] = await Promise.all([getReader(), getSay(), getT("audit")]);
  const trail = await listAuditTrail(user, programmeId, filters, say, reader);
  if (!trail) notFound();
  const filtered = Boolean(filters.actor || filters.action || filters.entity || filters.from || filters.to);
  const first = trail.total === 0 ? 0 : (trail.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(trail.page * AUDIT_PAGE_SIZE, trail.total);

  return (
    <>
      <PageHeader title={t("page.title")} description={t("page.description")} />
      <p className="mb-4 text-sm text-slate-700">
        {reader.timeZone === "UTC" ? t("page.timeZoneUtc") : t("page.timeZoneLocal", { timeZone: reader.timeZone })}{" "}
        <Link href="/account" className="font-medium text-blue-800 underline">
          {t("page.changeTimeZone")}
        </Link>
      </p>
      <form
        method="get"
        className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
        aria-label={t("filters.label")}
      >
        <div className="lg:col-span-2">
          <SelectField
            label={t("filters.who")}
            name="actor"
            defaultValue={filters.actor ?? ""}
            options={[{ value: "", label: t("filters.anyone") }, ...trail.options.actors.map((a) => ({ value: a.id, label: a.name }))]}
          />
        </div>
        <SelectField
          label={t("filters.action")}
          name="action"
          defaultValue={filters.action ?? ""}
          options={[{ value: "", label: t("filters.anyAction") }, ...trail.options.actions]}
        />
        <SelectField
          label={t("filters.itemType")}
          name="entity"
          defaultValue={filters.entity ?? ""}
          options={[{ value: "", label: t("filters.anyType") }, ...trail.options.entities]}
        />
        <TextField
          label={t("filters.from")}
          name="from"
          type="date"
          defaultValue={filters.from ?? ""}
          hint={t("filters.daysIn", { timeZone: reader.timeZone })}
        />
        <TextField
          label={t("filters.to")}
          name="to"
          type="date"
          defaultValue={filters.to ?? ""}
          hint={t("filters.daysIn", { timeZone: reader.timeZone })}
        />
        <div className="flex items-end gap-3 lg:col-span-6">
          <button type="submit" className={buttonClasses("primary")}>
            {t("filters.apply")}
          </button>
          {filtered && (
            <Link href={`/programmes/${programmeId}/audit`} className="text-sm font-medium text-blue-800 underline">
              {t("filters.clear")}
            </Link>
          )}
        </div>
      </form>

      {problems.length > 0 && (
        <div role="alert" className="mb-4 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-sm text-slate-900">
          {problems.map(say).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}

      {trail.total === 0 ? (
        <EmptyState title={filtered ? t("empty.filteredTitle") : t("empty.title")}>
          {filtered ? t("empty.filteredHint") : t("empty.hint")}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" aria-live="polite">
            {t("list.showing", { first, last, total: trail.total })}
          </p>
          <ScrollRegion label={t("list.scrollLabel")} className="rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">{t("list.caption")}</caption>
              <thead className="bg-slate-100 text-slate-800">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t("list.when")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t("list.who")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t("list.action")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t("list.item")}
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    {t("list.changes")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 align-top">
                {trail.rows.map((row) => (
                  <tr key={row.id}>
                    <td className="px-4 py-2 whitespace-nowrap">
                      <time dateTime={row.at.toISOString()}>{formatDateTime(row.at, reader)}</time>
                    </td>
                    <td className="px-4 py-2">{row.actorName}</td>
                    <td className="px-4 py-2 font-medium">{row.actionLabel}</td>
                    <td className="px-4 py-2">
                      <ItemCell item={row.item} entityId={row.entityId} t={t} />
                    </td>
                    <td className="px-4 py-2">
                      {row.changes.length === 0 ? (
                        <span className="text-slate-700">{t("list.noChanges")}</span>
                      ) : (
                        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                          {row.changes.map((c) => (
                            <div key={c.field} className="contents">
                              <dt className="font-medium text-slate-800">{c.label}</dt>
                              <dd className="break-words text-slate-900">
                                <span className="sr-only">{t("list.from")} </span>
                                <span className="text-slate-700 line-through decoration-slate-500">{c.from}</span>
                                <span aria-hidden="true"> → </span>
                                <span className="sr-only"> {t("list.to")} </span>
                                <span>{c.to}</span>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {trail.pageCount > 1 && (
            <nav aria-label={t("pagination.label")} className="mt-4 flex items-center justify-between text-sm">
              {trail.page > 1 ? (
                <Link className={buttonClasses("secondary", "sm")} href={pageHref(programmeId, filters, trail.page - 1)} rel="prev">
                  ← {t("pagination.newer")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-slate-700">{t("pagination.page", { page: trail.page, pageCount: trail.pageCount })}</span>
              {trail.page < trail.pageCount ? (
                <Link className={buttonClasses("secondary", "sm")} href={pageHref(programmeId, filters, trail.page + 1)} rel="next">
                  {t("pagination.older")} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
