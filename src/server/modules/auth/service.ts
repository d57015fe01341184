import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { type Permission, rolePermissions } from '../../../domain/roles.js';
import type { AuthedCtx, Ctx } from '../../context.js';
import { Problem, problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import * as repo from './repo.js';
import type { LoginBody } from './schemas.js';

export const SESSION_COOKIE = 'dvs_session';
/** Entries with no unit (a login of a user without a home unit) go to this chain. */
export const SYSTEM_PROVINCE_ID = '00000000-0000-0000-0000-000000000000';
const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () =>
  new Problem(401, '/problems/invalid-credentials', 'Tên đăng nhập hoặc mật khẩu không đúng');

async function placeOfUser(ctx: Ctx, homeUnitId: string | null) {
  if (!homeUnitId) return { provinceId: SYSTEM_PROVINCE_ID, unitPath: null };
  const unit = await ctx.db
    .selectFrom('admin_unit')
    .select(['province_id', 'path'])
    .where('id', '=', homeUnitId)
    .executeTakeFirst();
  return unit
    ? { provinceId: unit.province_id, unitPath: unit.path }
    : { provinceId: SYSTEM_PROVINCE_ID, unitPath: null };
}

function checkTotp(secret: string | null, code: string | undefined): boolean {
  if (!secret || !code) return false;
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
  return totp.validate({ token: code, window: 1 }) !== null;
}

export async function login(ctx: Ctx, body: LoginBody, userAgent: string | null) {
  const user = await repo.findUserByUsername(ctx.db, body.username);
  const passwordOk = await verifyPassword(user?.password_hash ?? decoyHash, body.password);
  if (!user || user.disabled_at) throw invalidCredentials();
  if (user.locked_until && user.locked_until > new Date()) {
    throw new Problem(
      423,
      '/problems/account-locked',
      'Tài khoản tạm khóa do đăng nhập sai nhiều lần',
      [],
      `Thử lại sau ${LOCK_MINUTES} phút.`,
    );
  }
  if (!passwordOk) {
    const failed = user.failed_logins + 1;
    await ctx.db
      .updateTable('app_user')
      .set({
        failed_logins: failed >= MAX_FAILED_LOGINS ? 0 : failed,
        locked_until: failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null,
      })
      .where('id', '=', user.id)
      .execute();
    throw invalidCredentials();
  }
  if (user.totp_enabled && !checkTotp(user.totp_secret, body.totpCode)) {
    throw new Problem(
      401,
      '/problems/totp-required',
      body.totpCode ? 'Mã xác thực không đúng' : 'Cần mã xác thực hai bước',
      [
        {
          path: 'totpCode',
          message: body.totpCode
            ? 'Mã xác thực không đúng hoặc đã hết hạn'
            : 'Nhập mã 6 số từ ứng dụng xác thực',
        },
      ],
    );
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const scope = await repo.loadScope(ctx.db, user.id, user.full_name);
  const place = await placeOfUser(ctx, user.home_unit_id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
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

export async function setupTotp(ctx: AuthedCtx) {
  const user = await repo.findUserById(ctx.db, ctx.scope.userId);
  if (!user) throw problem.unauthorized();
  if (user.kind !== 'staff') throw problem.forbidden('Xác thực hai bước dành cho cán bộ');
  if (user.totp_enabled) throw problem.conflict('totp', 'Xác thực hai bước đã được bật');
  const secret = new OTPAuth.Secret({ size: 20 });
  const totp = new OTPAuth.TOTP({
    issuer: 'Dân Vận Số',
    label: user.username,
    secret,
    digits: 6,
    period: 30,
  });
  await ctx.db
    .updateTable('app_user')
    .set({ totp_secret: secret.base32 })
    .where('id', '=', user.id)
    .execute();
  return { secret: secret.base32, otpauthUrl: totp.toString() };
}

export async function enableTotp(ctx: AuthedCtx, code: string) {
  const user = await repo.findUserById(ctx.db, ctx.scope.userId);
  if (!user?.totp_secret) throw problem.validation([{ path: 'code', message: 'Hãy tạo khóa bí mật trước' }]);
  if (!checkTotp(user.totp_secret, code)) {
    throw problem.validation([{ path: 'code', message: 'Mã xác thực không đúng hoặc đã hết hạn' }]);
  }
  const place = await placeOfUser(ctx, user.home_unit_id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('app_user').set({ totp_enabled: true }).where('id', '=', user.id).execute();
    await recordAudit(trx, ctx, place, {
      action: 'totp_enable',
      entity: 'user',
      entityId: user.id,
      summary: `Bật xác thực hai bước: ${user.username}`,
    });
  });
}

export async function disableTotp(ctx: AuthedCtx, password: string) {
  const user = await repo.findUserById(ctx.db, ctx.scope.userId);
  if (!user || !(await verifyPassword(user.password_hash, password))) {
    throw problem.validation([{ path: 'password', message: 'Mật khẩu không đúng' }]);
  }
  const place = await placeOfUser(ctx, user.home_unit_id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ totp_enabled: false, totp_secret: null })
      .where('id', '=', user.id)
      .execute();
    await recordAudit(trx, ctx, place, {
      action: 'totp_disable',
      entity: 'user',
      entityId: user.id,
      summary: `Tắt xác thực hai bước: ${user.username}`,
    });
  });
}
