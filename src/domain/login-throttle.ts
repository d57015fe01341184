/** Wrong attempts a (address, account) pair — or an account's TOTP — may make before it must wait. */
export const FREE_FAILURES = 5;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 3600;
/** Failures older than this are forgotten: a user who mistyped last week starts afresh. */
export const FAILURE_MEMORY_HOURS = 24;

/**
 * The one spelling of a user name used to look the account up and to count attempts on it, so that
 * "Lanh.Dao", " lanh.dao" and "lanh.dao" are one account to the limits as they are to the login.
 */
export function normalizeUsername(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/**
 * How long to wait after the given number of consecutive failures: nothing for the first few (a
 * mistyped password), then 30 s doubling with each failure up to an hour. Guessing stays possible for
 * nobody: about 30 guesses a day from one address, where an unlimited lock would let anyone shut the
 * owner out.
 */
export function failureDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Whole seconds still to wait before the next attempt; 0 when one may be made now. */
export function secondsToWait(failures: number, lastFailureAt: Date, now: Date): number {
  const until = lastFailureAt.getTime() + failureDelaySeconds(failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
