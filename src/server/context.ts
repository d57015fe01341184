import type { WorkingCalendar } from '../domain/calendar.js';
import type { Scope } from './auth/scope.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';

/**
 * What one request reads once and every step of it reuses (see calendarFor). A plain object, so that the
 * copies `authed()` makes of the context share it.
 */
export interface RequestMemo {
  calendar?: Promise<WorkingCalendar>;
}

/** What a service needs from a request: the database, who asks (scope), and where from. */
export interface Ctx {
  db: Db;
  config: Config;
  scope: Scope | null;
  sessionId: string | null;
  ip: string | null;
  memo: RequestMemo;
}

export interface AuthedCtx extends Ctx {
  scope: Scope;
}
