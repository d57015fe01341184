import type { Scope } from './auth/scope.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';

/** What a service needs from a request: the database, who asks (scope), and where from. */
export interface Ctx {
  db: Db;
  config: Config;
  scope: Scope | null;
  sessionId: string | null;
  ip: string | null;
}

export interface AuthedCtx extends Ctx {
  scope: Scope;
}
