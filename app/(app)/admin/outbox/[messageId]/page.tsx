import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePlatformAdmin } from "@/lib/admin/access";
import { getReader } from "@/lib/account/data";
import { formatDateTime } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { getOutboxMessage } from "@/lib/outbox/data";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveryStatus } from "@/components/admin/delivery-status";
import { EmailText } from "@/components/admin/email-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("admin");
  return { title: t("meta.outboxMessage") };
}

/** Links in the HTML preview open in the whole window, not inside the frame. */
function previewDocument(html: string): string {
  return html.replace(/<head>/i, '<head><base target="_top">');
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  await requirePlatformAdmin();
  const { messageId } = await params;
  const [message, t, reader] = await Promise.all([getOutboxMessage(messageId), getT("admin"), getReader()]);
  if (!message) notFound();
  const headers = Object.entries((message.headers ?? {}) as Record<string, string>);
  const facts: [string, ReactNode][] = [
    [t("outbox.columns.to"), message.toAddress],
    [
      t("outbox.columns.when", { timeZone: reader.timeZone }),
      <time key="when" dateTime={message.createdAt.toISOString()}>
        {formatDateTime(message.createdAt, reader)}
      </time>,
    ],
    [t("outbox.columns.status"), <DeliveryStatus key="status" message={message} />],
    ...headers,
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/outbox" className="text-blue-800 underline">
          {t("outbox.back")}
        </Link>
      </p>
      <PageHeader title={message.subject} />
      <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-all text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {message.transport === "smtp" ? (
        <p className="max-w-3xl text-sm text-slate-700">{t("outbox.bodyNotKept")}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="text-version">
            <h2 id="text-version" className="mb-2 text-lg font-semibold text-slate-900">
              {t("outbox.textVersion")}
            </h2>
            <EmailText text={message.text} />
          </section>
          <section aria-labelledby="html-version">
            <h2 id="html-version" className="mb-2 text-lg font-semibold text-slate-900">
              {t("outbox.htmlVersion")}
            </h2>
            <iframe
              title={t("outbox.htmlPreview", { subject: message.subject })}
              srcDoc={previewDocument(message.html)}
              sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
              className="h-[32rem] w-full rounded-md border border-slate-300 bg-white"
            />
          </section>
        </div>
      )}
    </>
  );
}
