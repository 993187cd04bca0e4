import type { ReactNode } from "react";
import type { InvitationFacts } from "@/lib/accounts/data";
import { formatMomentDay, type Reader } from "@/lib/domain/dates";
import { getSay, getT } from "@/lib/i18n/server";
import { nameServices } from "@/lib/programmes/members/consequences";

/**
 * One invitation as its invitee reads it: the programme, the place offered (role, institution,
 * services), who invited them and when, and until when it can be accepted. `children`: what they can
 * do about it (or why they cannot any more).
 */
export async function InvitationCard({
  invitation,
  reader,
  heading: Heading = "h2",
  children,
}: {
  invitation: InvitationFacts;
  reader: Reader;
  heading?: "h1" | "h2";
  children?: ReactNode;
}) {
  const [t, say] = await Promise.all([getT("invitations"), getSay()]);
  const services = nameServices(invitation.services, say);
  const headingId = `invitation-${invitation.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4 text-sm break-words shadow-sm">
      <Heading
        id={headingId}
        className={Heading === "h1" ? "text-2xl font-semibold text-slate-900" : "text-base font-semibold text-slate-900"}
      >
        {Heading === "h1" ? t("detail.title", { programme: invitation.programme.title }) : invitation.programme.title}
      </Heading>
      <p className="mt-2 text-slate-800">
        {t("mine.offer", {
          inviter: invitation.invitedBy.name,
          role: invitation.role,
          institution: invitation.institution.name,
          hasServices: services ? "yes" : "no",
          services,
        })}
      </p>
      <p className="mt-1 text-slate-700">
        {t("mine.dates", {
          sent: formatMomentDay(invitation.createdAt, reader),
          until: formatMomentDay(invitation.expiresAt, reader),
        })}
      </p>
      {children && <div className="mt-3 border-t border-slate-200 pt-3">{children}</div>}
    </article>
  );
}
