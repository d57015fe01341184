import { sql } from 'kysely';
import { inSubtrees } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';

function userSelect(db: Db) {
  return db
    .selectFrom('app_user as p')
    .innerJoin('admin_unit as h', 'h.id', 'p.home_unit_id')
    .select([
      'p.id',
      'p.username',
      'p.full_name',
      'p.email',
      'p.phone',
      'p.kind',
      'p.home_unit_id',
      'h.name as home_unit_name',
      'h.path as home_path',
      'h.province_id',
      'p.disabled_at',
      'p.totp_enabled',
      'p.created_at',
    ]);
}
export type UserRow = Awaited<ReturnType<ReturnType<typeof userSelect>['executeTakeFirstOrThrow']>>;

/** Users are scoped by their home unit: a unit admin manages the people of his subtree. */
export function listUsers(
  db: Db,
  paths: string[],
  f: { q?: string; unitPath?: string; after?: string; limit: number },
) {
  let q = userSelect(db).where(inSubtrees('h.path', paths));
  if (f.unitPath) q = q.where(sql<boolean>`h.path <@ ${f.unitPath}::ltree`);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where(
      sql<boolean>`(vn_fold(p.full_name) like vn_fold(${like}) or lower(p.username) like lower(${like}))`,
    );
  }
  if (f.after) q = q.where(sql<boolean>`lower(p.username) > lower(${f.after})`);
  return q.orderBy(sql`lower(p.username)`).limit(f.limit).execute();
}

export function findUser(db: Db, paths: string[], id: string) {
  return userSelect(db).where('p.id', '=', id).where(inSubtrees('h.path', paths)).executeTakeFirst();
}

export function usernameTaken(db: Db, username: string) {
  return db
    .selectFrom('app_user')
    .select('id')
    .where(sql<boolean>`lower(username) = lower(${username})`)
    .executeTakeFirst();
}

export function listGrantsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_grant as g')
    .innerJoin('admin_unit as u', 'u.id', 'g.admin_unit_id')
    .select([
      'g.id',
      'g.user_id',
      'g.role',
      'g.admin_unit_id',
      'u.name as unit_name',
      'u.path',
      'u.province_id',
    ])
    .where('g.user_id', 'in', userIds)
    .orderBy('u.path')
    .execute();
}

/** Whether the account is staff with a staff role on the unit at `unitPath` or on one above it. */
export async function hasStaffGrantCovering(db: Db, userId: string, unitPath: string) {
  const row = await db
    .selectFrom('user_grant as g')
    .innerJoin('app_user as p', 'p.id', 'g.user_id')
    .innerJoin('admin_unit as u', 'u.id', 'g.admin_unit_id')
    .select('g.id')
    .where('g.user_id', '=', userId)
    .where('p.kind', '=', 'staff')
    .where('g.role', '!=', 'citizen')
    .where(sql<boolean>`u.path @> ${unitPath}::ltree`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
