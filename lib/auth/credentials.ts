import "server-only";
import { randomUUID } from "node:crypto";
import { findUserForSignIn } from "./data";
import { markSignInSucceeded, reserveSignInAttempt } from "./mutations";
import { hashPassword, verifyPassword } from "./password";

type SignInUser = { id: string; name: string; email: string };
type CredentialsCheck = { outcome: "throttled" } | { outcome: "wrong" } | { outcome: "ssoRequired" } | { outcome: "ok"; user: SignInUser };

// Unknown, deactivated and password-less accounts are checked against this hash (same argon2
// parameters, a password nobody knows), so a wrong password takes as long whether or not the
// account exists: the answer's timing does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomUUID()));

type AccountForSignIn = { passwordHash: string | null; deactivatedAt: Date | null } | null;

/** Runs the password verifier exactly once whatever the account's state; true only for a usable account. */
export async function passwordMatches(account: AccountForSignIn, password: string): Promise<boolean> {
  const usableHash = account && !account.deactivatedAt ? account.passwordHash : null;
  const matches = await verifyPassword(usableHash ?? (await dummyPasswordHash()), password);
  return usableHash !== null && matches;
}

/**
 * One sign-in attempt (password): the attempt is recorded (as failed) before the password is checked, under a
 * lock per account and per address, so parallel guesses cannot all slip under the limit; a correct
 * password then turns it into a success.
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialsCheck> {
  const attemptId = await reserveSignInAttempt(email, ip);
  if (!attemptId) return { outcome: "throttled" };
  const account = await findUserForSignIn(email);
  if (!(await passwordMatches(account, password)) || !account) return { outcome: "wrong" };
  // Said only to someone who knew the password: it reveals nothing to a guesser. Platform admins
  // keep their password, so a broken identity provider cannot lock everyone out.
  if (account.institution?.requireSso && !account.isPlatformAdmin) return { outcome: "ssoRequired" };
  await markSignInSucceeded(attemptId);
  return { outcome: "ok", user: { id: account.id, name: account.name, email: account.email } };
}
