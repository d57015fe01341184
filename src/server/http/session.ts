import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { findLiveSession, loadScope } from '../modules/auth/repo.js';
import { hashToken, SESSION_COOKIE } from '../modules/auth/service.js';
import { problem } from './problem.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the session cookie into req.ctx.scope. A write made with a session must carry the session's
 * CSRF token in a header, which a page of another site cannot read or set.
 */
export function installSession(app: FastifyInstance, db: Db, config: Config): void {
  app.decorateRequest('ctx');
  app.addHook('onRequest', async (req) => {
    req.ctx = { db, config, scope: null, sessionId: null, ip: req.ip };
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
    req.ctx.sessionId = tokenHash;
    req.ctx.scope = await loadScope(db, session.user_id, session.full_name);
  });
}
