import "server-only";
import { passwordMatches } from "./credentials";
import { findPasswordHash } from "./data";
import { markSignInSucceeded, reserveSignInAttempt } from "./mutations";

type CurrentPasswordProof = { outcome: "throttled" } | { outcome: "wrong" } | { outcome: "ok"; hash: string };

/**
 * Checks the password a signed-in person says is theirs. It counts towards the same throttle as
 * sign-in, so a borrowed, still signed-in browser cannot be used to guess the password either.
 */
export async function checkCurrentPassword(userId: string, password: string, address: string): Promise<CurrentPasswordProof> {
  const account = await findPasswordHash(userId);
  if (!account) return { outcome: "wrong" };
  const attemptId = await reserveSignInAttempt(account.email, address);
  if (!attemptId) return { outcome: "throttled" };
  if (!(await passwordMatches(account, password)) || !account.passwordHash) return { outcome: "wrong" };
  await markSignInSucceeded(attemptId);
  return { outcome: "ok", hash: account.passwordHash };
}
