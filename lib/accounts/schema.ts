// The forms of password links and invitations (isomorphic: the forms and the actions share them).
import { z } from "zod";
import { password } from "@/lib/admin/schema";
import { zodMessage } from "@/lib/i18n/message";

const id = z.string().trim().min(1, zodMessage("invitations.validation.reload")).max(64, zodMessage("invitations.validation.reload"));

/** A link's token as it came in the address (its shape is checked where it is looked up). */
const token = z.string().min(1, zodMessage("passwordReset.validation.link")).max(200, zodMessage("passwordReset.validation.link"));

export const forgotPasswordSchema = z.object({
  email: z
    .string({ message: zodMessage("passwordReset.validation.email") })
    .trim()
    .toLowerCase()
    .max(200, zodMessage("passwordReset.validation.email"))
    .email(zodMessage("passwordReset.validation.email")),
});

/** A new password chosen through a link: the same rules as everywhere (lib/admin/schema.ts), typed twice. */
export const newPasswordSchema = z
  .object({
    token,
    newPassword: password,
    confirmPassword: z.string().max(200, zodMessage("passwordReset.validation.notSame")),
  })
  .superRefine((input, context) => {
    if (input.confirmPassword !== input.newPassword)
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: zodMessage("passwordReset.validation.notSame") });
  });

/** Accepting, declining, re-sending or withdrawing one invitation. */
export const invitationSchema = z.object({ invitationId: id });

/** Admin → Users → a person without a password: send them a new link. */
export const accountInvitationSchema = z.object({ userId: id });

/** "Sign out and continue": the welcome link to open once signed out (only such a link, never another address). */
export const signOutToLinkSchema = z.object({
  link: z.string().regex(/^\/welcome\/[A-Za-z0-9_-]{43}$/, zodMessage("invitations.validation.link")),
});
