import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getReader } from "@/lib/account/data";
import { formatDateTime } from "@/lib/domain/dates";
import { firstValues } from "@/lib/domain/search-params";
import { getT } from "@/lib/i18n/server";
import { describeMailSetup } from "@/lib/mail/config";
import { listOutbox } from "@/lib/outbox/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import { Pagination, SearchForm } from "@/components/admin/list-controls";
import { DeliveryStatus } from "@/components/admin/delivery-status";
import { TestEmailForm } from "@/components/admin/test-email-form";

const querySchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.outbox") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePlatformAdmin();
  const query = querySchema.parse(firstValues(await searchParams));
  const [list, t, reader] = await Promise.all([listOutbox(query), getT("admin"), getReader()]);
  const setup = describeMailSetup();
  return (
    <>
      <PageHeader
        title={t("outbox.title")}
        description={
          setup.mode === "outbox"
            ? t("outbox.modeOutbox", { from: setup.from })
            : t("outbox.modeSmtp", { server: setup.server ?? "", from: setup.from })
        }
        actions={<TestEmailForm />}
      />
      <SearchForm basePath="/admin/outbox" label={t("outbox.searchLabel")} q={query.q} />
      {list.rows.length === 0 ? (
        <EmptyState title={query.q ? t("outbox.noMatch") : t("outbox.empty")}>
          {query.q ? t("outbox.noMatchHint") : t("outbox.emptyHint")}
        </EmptyState>
      ) : (
        <DataTable
          caption={t("outbox.title")}
          columns={[
            { label: t("outbox.columns.when", { timeZone: reader.timeZone }) },
            { label: t("outbox.columns.to") },
            { label: t("outbox.columns.subject") },
            { label: t("outbox.columns.status") },
          ]}
        >
          {list.rows.map((m) => (
            <tr key={m.id}>
              <td className="px-4 py-2 whitespace-nowrap">
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, reader)}</time>
              </td>
              <td className="px-4 py-2 break-all">{m.toAddress}</td>
              <td className="px-4 py-2">
                <Link href={`/admin/outbox/${m.id}`} className="font-medium text-blue-800 underline">
                  {m.subject}
                </Link>
              </td>
              <td className="px-4 py-2">
                <DeliveryStatus message={m} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        basePath="/admin/outbox"
        page={list.page}
        pageCount={list.pageCount}
        totalLabel={t("outbox.count", { count: list.total })}
        params={{ q: query.q }}
      />
    </>
  );
}
