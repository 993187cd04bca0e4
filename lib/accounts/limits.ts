// Requests that would be abused by repetition, and how many of each a window allows (RateLimitHit rows).

export type RateLimit = { bucket: string; limit: number; windowMs: number };

const HOUR_MS = 60 * 60 * 1000;

/** Password links asked for one address: enough for a slow inbox, too few to flood someone's. */
export const RESET_PER_ADDRESS: RateLimit = { bucket: "reset:address", limit: 3, windowMs: HOUR_MS };
/** Password links asked for from one client address, whatever the e-mail addresses typed. */
export const RESET_PER_CLIENT: RateLimit = { bucket: "reset:client", limit: 20, windowMs: HOUR_MS };
/** Invitations (and re-sends) by one person: a busy set-up day is far below it, a flood is not. */
export const INVITES_PER_INVITER: RateLimit = { bucket: "invite:inviter", limit: 30, windowMs: HOUR_MS };

/** Whole minutes until `moment` (at least 1): "try again in 12 minutes". */
export function minutesUntil(moment: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((moment.getTime() - now.getTime()) / 60_000));
}
