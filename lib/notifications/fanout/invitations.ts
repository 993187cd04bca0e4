import "server-only";
import { msg } from "@/lib/i18n/message";
import { invitationPath, planNotification, type PlannedNotification } from "../planned";
import { loadInvitation } from "./data";

/**
 * INVITATION for a person with an account who was invited to a programme, while the invitation can
 * still be answered. Sending it again (a new expiry) is news again; a retried job is not.
 */
export async function planInvited(invitationId: string, actorId: string, now: Date): Promise<PlannedNotification[]> {
  const invitation = await loadInvitation(invitationId);
  if (!invitation) return [];
  const answered = invitation.acceptedAt || invitation.declinedAt || invitation.revokedAt;
  if (answered || invitation.expiresAt <= now || invitation.user.deactivatedAt || invitation.userId === actorId) return [];
  return [
    planNotification(invitation.userId, "INVITATION", {
      subject: { type: "invitation", id: invitation.id },
      cause: `sent-${invitation.expiresAt.getTime()}`,
      programmeId: invitation.programmeId,
      actorId: invitation.invitedById,
      message: msg("notifications.message.invitation", {
        actor: invitation.invitedBy.name,
        programme: invitation.programme.title,
        role: invitation.role,
      }),
      href: invitationPath(invitation.id),
    }),
  ];
}
