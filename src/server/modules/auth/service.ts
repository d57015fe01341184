import { createHash, randomBytes } from 'node:crypto';
import { type PasswordOwner, passwordWeaknesses } from '../../../domain/password-policy.js';
import { type Permission, rolePermissions } from '../../../domain/roles.js';
import type { AuthedCtx, Ctx } from '../../context.js';
import { Problem, problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import { placeOfUser } from './place.js';
import * as repo from './repo.js';
import type { LoginBody } from './schemas.js';
import { assertMayTry, forgetFailures, noteFailure, passwordKey } from './throttle.js';
import { checkLoginTotp } from './totp.js';

export { SYSTEM_PROVINCE_ID } from './place.js';
export const SESSION_COOKIE = 'dvs_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () =>
  new Problem(401, '/problems/invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng');

/** 400 naming `path` unless the password passes the one rule, checked against its owner's names. */
export function assertStrongPassword(password: string, owner: PasswordOwner, path: string) {
  const messages = passwordWeaknesses(password, owner);
  if (messages.length) throw problem.validation(messages.map((message) => ({ path, message })));
}

/**
 * An unknown name, a disabled account and a wrong password take the same path: the same throttle key
 * (address and name, whether or not the name exists), a hash to verify, the same answer.
 */
export async function login(ctx: Ctx, body: LoginBody, userAgent: string | null) {
  const key = passwordKey(ctx.ip, body.username);
  await assertMayTry(ctx.db, key);
  const user = await repo.findUserByUsername(ctx.db, body.username);
  const passwordOk = await verifyPassword(user?.password_hash ?? decoyHash, body.password);
  if (!user || user.disabled_at || !passwordOk) {
    await noteFailure(ctx.db, key);
    throw invalidCredentials();
  }
  await checkLoginTotp(ctx, user, body.totpCode);
  await forgetFailures(ctx.db, key);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const scope = await repo.loadScope(ctx.db, user.id, user.full_name);
  const place = await placeOfUser(ctx, user.home_unit_id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + ctx.config.SESSION_TTL_HOURS * 3_600_000),
      ip: ctx.ip,
      userAgent,
    });
    await recordAudit(trx, { ...ctx, scope }, place, {
      action: 'login',
      entity: 'user',
      entityId: user.id,
      summary: `Đăng nhập: ${user.username}`,
    });
  });
  return { token, session: { user: await describeMe(ctx, user.id), csrfToken } };
}

export async function logout(ctx: Ctx, token: string | undefined) {
  if (token) await repo.deleteSession(ctx.db, hashToken(token));
}

export async function describeMe(ctx: Ctx, userId: string) {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user) throw problem.unauthorized();
  const scope = await repo.loadScope(ctx.db, user.id, user.full_name);
  const perms = new Set<Permission>(scope.grants.flatMap((g) => rolePermissions[g.role]));
  return {
    id: user.id,
    username: user.username,
    fullName: user.full_name,
    kind: user.kind,
    totpEnabled: user.totp_enabled,
    mustChangePassword: user.must_change_password,
    grants: scope.grants.map((g) => ({
      id: g.id,
      role: g.role,
      unitId: g.unitId,
      unitName: g.unitName,
      unitCode: g.unitCode,
    })),
    permissions: [...perms],
  };
}

export async function changeOwnPassword(ctx: AuthedCtx, currentPassword: string, newPassword: string) {
  const user = await repo.findUserById(ctx.db, ctx.scope.userId);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw problem.validation([{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }]);
  }
  if (currentPassword === newPassword) {
    throw problem.validation([{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu cũ' }]);
  }
  assertStrongPassword(newPassword, { username: user.username, fullName: user.full_name }, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  const place = await placeOfUser(ctx, user.home_unit_id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false, updated_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    // Other sessions may be an attacker's: a password change ends them.
    await repo.deleteSessionsOfUser(trx, user.id, ctx.sessionId ?? undefined);
    await recordAudit(trx, ctx, place, {
      action: 'password_change',
      entity: 'user',
      entityId: user.id,
      summary: `Đổi mật khẩu: ${user.username}`,
    });
  });
}
