import type { ProgrammeInvitation } from "@/lib/accounts/data";
import { formatMomentDay, type Reader } from "@/lib/domain/dates";
import { getSay, getT } from "@/lib/i18n/server";
import { nameServices } from "@/lib/programmes/members/consequences";
import { InvitationFollowUp, InvitationFollowUps } from "./invitation-follow-up";

/**
 * People page, for whoever sets the programme up: invitations not answered yet (expired ones can be
 * sent again) and recent refusals. Who, the place offered, invited by whom and when, and its state.
 * Always there for them (empty or not), so the outcome of withdrawing the last one is still said.
 */
export async function PendingInvitations({
  invitations,
  reader,
  now = new Date(),
}: {
  invitations: ProgrammeInvitation[];
  reader: Reader;
  now?: Date;
}) {
  const [t, tDomain, say] = await Promise.all([getT("invitations"), getT("domain"), getSay()]);
  return (
    <section aria-labelledby="pending-invitations-heading" className="mt-8">
      <h2 id="pending-invitations-heading" className="text-lg font-semibold text-slate-900">
        {t("people.heading")}
      </h2>
      <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700">{t("people.intro")}</p>
      <InvitationFollowUps>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-700">{t("people.none")}</p>
        ) : (
          <ul aria-labelledby="pending-invitations-heading" className="space-y-3">
            {invitations.map((invitation) => {
              const services = nameServices(invitation.services, say);
              const expired = invitation.expiresAt <= now;
              const status = invitation.declinedAt
                ? t("people.declinedOn", { date: formatMomentDay(invitation.declinedAt, reader) })
                : expired
                  ? t("people.expiredOn", { date: formatMomentDay(invitation.expiresAt, reader) })
                  : t("people.validUntil", { date: formatMomentDay(invitation.expiresAt, reader) });
              return (
                <li
                  key={invitation.id}
                  aria-labelledby={`invitee-${invitation.id}`}
                  className="rounded-lg border border-dashed border-slate-400 bg-white p-4 text-sm"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <h3 id={`invitee-${invitation.id}`} className="text-base font-semibold text-slate-900">
                      {invitation.user.name}
                      {!invitation.user.active && (
                        <span className="ml-2 text-xs font-normal text-slate-700">{t("people.deactivated")}</span>
                      )}
                    </h3>
                    <span className="break-all text-slate-800">{invitation.user.email}</span>
                  </div>
                  <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                    <dt className="text-slate-700">{t("people.role")}</dt>
                    <dd className="font-medium text-slate-900">
                      {tDomain(`role.${invitation.role}`)}
                      {services && <span className="font-normal"> — {services}</span>}
                    </dd>
                    <dt className="text-slate-700">{t("people.actsFor")}</dt>
                    <dd>{invitation.institution.name}</dd>
                    <dt className="text-slate-700">{t("people.invited")}</dt>
                    <dd>
                      {t("people.invitedByOn", { name: invitation.invitedBy.name, date: formatMomentDay(invitation.createdAt, reader) })}
                    </dd>
                    <dt className="text-slate-700">{t("people.status")}</dt>
                    <dd className={expired || invitation.declinedAt ? "font-medium text-red-800" : undefined}>{status}</dd>
                  </dl>
                  {!invitation.declinedAt && (
                    <div className="mt-3 border-t border-slate-200 pt-3">
                      <InvitationFollowUp invitationId={invitation.id} name={invitation.user.name} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </InvitationFollowUps>
    </section>
  );
}
