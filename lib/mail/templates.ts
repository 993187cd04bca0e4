import "server-only";
import { msg } from "@/lib/i18n/message";
import type { Envelope } from "./content";
import { recipient } from "./data";
import { accountInvitationEmail, invitationEmail, passwordResetEmail, type AccountEmailTemplates } from "@/lib/accounts/templates";
import { digestEmail, notificationEmail, type NotificationEmailTemplates } from "@/lib/notifications/email";

// Every kind of e-mail Consort sends: a name, the ids its job carries, and how to build the message
// from the database when it is sent (so it says what is true then, in the recipient's language).
// A template returns null when there is nothing to send any more (the link was used, the person left).

export type EmailTemplates = {
  test: { userId: string };
} & AccountEmailTemplates &
  NotificationEmailTemplates;

export type EmailTemplateName = keyof EmailTemplates;

type Builders = { [T in EmailTemplateName]: (args: EmailTemplates[T]) => Promise<Envelope | null> };

const BUILDERS: Builders = {
  // A platform admin's test message to themselves (Admin → Outbox): proves the whole mail path.
  test: async ({ userId }) => {
    const user = await recipient(userId);
    if (!user) return null;
    return {
      ...user,
      content: {
        subject: msg("email.test.subject"),
        paragraphs: [msg("email.test.body", { name: user.name })],
        action: { label: msg("email.test.action"), path: "/admin/outbox" },
      },
    };
  },
  passwordReset: passwordResetEmail,
  invitation: invitationEmail,
  accountInvitation: accountInvitationEmail,
  notification: notificationEmail,
  digest: digestEmail,
};

export function buildEnvelope<T extends EmailTemplateName>(template: T, args: EmailTemplates[T]): Promise<Envelope | null> {
  const build: (args: EmailTemplates[T]) => Promise<Envelope | null> = BUILDERS[template];
  return build(args);
}
