import "server-only";
import { appSecret } from "@/lib/auth/app-secret";
import { createHash, createHmac, randomUUID } from "node:crypto";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";

// Single-use links ("choose a password", "choose a new password"). The database keeps only the
// SHA-256 of a link's token, and no job payload carries the token either: it is derived from the
// row's id with AUTH_SECRET when the e-mail is written, so whoever reads the database (or a backup,
// or the job queue) cannot use a link they find there.

const HOUR_MS = 60 * 60 * 1000;

/** How long a link works after it is sent. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  SET_PASSWORD: 7 * 24 * HOUR_MS,
  RESET_PASSWORD: HOUR_MS,
};

/** What a derived token looks like (43 base64url characters): anything else is not worth a database lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The id of a new AccountToken row (random: it is not secret, the token derived from it is). */
export function newTokenId(): string {
  return randomUUID();
}

/** The token in a link, for the AccountToken row `tokenId`: HMAC-SHA256(AUTH_SECRET, "account-token:" + id). */
export function deriveToken(tokenId: string): string {
  return createHmac("sha256", appSecret()).update(`account-token:${tokenId}`).digest("base64url");
}

/** What the database stores of a token: its SHA-256, in hex. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether `value` could be a token at all (a tampered or truncated link is turned away without a query). */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === "string" && TOKEN_SHAPE.test(value);
}
