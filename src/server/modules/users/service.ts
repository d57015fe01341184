import { randomUUID } from 'node:crypto';
import { canGrantRole, isRole, type Role, roleNames } from '../../../domain/roles.js';
import { coversPath, hasPermission, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import { problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { hashPassword } from '../auth/password.js';
import { deleteSessionsOfUser } from '../auth/repo.js';
import { assertStrongPassword } from '../auth/service.js';
import { getUnit } from '../org/service.js';
import * as repo from './repo.js';
import type { GrantCreate, User, UserCreate, UserListQuery, UserUpdate } from './schemas.js';

function paths(ctx: AuthedCtx, permission: 'user.read' | 'user.write') {
  if (!hasPermission(ctx.scope, permission)) throw problem.forbidden();
  return pathsFor(ctx.scope, permission);
}

async function toUsers(ctx: AuthedCtx, rows: repo.UserRow[]): Promise<User[]> {
  const grants = await repo.listGrantsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    email: r.email,
    phone: r.phone,
    kind: r.kind,
    homeUnitId: r.home_unit_id,
    homeUnitName: r.home_unit_name,
    disabled: r.disabled_at !== null,
    totpEnabled: r.totp_enabled,
    createdAt: r.created_at.toISOString(),
    // Grants on units outside the caller's subtrees are not his to see.
    grants: grants
      .filter((g) => g.user_id === r.id && coversPath(ctx.scope, 'user.read', g.path))
      .map((g) => ({ id: g.id, role: g.role as Role, unitId: g.admin_unit_id, unitName: g.unit_name })),
  }));
}

export async function listUsers(ctx: AuthedCtx, q: UserListQuery) {
  const readPaths = paths(ctx, 'user.read');
  const unitPath = q.unitId ? (await getUnit(ctx, q.unitId)).path : undefined;
  const rows = await repo.listUsers(ctx.db, readPaths, {
    q: q.q,
    unitPath,
    after: q.cursor,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return {
    items: await toUsers(ctx, page),
    nextCursor: rows.length > q.limit ? (page.at(-1)?.username ?? null) : null,
  };
}

export async function getUser(ctx: AuthedCtx, id: string) {
  const row = await repo.findUser(ctx.db, paths(ctx, 'user.read'), id);
  if (!row) throw problem.notFound('Người dùng');
  const [user] = await toUsers(ctx, [row]);
  if (!user) throw problem.notFound('Người dùng');
  return user;
}

/**
 * Whether a user may be named as a unit's staff (a reception leader): a staff account whose grant covers
 * the unit. Reads across scopes on purpose: the caller names the user by id and learns only yes or no,
 * the same answer for an id that does not exist.
 */
export function isStaffOfUnit(ctx: AuthedCtx, userId: string, unitPath: string): Promise<boolean> {
  return repo.hasStaffGrantCovering(ctx.db, userId, unitPath);
}

async function writableUser(ctx: AuthedCtx, id: string) {
  const row = await repo.findUser(ctx.db, paths(ctx, 'user.write'), id);
  if (!row) throw problem.notFound('Người dùng');
  return row;
}

/**
 * Password, account lock and contact details hand over the whole account: only someone whose subtrees
 * cover every grant of that account may change them, or a ward admin could take over a province
 * official who lives in his ward.
 */
async function assertCoversAccount(ctx: AuthedCtx, userId: string) {
  const grants = await repo.listGrantsOf(ctx.db, [userId]);
  if (grants.some((g) => !coversPath(ctx.scope, 'user.write', g.path))) {
    throw problem.forbidden('Tài khoản này có vai trò ngoài phạm vi quản lý của bạn');
  }
}

async function writableUnit(ctx: AuthedCtx, unitId: string, field: string) {
  const unit = await getUnit(ctx, unitId).catch(() => null);
  if (!unit || !coversPath(ctx.scope, 'user.write', unit.path)) {
    throw problem.validation([{ path: field, message: 'Đơn vị không tồn tại hoặc ngoài phạm vi quản lý' }]);
  }
  return unit;
}

export async function createUser(ctx: AuthedCtx, body: UserCreate) {
  paths(ctx, 'user.write');
  const unit = await writableUnit(ctx, body.homeUnitId, 'homeUnitId');
  if (await repo.usernameTaken(ctx.db, body.username))
    throw problem.conflict('username', 'Tên đăng nhập đã được dùng');
  assertStrongPassword(body.password, { username: body.username, fullName: body.fullName }, 'password');
  const id = randomUUID();
  const passwordHash = await hashPassword(body.password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('app_user')
      .values({
        id,
        username: body.username,
        full_name: body.fullName,
        email: body.email ?? null,
        phone: body.phone ?? null,
        kind: body.kind,
        home_unit_id: unit.id,
        password_hash: passwordHash,
        // A password someone else chose is changed at the first login.
        must_change_password: true,
      })
      .execute();
    const { password: _secret, ...shown } = body;
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.provinceId, unitPath: unit.path },
      {
        action: 'create',
        entity: 'user',
        entityId: id,
        summary: `Tạo tài khoản ${body.username} (${body.fullName}) tại ${unit.name}`,
        after: shown,
      },
    );
  });
  return getUser(ctx, id);
}

export async function updateUser(ctx: AuthedCtx, id: string, patch: UserUpdate) {
  const before = await writableUser(ctx, id);
  await assertCoversAccount(ctx, id);
  if (patch.disabled === true && id === ctx.scope.userId) {
    throw problem.validation([{ path: 'disabled', message: 'Không thể tự khóa tài khoản của mình' }]);
  }
  const unit = patch.homeUnitId ? await writableUnit(ctx, patch.homeUnitId, 'homeUnitId') : null;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({
        full_name: patch.fullName,
        email: patch.email,
        phone: patch.phone,
        home_unit_id: unit?.id,
        disabled_at: patch.disabled === undefined ? undefined : patch.disabled ? new Date() : null,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (patch.disabled) await deleteSessionsOfUser(trx, id);
    await recordAudit(
      trx,
      ctx,
      { provinceId: before.province_id, unitPath: before.home_path },
      {
        action: patch.disabled === true ? 'disable' : patch.disabled === false ? 'enable' : 'update',
        entity: 'user',
        entityId: id,
        summary: `Sửa tài khoản ${before.username}`,
        before: {
          fullName: before.full_name,
          email: before.email,
          phone: before.phone,
          homeUnitId: before.home_unit_id,
          disabled: before.disabled_at !== null,
        },
        after: patch,
      },
    );
  });
  return getUser(ctx, id);
}

export async function resetPassword(ctx: AuthedCtx, id: string, password: string) {
  const user = await writableUser(ctx, id);
  await assertCoversAccount(ctx, id);
  assertStrongPassword(password, { username: user.username, fullName: user.full_name }, 'password');
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({
        password_hash: passwordHash,
        must_change_password: true,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await deleteSessionsOfUser(trx, id);
    await recordAudit(
      trx,
      ctx,
      { provinceId: user.province_id, unitPath: user.home_path },
      {
        action: 'password_reset',
        entity: 'user',
        entityId: id,
        summary: `Đặt lại mật khẩu cho ${user.username}`,
      },
    );
  });
}

export async function addGrant(ctx: AuthedCtx, userId: string, body: GrantCreate) {
  const user = await writableUser(ctx, userId);
  const unit = await writableUnit(ctx, body.unitId, 'unitId');
  // Only roles granted over the target unit count: a unit admin elsewhere cannot hand out roles here.
  const granterRoles = ctx.scope.grants
    .filter((g) => unit.path === g.path || unit.path.startsWith(`${g.path}.`))
    .map((g) => g.role);
  if (!canGrantRole(granterRoles, body.role))
    throw problem.validation([{ path: 'role', message: 'Bạn không được cấp vai trò này' }]);
  if ((user.kind === 'citizen') !== (body.role === 'citizen')) {
    throw problem.validation([
      {
        path: 'role',
        message: 'Tài khoản công dân chỉ có vai trò công dân, cán bộ không có vai trò công dân',
      },
    ]);
  }
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('user_grant')
      .select('id')
      .where('user_id', '=', userId)
      .where('role', '=', body.role)
      .where('admin_unit_id', '=', unit.id)
      .executeTakeFirst();
    if (existing) throw problem.conflict('role', 'Người dùng đã có vai trò này tại đơn vị này');
    await trx
      .insertInto('user_grant')
      .values({ id, user_id: userId, role: body.role, admin_unit_id: unit.id })
      .execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.provinceId, unitPath: unit.path },
      {
        action: 'grant',
        entity: 'user',
        entityId: userId,
        summary: `Cấp vai trò ${roleNames[body.role]} tại ${unit.name} cho ${user.username}`,
        after: body,
      },
    );
  });
  return { id, role: body.role, unitId: unit.id, unitName: unit.name };
}

export async function removeGrant(ctx: AuthedCtx, userId: string, grantId: string) {
  const user = await writableUser(ctx, userId);
  const [grant] = (await repo.listGrantsOf(ctx.db, [userId])).filter((g) => g.id === grantId);
  if (!grant || !coversPath(ctx.scope, 'user.write', grant.path)) throw problem.notFound('Vai trò');
  if (userId === ctx.scope.userId && (grant.role === 'system_admin' || grant.role === 'unit_admin')) {
    throw problem.validation([{ path: 'grantId', message: 'Không thể tự thu hồi quyền quản trị của mình' }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('user_grant').where('id', '=', grantId).execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: grant.province_id, unitPath: grant.path },
      {
        action: 'revoke',
        entity: 'user',
        entityId: userId,
        summary: `Thu hồi vai trò ${isRole(grant.role) ? roleNames[grant.role] : grant.role} tại ${grant.unit_name} của ${user.username}`,
        before: { role: grant.role, unitId: grant.admin_unit_id },
      },
    );
  });
}
