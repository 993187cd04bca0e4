// Why a single-use link does not work (any more). Pages say it plainly and offer the way forward;
// none of the answers tells whether an address has an account.

export type LinkProblem =
  /** No such link: mistyped, cut off, tampered with, or its account is gone or deactivated. */
  | "invalid"
  /** Its time ran out. */
  | "expired"
  /** It was used already. */
  | "used"
  /** A newer link replaced it, or the person who sent it withdrew it. */
  | "replaced"
  /** Someone else is signed in in this browser. */
  | "otherUser";

export type TokenState = {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  user: { deactivatedAt: Date | null };
};

/** What the link's own row can say is wrong with it (who is signed in is the page's to judge). */
export type TokenProblem = Exclude<LinkProblem, "otherUser">;

/** What is wrong with a link's token row (null: it works). */
export function tokenProblem(token: TokenState | null, now = new Date()): TokenProblem | null {
  if (!token || token.user.deactivatedAt) return "invalid";
  if (token.usedAt) return "used";
  if (token.revokedAt) return "replaced";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}
