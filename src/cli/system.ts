import { randomUUID } from 'node:crypto';
import { passwordWeaknesses } from '../domain/password-policy.js';
import type { Config } from '../server/config.js';
import type { AuthedCtx } from '../server/context.js';
import type { Db } from '../server/db/database.js';
import { recordAudit } from '../server/modules/audit/service.js';
import { hashPassword } from '../server/modules/auth/password.js';
import { loadScope } from '../server/modules/auth/repo.js';
import { insertUnit } from '../server/modules/org/repo.js';

/** The country root; created on first need so that a fresh database can get its first admin. */
async function rootUnit(db: Db) {
  const root = await db
    .selectFrom('admin_unit')
    .select(['id', 'path', 'province_id'])
    .where('parent_id', 'is', null)
    .orderBy('seq')
    .executeTakeFirst();
  if (root) return root;
  const id = randomUUID();
  const path = await insertUnit(db, {
    id,
    parentId: null,
    parentPath: null,
    provinceId: null,
    code: 'VN',
    name: 'Việt Nam',
    kind: 'country',
    isRemote: false,
  });
  return { id, path, province_id: id };
}

export async function createAdmin(db: Db, username: string, fullName: string, password: string) {
  const weaknesses = passwordWeaknesses(password, { username, fullName });
  if (weaknesses.length) throw new Error(weaknesses.join('; '));
  const taken = await db
    .selectFrom('app_user')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  if (taken) throw new Error(`Tên đăng nhập ${username} đã được dùng`);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const root = await rootUnit(trx);
    const id = randomUUID();
    await trx
      .insertInto('app_user')
      .values({
        id,
        username,
        full_name: fullName,
        kind: 'staff',
        home_unit_id: root.id,
        password_hash: passwordHash,
        must_change_password: true,
      })
      .execute();
    await trx
      .insertInto('user_grant')
      .values({ id: randomUUID(), user_id: id, role: 'system_admin', admin_unit_id: root.id })
      .execute();
    await recordAudit(
      trx,
      { scope: null, ip: null },
      { provinceId: root.province_id, unitPath: root.path },
      {
        action: 'create',
        entity: 'user',
        entityId: id,
        summary: `Tạo tài khoản quản trị hệ thống ${username} bằng dòng lệnh`,
      },
    );
  });
}

/** A context acting as the first system admin, for imports run from the command line. */
export async function systemContext(db: Db, config: Config): Promise<AuthedCtx> {
  const admin = await db
    .selectFrom('user_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.full_name'])
    .where('g.role', '=', 'system_admin')
    .orderBy('u.created_at')
    .executeTakeFirst();
  if (!admin) throw new Error('Chưa có tài khoản quản trị hệ thống: chạy danvan create-admin trước');
  return {
    db,
    config,
    scope: await loadScope(db, admin.id, `${admin.full_name} (dòng lệnh)`),
    sessionId: null,
    ip: null,
    memo: {},
  };
}
