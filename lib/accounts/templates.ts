import "server-only";
import { msg } from "@/lib/i18n/message";
import { sayIn } from "@/lib/i18n/translate";
import type { Envelope } from "@/lib/mail/content";
import { recipient } from "@/lib/mail/data";
import { nameServices } from "@/lib/programmes/members/consequences";
import { getPersonName, getUnansweredInvitation, getUsableToken } from "./data";
import { deriveToken } from "./tokens";

// The e-mails that carry single-use links. Each is written when its job runs, from the database as
// it is then: a link that was used, replaced or has expired, or an invitation answered or withdrawn
// meanwhile, sends nothing. The link's token is derived here from the row's id (lib/accounts/tokens.ts).

export type AccountEmailTemplates = {
  passwordReset: { tokenId: string };
  invitation: { invitationId: string; tokenId: string };
  accountInvitation: { tokenId: string; invitedById: string };
};

/** "Forgot password?": a link to choose a new password, valid one hour. */
export async function passwordResetEmail({ tokenId }: AccountEmailTemplates["passwordReset"]): Promise<Envelope | null> {
  const token = await getUsableToken(tokenId, "RESET_PASSWORD");
  const person = token && (await recipient(token.userId));
  if (!token || !person) return null;
  return {
    ...person,
    content: {
      subject: msg("passwordReset.email.subject"),
      paragraphs: [msg("passwordReset.email.greeting", { name: person.name }), msg("passwordReset.email.body", { email: person.to })],
      action: { label: msg("passwordReset.email.action"), path: `/reset-password/${deriveToken(tokenId)}` },
      footer: [msg("passwordReset.email.validity"), msg("passwordReset.email.notYou")],
    },
  };
}

/** An invitation to a programme for someone without a password yet: choose one, and join. */
export async function invitationEmail({ invitationId, tokenId }: AccountEmailTemplates["invitation"]): Promise<Envelope | null> {
  const [invitation, token] = await Promise.all([getUnansweredInvitation(invitationId), getUsableToken(tokenId, "SET_PASSWORD")]);
  if (!invitation || !token || token.userId !== invitation.userId) return null;
  const person = await recipient(invitation.userId);
  if (!person) return null;
  const inviter = invitation.invitedBy.name;
  const services = nameServices(invitation.services, await sayIn(person.locale));
  return {
    ...person,
    content: {
      subject: msg("invitations.email.subject", { inviter, programme: invitation.programme.title }),
      paragraphs: [
        msg("invitations.email.greeting", { name: person.name }),
        msg("invitations.email.invited", {
          inviter,
          hasInstitution: invitation.invitedBy.institution ? "yes" : "no",
          inviterInstitution: invitation.invitedBy.institution?.name ?? "",
          programme: invitation.programme.title,
          role: invitation.role,
          institution: invitation.institution.name,
          hasServices: services ? "yes" : "no",
          services,
        }),
        msg("invitations.email.consort"),
        msg("invitations.email.choosePassword", { email: person.to }),
      ],
      action: { label: msg("invitations.email.action"), path: `/welcome/${deriveToken(tokenId)}` },
      footer: [msg("invitations.email.validity", { inviter }), msg("invitations.email.notExpected")],
    },
  };
}

/** An account a platform admin created without a password: choose one. */
export async function accountInvitationEmail({
  tokenId,
  invitedById,
}: AccountEmailTemplates["accountInvitation"]): Promise<Envelope | null> {
  const token = await getUsableToken(tokenId, "SET_PASSWORD");
  const person = token && (await recipient(token.userId));
  if (!token || !person) return null;
  const inviter = (await getPersonName(invitedById)) ?? "";
  return {
    ...person,
    content: {
      subject: msg("invitations.accountEmail.subject"),
      paragraphs: [
        msg("invitations.email.greeting", { name: person.name }),
        msg("invitations.accountEmail.created", { inviter, email: person.to }),
        msg("invitations.email.consort"),
      ],
      action: { label: msg("invitations.accountEmail.action"), path: `/welcome/${deriveToken(tokenId)}` },
      footer: [msg("invitations.accountEmail.validity", { inviter }), msg("invitations.email.notExpected")],
    },
  };
}
