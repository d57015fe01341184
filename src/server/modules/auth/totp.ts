import * as OTPAuth from 'otpauth';
import type { AuthedCtx, Ctx } from '../../context.js';
import type { AppUserRow } from '../../db/schema.js';
import { Problem, problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { verifyPassword } from './password.js';
import { placeOfUser } from './place.js';
import * as repo from './repo.js';
import { assertMayTry, forgetFailures, noteFailure, totpKey } from './throttle.js';

const PERIOD = 30;

/** The time step a code belongs to (the current one or a neighbour, for clock drift), or null. */
function stepOfCode(secret: string, code: string, now: Date): number | null {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: PERIOD });
  const delta = totp.validate({ token: code, window: 1, timestamp: now.getTime() });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

/**
 * A code is right once: wrong ones count against the account (5 free, then a growing wait) and a code
 * already used — seen over a shoulder or replayed by a phishing page — counts as wrong.
 */
async function spendCode(ctx: Ctx, user: AppUserRow, code: string, path: string, onWrong: () => Problem) {
  const key = totpKey(user.id);
  await assertMayTry(ctx.db, key, path);
  const now = new Date();
  const step = user.totp_secret ? stepOfCode(user.totp_secret, code, now) : null;
  if (step === null || !(await repo.claimTotpStep(ctx.db, user.id, step))) {
    await noteFailure(ctx.db, key, now);
    throw onWrong();
  }
  await forgetFailures(ctx.db, key);
}

/** The second step of a login, once the password was right. */
export async function checkLoginTotp(ctx: Ctx, user: AppUserRow, code: string | undefined) {
  if (!user.totp_enabled) return;
  const required = (wrong: boolean) =>
    new Problem(
      401,
      '/problems/totp-required',
      wrong ? 'Mã xác thực không đúng' : 'Cần mã xác thực hai bước',
      [
        {
          path: 'totpCode',
          message: wrong ? 'Mã xác thực không đúng hoặc đã hết hạn' : 'Nhập mã 6 số từ ứng dụng xác thực',
        },
      ],
    );
  if (!code) throw required(false);
  await spendCode(ctx, user, code, 'totpCode', () => required(true));
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
    period: PERIOD,
  });
  await ctx.db
    .updateTable('app_user')
    .set({ totp_secret: secret.base32, totp_last_step: null })
    .where('id', '=', user.id)
    .execute();
  return { secret: secret.base32, otpauthUrl: totp.toString() };
}

export async function enableTotp(ctx: AuthedCtx, code: string) {
  const user = await repo.findUserById(ctx.db, ctx.scope.userId);
  if (!user?.totp_secret) throw problem.validation([{ path: 'code', message: 'Hãy tạo khóa bí mật trước' }]);
  await spendCode(ctx, user, code, 'code', () =>
    problem.validation([{ path: 'code', message: 'Mã xác thực không đúng hoặc đã hết hạn' }]),
  );
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
      .set({ totp_enabled: false, totp_secret: null, totp_last_step: null })
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
