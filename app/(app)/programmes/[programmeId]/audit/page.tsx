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

export const metadata: Metadata = { title: "Audit trail" };

/** "Board issue #12 Grading scale", linked when the reader may open it. */
function ItemCell({ item, entityId }: { item: AuditItem; entityId: string }) {
  if (item.label === null) {
    return (
      <>
        {item.typeLabel} <span className="text-slate-700">(no longer exists; id {entityId.slice(0, 10)})</span>
      </>
    );
  }
  return (
    <>
      <span className="text-slate-700">{item.typeLabel}: </span>
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
  const reader = await getReader();
  const trail = await listAuditTrail(user, programmeId, filters, reader);
  if (!trail) notFound();
  const filtered = Boolean(filters.actor || filters.action || filters.entity || filters.from || filters.to);
  const first = trail.total === 0 ? 0 : (trail.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(trail.page * AUDIT_PAGE_SIZE, trail.total);

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change made in this programme: who made it, when, and what each field was before and after. Entries can be read but never edited or deleted."
      />
      <p className="mb-4 text-sm text-slate-700">
        Times and date filters are in {reader.timeZone === "UTC" ? "UTC" : `your time zone, ${reader.timeZone}`}.{" "}
        <Link href="/account" className="font-medium text-blue-800 underline">
          Change your time zone
        </Link>
      </p>
      <form
        method="get"
        className="mb-6 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
        aria-label="Filter the audit trail"
      >
        <div className="lg:col-span-2">
          <SelectField
            label="Who"
            name="actor"
            defaultValue={filters.actor ?? ""}
            options={[{ value: "", label: "Anyone" }, ...trail.options.actors.map((a) => ({ value: a.id, label: a.name }))]}
          />
        </div>
        <SelectField
          label="Action"
          name="action"
          defaultValue={filters.action ?? ""}
          options={[{ value: "", label: "Any action" }, ...trail.options.actions]}
        />
        <SelectField
          label="Item type"
          name="entity"
          defaultValue={filters.entity ?? ""}
          options={[{ value: "", label: "Any type" }, ...trail.options.entities]}
        />
        <TextField label="From" name="from" type="date" defaultValue={filters.from ?? ""} hint={`Days in ${reader.timeZone}`} />
        <TextField label="To (inclusive)" name="to" type="date" defaultValue={filters.to ?? ""} hint={`Days in ${reader.timeZone}`} />
        <div className="flex items-end gap-3 lg:col-span-6">
          <button type="submit" className={buttonClasses("primary")}>
            Apply filters
          </button>
          {filtered && (
            <Link href={`/programmes/${programmeId}/audit`} className="text-sm font-medium text-blue-800 underline">
              Clear filters
            </Link>
          )}
        </div>
      </form>

      {problems.length > 0 && (
        <div role="alert" className="mb-4 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-sm text-slate-900">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}

      {trail.total === 0 ? (
        <EmptyState title={filtered ? "No entries match these filters." : "Nothing has been recorded in this programme yet."}>
          {filtered ? "Widen the date range or clear a filter." : "Every change made in the programme will appear here."}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" aria-live="polite">
            Showing {first}–{last} of {trail.total} {trail.total === 1 ? "entry" : "entries"}, newest first.
          </p>
          <ScrollRegion label="Audit entries (scrolls sideways)" className="rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Audit entries, newest first</caption>
              <thead className="bg-slate-100 text-slate-800">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    When
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Who
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Action
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Item
                  </th>
                  <th scope="col" className="px-4 py-2 font-semibold">
                    Changes
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
                      <ItemCell item={row.item} entityId={row.entityId} />
                    </td>
                    <td className="px-4 py-2">
                      {row.changes.length === 0 ? (
                        <span className="text-slate-700">No field changes recorded</span>
                      ) : (
                        <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                          {row.changes.map((c) => (
                            <div key={c.field} className="contents">
                              <dt className="font-medium text-slate-800">{c.label}</dt>
                              <dd className="break-words text-slate-900">
                                <span className="sr-only">from </span>
                                <span className="text-slate-700 line-through decoration-slate-500">{c.from}</span>
                                <span aria-hidden="true"> → </span>
                                <span className="sr-only"> to </span>
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
            <nav aria-label="Audit trail pages" className="mt-4 flex items-center justify-between text-sm">
              {trail.page > 1 ? (
                <Link className={buttonClasses("secondary", "sm")} href={pageHref(programmeId, filters, trail.page - 1)} rel="prev">
                  ← Newer entries
                </Link>
              ) : (
                <span />
              )}
              <span className="text-slate-700">
                Page {trail.page} of {trail.pageCount}
              </span>
              {trail.page < trail.pageCount ? (
                <Link className={buttonClasses("secondary", "sm")} href={pageHref(programmeId, filters, trail.page + 1)} rel="next">
                  Older entries →
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
