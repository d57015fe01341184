import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../../config.js';

/** Wrong PINs allowed on one petition before only the signed-in sender or the unit may go on. */
export const MAX_PIN_FAILURES = 5;

/**
 * The second secret beside the tracking code, given only to the sender (on his receipt and in the portal's
 * confirmation): the code alone, seen on a paper or guessed, must not let a stranger rate and so close
 * his petition. Six digits are read over the phone; the try limit makes guessing them useless.
 */
export function newSenderPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

function digest(key: string, salt: string, pin: string) {
  return createHmac('sha256', Buffer.from(key, 'base64')).update(`pin:${salt}:${pin}`).digest('base64url');
}

/**
 * Salted and keyed, so a copy of the database alone does not give the PIN back by trying 10⁶ values. The
 * salt is not tied to the petition: its forwarded copy, its parts and its second complaint keep the PIN.
 */
export function hashSenderPin(config: Pick<Config, 'DENOUNCER_KEY'>, pin: string): string {
  const salt = randomBytes(12).toString('base64url');
  return `${salt}.${digest(config.DENOUNCER_KEY ?? '', salt, pin)}`;
}

export function isSenderPin(config: Pick<Config, 'DENOUNCER_KEY'>, stored: string | null, pin: string) {
  const [salt, want] = (stored ?? '').split('.');
  if (!salt || !want) return false;
  const got = Buffer.from(digest(config.DENOUNCER_KEY ?? '', salt, pin));
  const expected = Buffer.from(want);
  return got.length === expected.length && timingSafeEqual(got, expected);
}
