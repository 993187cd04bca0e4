import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listEngagementAdvice } from "@/lib/advice/data";
import { buttonClasses } from "@/components/ui/button";
import { KindBadge, VisibilityBadge } from "@/components/advice/advice-badges";
import { formatDay } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { getT } from "@/lib/i18n/server";
import { AdviceReceivedOffer } from "@/components/advice/advice-received-offer";

/** The advice entries of one engagement that the viewer may read, with "Log advice" where allowed. */
export async function EngagementAdviceSection({ programmeId, engagementId }: { programmeId: string; engagementId: string }) {
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [result, t, tDomain, reader] = await Promise.all([
    listEngagementAdvice(actor, programmeId, engagementId),
    getT("engagements"),
    getT("domain"),
    getReader(),
  ]);
  if (!result) return null;
  const { engagement, entries, total, offerAdviceReceived, canMove } = result;
  const allHref = `/programmes/${programmeId}/advice?institution=${engagement.institutionId}&service=${engagement.service}`;
  const headingId = `advice-${engagementId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {t("advice.heading")}
        </h2>
        {engagement.canLog && (
          <Link href={`/programmes/${programmeId}/advice/new?engagement=${engagement.id}`} className={buttonClasses("primary", "sm")}>
            {t("advice.log")}
          </Link>
        )}
      </div>
      {canMove && (
        <AdviceReceivedOffer
          engagementId={engagement.id}
          stageLabel={tDomain(`stage.${engagement.stage}`)}
          first={false}
          offered={offerAdviceReceived}
        />
      )}
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{engagement.canLog ? t("advice.emptyCanLog") : t("advice.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {entries.map((e) => (
            <li key={e.id} className="py-2">
              <Link href={`/programmes/${programmeId}/advice/${e.id}`} className="font-medium text-blue-800 hover:underline">
                {e.summary}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-700">
                <span>
                  {formatDay(e.givenOn, reader)} · {e.givenByName}
                  {e.givenByRole ? ` (${e.givenByRole})` : ""}
                </span>
                <KindBadge kind={e.kind} />
                <VisibilityBadge visibility={e.visibility} />
                {e.attachmentCount > 0 && <span>{t("advice.attachments", { count: e.attachmentCount })}</span>}
                {e.followUpNeeded && <span>{t("advice.followUpNeeded")}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > entries.length && (
        <p className="text-sm">
          <Link href={allHref} className="font-medium text-blue-800 underline hover:no-underline">
            {t("advice.seeAll", { total })}
          </Link>{" "}
          <span className="text-slate-700">{t("advice.showingNewest", { count: entries.length })}</span>
        </p>
      )}
    </section>
  );
}
