import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listEngagementAdvice } from "@/lib/advice/data";
import { STAGE_LABELS } from "@/lib/engagements/transitions";
import { buttonClasses } from "@/components/ui/button";
import { KindBadge, VisibilityBadge } from "@/components/advice/advice-badges";
import { formatDay } from "@/lib/domain/dates";
import { AdviceReceivedOffer } from "@/components/advice/advice-received-offer";

/** The advice entries of one engagement that the viewer may read, with "Log advice" where allowed. */
export async function EngagementAdviceSection({ programmeId, engagementId }: { programmeId: string; engagementId: string }) {
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const result = await listEngagementAdvice(actor, programmeId, engagementId);
  if (!result) return null;
  const { engagement, entries, total, offerAdviceReceived, canMove } = result;
  const allHref = `/programmes/${programmeId}/advice?institution=${engagement.institutionId}&service=${engagement.service}`;
  const headingId = `advice-${engagementId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          Advice
        </h2>
        {engagement.canLog && (
          <Link href={`/programmes/${programmeId}/advice/new?engagement=${engagement.id}`} className={buttonClasses("primary", "sm")}>
            Log advice
          </Link>
        )}
      </div>
      {canMove && (
        <AdviceReceivedOffer
          engagementId={engagement.id}
          stageLabel={STAGE_LABELS[engagement.stage]}
          first={false}
          offered={offerAdviceReceived}
        />
      )}
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">
          {engagement.canLog ? "No advice logged yet. Record what the service told you with “Log advice”." : "No advice logged yet."}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {entries.map((e) => (
            <li key={e.id} className="py-2">
              <Link href={`/programmes/${programmeId}/advice/${e.id}`} className="font-medium text-blue-800 hover:underline">
                {e.summary}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-700">
                <span>
                  {formatDay(e.givenOn)} · {e.givenByName}
                  {e.givenByRole ? ` (${e.givenByRole})` : ""}
                </span>
                <KindBadge kind={e.kind} />
                <VisibilityBadge visibility={e.visibility} />
                {e.attachmentCount > 0 && (
                  <span>
                    {e.attachmentCount} attachment{e.attachmentCount === 1 ? "" : "s"}
                  </span>
                )}
                {e.followUpNeeded && <span>Follow-up needed</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > entries.length && (
        <p className="text-sm">
          <Link href={allHref} className="font-medium text-blue-800 underline hover:no-underline">
            See all {total.toLocaleString("en-GB")} entries
          </Link>{" "}
          <span className="text-slate-700">(showing the newest {entries.length})</span>
        </p>
      )}
    </section>
  );
}
