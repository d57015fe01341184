import { FAILURE_MEMORY_HOURS, secondsToWait } from '../../../domain/login-throttle.js';
import type { Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import * as repo from './repo.js';

/** What is being guessed, and which field of the login the wait is reported on. */
export interface ThrottleKey {
  kind: repo.ThrottleKind;
  subject: string;
}

const messages: Record<repo.ThrottleKind, { path: string; wait: (s: number) => string }> = {
  password: {
    path: 'username',
    wait: (s) => `Tài khoản này tạm ngừng đăng nhập từ địa chỉ của bạn, thử lại sau ${s} giây`,
  },
  totp: { path: 'totpCode', wait: (s) => `Nhập sai mã xác thực nhiều lần, thử lại sau ${s} giây` },
};

/** Password failures are counted per (address, account), so a guesser elsewhere never shuts the owner out. */
export const passwordKey = (ip: string | null, username: string): ThrottleKey => ({
  kind: 'password',
  subject: `${ip ?? ''}|${username}`,
});

/** TOTP failures are counted per account: whoever reaches this step already holds the password. */
export const totpKey = (userId: string): ThrottleKey => ({ kind: 'totp', subject: userId });

/** 429 with Retry-After while the key must wait; checked before the password, so a wait costs no hash. */
export async function assertMayTry(db: Db, key: ThrottleKey, path?: string, now = new Date()) {
  const row = await repo.findThrottle(db, key.kind, key.subject);
  if (!row) return;
  const seconds = secondsToWait(row.failures, row.last_failure_at, now);
  if (seconds > 0) {
    const m = messages[key.kind];
    throw problem.throttled(path ?? m.path, m.wait(seconds), seconds);
  }
}

export function noteFailure(db: Db, key: ThrottleKey, now = new Date()) {
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_HOURS * 3_600_000);
  return repo.recordFailure(db, key.kind, key.subject, now, forgetBefore);
}

export const forgetFailures = (db: Db, key: ThrottleKey) => repo.clearFailures(db, key.kind, key.subject);
