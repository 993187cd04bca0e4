import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getReader } from "@/lib/account/data";
import { isoDayIn } from "@/lib/domain/dates";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getEngagementForAdvice, listLoggableEngagements } from "@/lib/advice/data";
import { logAdviceAction } from "@/lib/advice/actions";
import { serviceRank } from "@/lib/domain/services";
import { getSay, getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { AdviceForm } from "@/components/advice/advice-form";
import { OVERSIZED_UPLOAD_FLAG, refusedUploadMessage } from "@/lib/advice/oversized-post";
import { compareNames } from "@/lib/domain/lists";
import { listMentionablePeople } from "@/lib/notifications/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("advice");
  return { title: t("new.title") };
}

export default async function NewAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ engagement?: string | string[]; [OVERSIZED_UPLOAD_FLAG]?: string | string[] }>;
}) {
  const { programmeId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId);
  const query = await searchParams;
  const raw = query.engagement;
  const engagementId = Array.isArray(raw) ? raw[0] : raw;
  const base = `/programmes/${programmeId}/advice`;
  const [t, tDomain, reader] = await Promise.all([getT("advice"), getT("domain"), getReader()]);

  if (!engagementId) {
    const byName = compareNames(reader.locale);
    const engagements = (await listLoggableEngagements(actor, programmeId)).sort(
      (a, b) => byName(a.institutionName, b.institutionName) || serviceRank(a.service) - serviceRank(b.service),
    );
    return (
      <>
        <PageHeader title={t("new.title")} description={t("new.chooseDescription")} />
        {engagements.length === 0 ? (
          <EmptyState title={t("new.noEngagement")}>
            <p>{t("new.noEngagementHint")}</p>
          </EmptyState>
        ) : (
          <form method="get" className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-5">
            <div>
              <label htmlFor="engagement" className="block text-sm font-medium text-slate-800">
                {t("new.engagement")}
              </label>
              <select
                id="engagement"
                name="engagement"
                required
                className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
              >
                {engagements.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.institutionName} — {tDomain(`service.${e.service}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClasses("primary")}>
              {t("new.continue")}
            </button>
          </form>
        )}
      </>
    );
  }

  const engagement = await getEngagementForAdvice(actor, programmeId, engagementId);
  if (!engagement) notFound();
  const names = { institution: engagement.partner.institution.name, service: tDomain(`service.${engagement.service}`) };
  if (!engagement.canLog) {
    return (
      <>
        <PageHeader title={t("new.cannotLog")} />
        <div role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {engagement.partner.archivedAt ? t("new.partnerRemoved", names) : t("new.notYours", names)}
        </div>
        <p className="mt-4">
          <Link href={`${base}/new`} className="text-blue-800 underline">
            {t("new.chooseOwn")}
          </Link>
        </p>
      </>
    );
  }
  // The date input wants YYYY-MM-DD: today where the reader is, not in UTC.
  const today = isoDayIn(new Date(), reader.timeZone);
  const refused = refusedUploadMessage(query);
  const [say, people] = await Promise.all([getSay(), listMentionablePeople(programmeId)]);
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description", names)} />
      <AdviceForm
        action={logAdviceAction}
        mode="log"
        hidden={{ engagementId: engagement.id }}
        defaults={{
          givenOn: today,
          givenByName: engagement.contactName ?? "",
          givenByRole: engagement.contactRole ?? "",
          summary: "",
          details: "",
          kind: "",
        }}
        cancelHref={`/programmes/${programmeId}/services/${engagement.id}`}
        refusedUpload={refused && say(refused)}
        people={people.filter((p) => p.userId !== user.id)}
      />
    </>
  );
}
