// Sign-in throttling: a window of failed attempts per account and per client address.
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export function isThrottled(failures: { forAccount: number; forAddress: number }): boolean {
  return failures.forAccount >= MAX_FAILURES_PER_ACCOUNT || failures.forAddress >= MAX_FAILURES_PER_ADDRESS;
}

export function throttleWindowStart(now = new Date()): Date {
  return new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
}
