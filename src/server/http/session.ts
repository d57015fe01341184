import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { findLiveSession, loadScope } from '../modules/auth/repo.js';
import { hashToken, SESSION_COOKIE } from '../modules/auth/service.js';
import { problem } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What an account may do while it still has a password someone else chose (an administrator, the
 * CLI): change it, see who it is, sign out, and load the web app that lets it do so.
 */
const WHILE_PASSWORD_CHANGE = new Set([
  'POST /api/auth/password',
  'GET /api/auth/me',
  'POST /api/auth/logout',
]);

function allowedBeforePasswordChange(req: FastifyRequest): boolean {
  if (WHILE_PASSWORD_CHANGE.has(`${req.method} ${req.routeOptions.url ?? ''}`)) return true;
  return (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/');
}

/**
 * Reads the session cookie into req.ctx.scope. A write made with a session must carry the session's
 * CSRF token in a header, which a page of another site cannot read or set.
 */
export function installSession(app: FastifyInstance, db: Db, config: Config): void {
  app.decorateRequest('ctx');
  app.addHook('onRequest', async (req) => {
    req.ctx = { db, config, scope: null, sessionId: null, ip: req.ip, memo: {} };
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await findLiveSession(db, tokenHash);
    if (!session || session.disabled_at) return;
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrf_token) {
      // Login and logout work without it: logging in is not a privileged act, logging out is harmless.
      if (!req.url.startsWith('/api/auth/login') && !req.url.startsWith('/api/auth/logout'))
        throw problem.csrf();
    }
    // Checked here, once for every route, so no new route can forget it.
    if (session.must_change_password && !allowedBeforePasswordChange(req))
      throw problem.passwordChangeRequired();
    req.ctx.sessionId = tokenHash;
    req.ctx.scope = await loadScope(db, session.user_id, session.full_name);
  });
}
