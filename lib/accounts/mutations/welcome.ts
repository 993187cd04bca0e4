import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { conflict, forbidden } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { enqueue } from "@/lib/jobs/mutations";
import { INVITES_PER_INVITER } from "../limits";
import { acceptOpenInvitations, type Throttled } from "./invitations";
import { takeRateLimits } from "./rate-limits";
import { consumeToken, issueToken, revokeTokens } from "./tokens";

export type Welcome = { email: string; joined: { programmeId: string; title: string }[] };

/**
 * The first password, chosen through the link of an invitation (or of an account a platform admin
 * created): the link is used up in the statement that checks it, the password set only on an
 * account that has none (a password set meanwhile is never overwritten by an old link), and the
 * programmes the person was invited to are joined in the same transaction. Null: the link did not work.
 */
export async function acceptWelcome(token: string, newHash: string): Promise<Welcome | null> {
  return db.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, "SET_PASSWORD");
    if (!used) return null;
    const set = await tx.user.updateMany({ where: { id: used.userId, passwordHash: null }, data: { passwordHash: newHash } });
    // Rolls the use of the link back: it is not what made it fail.
    if (set.count === 0) throw conflict(msg("invitations.welcome.alreadyHasPassword"));
    await revokeTokens(tx, used.userId, ["SET_PASSWORD", "RESET_PASSWORD"]);
    const joined = await acceptOpenInvitations(tx, used.userId, new Date());
    await writeAudit(tx, {
      actorId: used.userId,
      action: "setFirstPassword",
      entityType: "User",
      entityId: used.userId,
      after: { passwordSet: true },
    });
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true } });
    return { email, joined };
  });
}

/** Inside the transaction that made (or re-invites) a password-less account: a seven-day link to choose a password, by e-mail. */
export async function sendAccountInvitation(tx: Tx, userId: string, invitedById: string) {
  const token = await issueToken(tx, userId, "SET_PASSWORD");
  await enqueue(tx, "email", {
    template: "accountInvitation",
    key: `account-invitation:${token.id}`,
    args: { tokenId: token.id, invitedById },
  });
  return token;
}

export type AccountInvitationOutcome = { outcome: "sent"; email: string } | Throttled;

/** Admin → Users → a person without a password: "Send a new invitation" (the earlier link stops working). */
export async function resendAccountInvitation(adminId: string, userId: string): Promise<AccountInvitationOutcome> {
  return db.$transaction(async (tx): Promise<AccountInvitationOutcome> => {
    const admin = await tx.user.findUnique({ where: { id: adminId }, select: { isPlatformAdmin: true, deactivatedAt: true } });
    if (!admin?.isPlatformAdmin || admin.deactivatedAt) throw forbidden(msg("admin.errors.adminOnly"));
    const verdict = await takeRateLimits(tx, [{ rule: INVITES_PER_INVITER, key: adminId }]);
    if (!verdict.allowed) return { outcome: "throttled", retryAt: verdict.retryAt };
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const person = await tx.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true, deactivatedAt: true } });
    if (!person) throw conflict(msg("admin.errors.userGone"));
    if (person.deactivatedAt) throw conflict(msg("invitations.admin.deactivated"));
    if (person.passwordHash) throw conflict(msg("invitations.admin.hasPassword"));
    const token = await sendAccountInvitation(tx, userId, adminId);
    await writeAudit(tx, {
      actorId: adminId,
      action: "sendAccountInvitation",
      entityType: "User",
      entityId: userId,
      after: { expiresAt: token.expiresAt.toISOString() },
    });
    return { outcome: "sent", email: person.email };
  });
}
