import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { normalizeUsername } from '../../../domain/login-throttle.js';
import type { Config } from '../../config.js';
import { authed } from '../../http/request.js';
import {
  LoginBody,
  PasswordChangeBody,
  Session,
  TotpCodeBody,
  TotpDisableBody,
  TotpSetup,
} from './schemas.js';
import { changeOwnPassword, describeMe, login, logout, SESSION_COOKIE } from './service.js';
import { disableTotp, enableTotp, setupTotp } from './totp.js';

const tags = ['Xác thực'];

export function authRoutes(config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        schema: { tags, summary: 'Đăng nhập', body: LoginBody, response: { 200: Session } },
        // Per address and account name, the name as the schema normalized it (one key for every
        // spelling). It bounds the burst; the failure count with its growing wait is in the service.
        config: {
          rateLimit: {
            max: config.LOGIN_RATE_LIMIT,
            timeWindow: '1 minute',
            // Counted before validation: the name is normalized here as the schema will (case, NFC).
            keyGenerator: (req) =>
              `${req.ip}|${normalizeUsername(String((req.body as { username?: unknown } | undefined)?.username ?? ''))}`,
          },
        },
      },
      async (req, reply) => {
        const { token, session } = await login(req.ctx, req.body, req.headers['user-agent'] ?? null);
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          // Secure whenever the page came over HTTPS (directly or from a trusted proxy), not only when told.
          secure: config.COOKIE_SECURE || req.protocol === 'https',
          maxAge: config.SESSION_TTL_HOURS * 3600,
        });
        return session;
      },
    );
    app.post(
      '/auth/logout',
      { schema: { tags, summary: 'Đăng xuất', response: { 204: z.null() } } },
      async (req, reply) => {
        await logout(req.ctx, req.cookies[SESSION_COOKIE]);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/auth/me',
      { schema: { tags, summary: 'Người dùng hiện tại', response: { 200: Session } } },
      async (req) => {
        const ctx = authed(req);
        const session = await ctx.db
          .selectFrom('user_session')
          .select('csrf_token')
          .where('token_hash', '=', ctx.sessionId ?? '')
          .executeTakeFirstOrThrow();
        return { user: await describeMe(ctx, ctx.scope.userId), csrfToken: session.csrf_token };
      },
    );
    app.post(
      '/auth/password',
      { schema: { tags, summary: 'Đổi mật khẩu', body: PasswordChangeBody, response: { 204: z.null() } } },
      async (req, reply) => {
        await changeOwnPassword(authed(req), req.body.currentPassword, req.body.newPassword);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/auth/totp/setup',
      { schema: { tags, summary: 'Tạo khóa xác thực hai bước', response: { 200: TotpSetup } } },
      (req) => setupTotp(authed(req)),
    );
    app.post(
      '/auth/totp/enable',
      { schema: { tags, summary: 'Bật xác thực hai bước', body: TotpCodeBody, response: { 204: z.null() } } },
      async (req, reply) => {
        await enableTotp(authed(req), req.body.code);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/auth/totp/disable',
      {
        schema: {
          tags,
          summary: 'Tắt xác thực hai bước',
          body: TotpDisableBody,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await disableTotp(authed(req), req.body.password);
        return reply.code(204).send(null);
      },
    );
  };
}
