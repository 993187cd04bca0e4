import type { Metadata } from "next";
import Link from "next/link";
import { getMyInvitation } from "@/lib/accounts/data";
import { getReader } from "@/lib/account/data";
import { requireUser } from "@/lib/auth/session";
import { formatMomentDay } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { InvitationCard } from "@/components/accounts/invitation-card";
import { InvitationResponse } from "@/components/accounts/invitation-response";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("invitations");
  return { title: t("detail.metaTitle") };
}

/**
 * One invitation, where its notification leads: accept or decline it, or — answered, withdrawn,
 * expired, or not this person's at all — a plain page saying so (nothing changes by opening it).
 */
export default async function InvitationPage({ params }: { params: Promise<{ invitationId: string }> }) {
  const [{ invitationId }, user] = await Promise.all([params, requireUser()]);
  const [invitation, reader, t] = await Promise.all([getMyInvitation(user.id, invitationId), getReader(), getT("invitations")]);
  const back = (
    <p className="mb-2 text-sm">
      <Link href="/invitations" className="text-blue-800 underline">
        {t("detail.backToAll")}
      </Link>
    </p>
  );
  if (!invitation) {
    // An unknown id and another person's invitation read the same: nobody learns of invitations not theirs.
    return (
      <div className="max-w-2xl">
        {back}
        <h1 className="text-2xl font-semibold text-slate-900">{t("problem.otherUser.title")}</h1>
        <p role="status" className="mt-4 rounded-lg border border-amber-700 bg-amber-50 p-4 text-sm text-amber-950">
          {t("detail.notYours", { email: user.email })}
        </p>
      </div>
    );
  }
  const inviter = invitation.invitedBy.name;
  const day = (date: Date) => formatMomentDay(date, reader);
  const answered = invitation.acceptedAt
    ? t("detail.accepted", { date: day(invitation.acceptedAt) })
    : invitation.declinedAt
      ? t("detail.declined", { date: day(invitation.declinedAt), inviter })
      : invitation.revokedAt
        ? t("detail.withdrawn", { date: day(invitation.revokedAt), inviter })
        : invitation.expiresAt <= new Date()
          ? t("detail.expired", { inviter })
          : null;
  return (
    <div className="max-w-2xl">
      {back}
      <InvitationCard invitation={invitation} reader={reader} heading="h1">
        {answered ? (
          <div role="status" className="space-y-2">
            <p className="font-medium text-slate-900">{answered}</p>
            {invitation.acceptedAt && (
              <Link href={`/programmes/${invitation.programme.id}`} className="font-medium text-blue-800 underline">
                {t("detail.openProgramme", { programme: invitation.programme.title })}
              </Link>
            )}
          </div>
        ) : (
          <InvitationResponse invitationId={invitation.id} programme={invitation.programme.title} inviter={inviter} />
        )}
      </InvitationCard>
    </div>
  );
}
