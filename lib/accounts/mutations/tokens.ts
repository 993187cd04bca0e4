import "server-only";
import type { Tx } from "@/lib/db";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";
import { hashToken, deriveToken, newTokenId, TOKEN_LIFETIME_MS } from "../tokens";

/**
 * A new single-use link for `userId`, inside the caller's transaction: earlier links of the same
 * purpose stop working (only the newest e-mail's link is good). Returns the row's id, which is all a
 * job needs to write the link later (lib/accounts/tokens.ts).
 */
export async function issueToken(
  tx: Tx,
  userId: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  await revokeTokens(tx, userId, [purpose], now);
  const id = newTokenId();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
  await tx.accountToken.create({ data: { id, userId, purpose, tokenHash: hashToken(deriveToken(id)), expiresAt, createdAt: now } });
  return { id, expiresAt };
}

/** Links of these purposes that still work stop working (a newer one was sent, the password was set, the invitation withdrawn). */
export async function revokeTokens(tx: Tx, userId: string, purposes: readonly AccountTokenPurpose[], now = new Date()): Promise<number> {
  const { count } = await tx.accountToken.updateMany({
    where: { userId, purpose: { in: [...purposes] }, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}

/**
 * Uses a link: marks it used if it still works (and its account is active), in one guarded UPDATE.
 * Of two requests with the same link at the same moment, the second waits for the first's row lock
 * and then finds it used: exactly one gets the user id, the other null.
 */
// Timestamps are stored as UTC wall-clock times without a zone (Prisma's DateTime): compared with
// now() AT TIME ZONE 'UTC', never bare now(), whose meaning follows the session's TimeZone setting.
export async function consumeToken(tx: Tx, token: string, purpose: AccountTokenPurpose): Promise<{ id: string; userId: string } | null> {
  const [used] = await tx.$queryRaw<{ id: string; userId: string }[]>`
    UPDATE "AccountToken" SET "usedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "tokenHash" = ${hashToken(token)} AND purpose = ${purpose}::"AccountTokenPurpose"
      AND "usedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > (now() AT TIME ZONE 'UTC')
      AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = "AccountToken"."userId" AND u."deactivatedAt" IS NULL)
    RETURNING id, "userId"`;
  return used ?? null;
}
