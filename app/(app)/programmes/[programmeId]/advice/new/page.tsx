import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getReader } from "@/lib/account/data";
import { isoDayIn } from "@/lib/domain/dates";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getEngagementForAdvice, listLoggableEngagements } from "@/lib/advice/data";
import { logAdviceAction } from "@/lib/advice/actions";
import { SERVICE_LABELS, serviceRank } from "@/lib/domain/services";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { AdviceForm } from "@/components/advice/advice-form";
import { OVERSIZED_UPLOAD_FLAG, refusedUploadMessage } from "@/lib/advice/oversized-post";

export const metadata: Metadata = { title: "Log advice" };

export default async function NewAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ engagement?: string | string[]; [OVERSIZED_UPLOAD_FLAG]?: string | string[] }>;
}) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const query = await searchParams;
  const raw = query.engagement;
  const engagementId = Array.isArray(raw) ? raw[0] : raw;
  const base = `/programmes/${programmeId}/advice`;

  if (!engagementId) {
    const engagements = (await listLoggableEngagements(actor, programmeId)).sort(
      (a, b) => a.institutionName.localeCompare(b.institutionName) || serviceRank(a.service) - serviceRank(b.service),
    );
    return (
      <>
        <PageHeader title="Log advice" description="Choose the institution and service whose advice you are recording." />
        {engagements.length === 0 ? (
          <EmptyState title="There is no engagement you can log advice on.">
            <p>Partner staff log advice for their own institution; task-force members for the services they represent there.</p>
          </EmptyState>
        ) : (
          <form method="get" className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-5">
            <div>
              <label htmlFor="engagement" className="block text-sm font-medium text-slate-800">
                Institution and service
              </label>
              <select
                id="engagement"
                name="engagement"
                required
                className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
              >
                {engagements.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.institutionName} — {SERVICE_LABELS[e.service]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClasses("primary")}>
              Continue
            </button>
          </form>
        )}
      </>
    );
  }

  const engagement = await getEngagementForAdvice(actor, programmeId, engagementId);
  if (!engagement) notFound();
  const title = `${engagement.partner.institution.name} — ${SERVICE_LABELS[engagement.service]}`;
  if (!engagement.canLog) {
    return (
      <>
        <PageHeader title="You cannot log advice here" />
        <div role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {engagement.partner.archivedAt
            ? `${engagement.partner.institution.name} has been removed from this programme, so its engagements take no new advice.`
            : `This is the ${SERVICE_LABELS[engagement.service]} engagement of ${engagement.partner.institution.name}. You can log advice only for your own institution's services (task-force members: only the services they represent there). Ask someone from ${engagement.partner.institution.name} on the programme team, or the team leader, to log it.`}
        </div>
        <p className="mt-4">
          <Link href={`${base}/new`} className="text-blue-800 underline">
            Choose one of your own engagements
          </Link>
        </p>
      </>
    );
  }
  // The date input wants YYYY-MM-DD: today where the reader is, not in UTC.
  const today = isoDayIn(new Date(), (await getReader()).timeZone);
  return (
    <>
      <PageHeader title="Log advice" description={`${title}. Record what the service advised, as evidence for the partnership.`} />
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
        refusedUpload={refusedUploadMessage(query)}
      />
    </>
  );
}
