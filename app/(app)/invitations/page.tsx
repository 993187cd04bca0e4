import type { Metadata } from "next";
import { listMyInvitations } from "@/lib/accounts/data";
import { getReader } from "@/lib/account/data";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { InvitationCard } from "@/components/accounts/invitation-card";
import { InvitationResponse } from "@/components/accounts/invitation-response";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("invitations");
  return { title: t("mine.title") };
}

/** The signed-in person's invitations waiting for an answer: accept (and join) or decline each. */
export default async function MyInvitationsPage() {
  const user = await requireUser();
  const [invitations, reader, t] = await Promise.all([listMyInvitations(user.id), getReader(), getT("invitations")]);
  const now = new Date();
  return (
    <>
      <PageHeader title={t("mine.title")} description={t("mine.description")} />
      {invitations.length === 0 ? (
        <EmptyState title={t("mine.empty")}>{t("mine.emptyHint")}</EmptyState>
      ) : (
        <ul aria-label={t("mine.title")} className="max-w-3xl space-y-4">
          {invitations.map((invitation) => (
            <li key={invitation.id}>
              <InvitationCard invitation={invitation} reader={reader}>
                {invitation.expiresAt <= now ? (
                  <p className="font-medium text-red-800">{t("detail.expired", { inviter: invitation.invitedBy.name })}</p>
                ) : (
                  <InvitationResponse
                    invitationId={invitation.id}
                    programme={invitation.programme.title}
                    inviter={invitation.invitedBy.name}
                  />
                )}
              </InvitationCard>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
