import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { enqueue } from "@/lib/jobs/mutations";
import { RESET_PER_ADDRESS, RESET_PER_CLIENT } from "../limits";
import { takeRateLimits } from "./rate-limits";
import { consumeToken, issueToken, revokeTokens } from "./tokens";

export type ResetRequest = { outcome: "accepted" } | { outcome: "throttled"; retryAt: Date };

/** Addresses people typed are counted by their hash: the limits table keeps no list of addresses. */
function addressKey(email: string): string {
  return createHash("sha256").update(email).digest("hex");
}

/**
 * "Forgot password?": counted per address and per client; then, only for an active account, a
 * one-hour link and the e-mail job that carries it — in the same transaction, so the request does
 * the same work (one transaction, the same lookups) whether or not the address has an account, and
 * its answer does not depend on it. The e-mail itself is written and sent by the job.
 */
export async function requestPasswordReset(email: string, clientAddress: string): Promise<ResetRequest> {
  return db.$transaction(async (tx) => {
    const verdict = await takeRateLimits(tx, [
      { rule: RESET_PER_ADDRESS, key: addressKey(email) },
      { rule: RESET_PER_CLIENT, key: clientAddress },
    ]);
    if (!verdict.allowed) return { outcome: "throttled", retryAt: verdict.retryAt };
    const account = await tx.user.findUnique({ where: { email }, select: { id: true, deactivatedAt: true } });
    if (account && !account.deactivatedAt) {
      const token = await issueToken(tx, account.id, "RESET_PASSWORD");
      await enqueue(tx, "email", { template: "passwordReset", key: `reset:${token.id}`, args: { tokenId: token.id } });
    }
    return { outcome: "accepted" };
  });
}

/**
 * Sets the password chosen through a reset link, if the link still works (it is used up in the same
 * statement that checks it), and ends every session of the person: whoever knew or guessed the old
 * password is out. Other links still out there stop working too. Null when the link did not work.
 */
export async function resetPassword(token: string, newHash: string): Promise<{ userId: string; email: string } | null> {
  return db.$transaction(async (tx) => {
    const used = await consumeToken(tx, token, "RESET_PASSWORD");
    if (!used) return null;
    const updated = await tx.user.updateMany({ where: { id: used.userId, deactivatedAt: null }, data: { passwordHash: newHash } });
    if (updated.count === 0) return null;
    const ended = await tx.userSession.updateMany({ where: { userId: used.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await revokeTokens(tx, used.userId, ["RESET_PASSWORD", "SET_PASSWORD"]);
    await writeAudit(tx, {
      actorId: used.userId,
      action: "resetOwnPassword",
      entityType: "User",
      entityId: used.userId,
      after: { passwordChanged: true, sessionsEnded: ended.count },
    });
    const { email } = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true } });
    return { userId: used.userId, email };
  });
}
