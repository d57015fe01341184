import { type Kysely, sql } from 'kysely';
import { inSubtrees } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { repathCopies } from '../../db/unit-path.js';

/** Unit columns with the kind's name and the number of children, as the API shows them. */
function unitSelect(db: Kysely<DB>) {
  return db
    .selectFrom('admin_unit as u')
    .innerJoin('admin_unit_kind as k', 'k.code', 'u.kind')
    .select([
      'u.id',
      'u.parent_id',
      'u.province_id',
      'u.code',
      'u.name',
      'u.kind',
      'k.name as kind_name',
      'u.is_remote',
      'u.valid_from',
      'u.valid_to',
      'u.path',
      sql<number>`nlevel(u.path)`.as('level'),
      sql<number>`(select count(*)::int from admin_unit c where c.parent_id = u.id)`.as('child_count'),
    ]);
}

export type UnitRow = Awaited<ReturnType<ReturnType<typeof unitSelect>['executeTakeFirstOrThrow']>>;

export function findUnit(db: Db, paths: string[], id: string) {
  return unitSelect(db).where('u.id', '=', id).where(inSubtrees('u.path', paths)).executeTakeFirst();
}

export function findUnitByCode(db: Db, code: string) {
  return db
    .selectFrom('admin_unit')
    .select(['id', 'path', 'province_id', 'kind'])
    .where('code', '=', code)
    .where('valid_to', 'is', null)
    .executeTakeFirst();
}

export function listChildren(
  db: Db,
  paths: string[],
  parentId: string,
  after: string | undefined,
  limit: number,
) {
  let q = unitSelect(db).where('u.parent_id', '=', parentId).where(inSubtrees('u.path', paths));
  if (after) q = q.where('u.code', '>', after);
  return q.orderBy('u.code').limit(limit).execute();
}

/** The top of each granted subtree: what a user sees when he opens the tree. */
export function listScopeRoots(db: Db, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return unitSelect(db).where('u.path', 'in', paths).orderBy('u.code').execute();
}

/** Diacritic-insensitive: vn_fold folds both sides, so "ha tu" finds "Phường Hà Tu". */
export function searchUnits(db: Db, paths: string[], q: string, limit: number) {
  // Escaped for both tests: an unescaped "%" or "_" in the code prefix matched every unit.
  const escaped = q.replace(/[%_\\]/g, '\\$&');
  return unitSelect(db)
    .where(inSubtrees('u.path', paths))
    .where(sql<boolean>`(vn_fold(u.name) like vn_fold(${`%${escaped}%`}) or u.code like ${`${escaped}%`})`)
    .orderBy(sql`nlevel(u.path)`)
    .orderBy('u.name')
    .limit(limit)
    .execute();
}

/** Ancestors of the given units (inclusive) that lie inside the caller's subtrees. */
export function listAncestors(db: Db, paths: string[], unitPaths: string[]) {
  if (unitPaths.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('admin_unit as a')
    .select(['a.id', 'a.name', 'a.code', 'a.path'])
    .where(sql<boolean>`a.path @> any(${sql`array[${sql.join(unitPaths)}]::ltree[]`})`)
    .where(inSubtrees('a.path', paths))
    .orderBy(sql`nlevel(a.path)`)
    .execute();
}

export async function insertUnit(
  db: Db,
  u: {
    id: string;
    parentId: string | null;
    parentPath: string | null;
    provinceId: string | null;
    code: string;
    name: string;
    kind: string;
    isRemote: boolean;
    validFrom?: string;
    validTo?: string;
  },
) {
  // The path label is the unit's own seq, known only after the insert.
  const row = await db
    .insertInto('admin_unit')
    .values({
      id: u.id,
      parent_id: u.parentId,
      province_id: u.provinceId ?? u.id,
      path: 'pending',
      code: u.code,
      name: u.name,
      kind: u.kind,
      is_remote: u.isRemote,
      valid_from: u.validFrom,
      valid_to: u.validTo ?? null,
    })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const path = u.parentPath ? `${u.parentPath}.${row.seq}` : String(row.seq);
  await db.updateTable('admin_unit').set({ path }).where('id', '=', u.id).execute();
  return path;
}

export function updateUnit(
  db: Db,
  id: string,
  patch: { code?: string; name?: string; kind?: string; is_remote?: boolean; valid_to?: string | null },
) {
  return db
    .updateTable('admin_unit')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Re-roots a whole subtree in one statement: every descendant keeps its relative path. */
export async function moveSubtree(db: Db, oldPath: string, newParentPath: string, provinceId: string | null) {
  await sql`
    update admin_unit
    set path = ${newParentPath}::ltree || subpath(path, nlevel(${oldPath}::ltree) - 1),
        province_id = coalesce(${provinceId}::uuid, province_id),
        updated_at = now()
    where path <@ ${oldPath}::ltree`.execute(db);
  await repathCopies(db, oldPath, newParentPath);
}

export function setParent(db: Db, id: string, parentId: string) {
  return db.updateTable('admin_unit').set({ parent_id: parentId }).where('id', '=', id).execute();
}

export function listUnitKinds(db: Db) {
  return db.selectFrom('admin_unit_kind').select(['code', 'name']).orderBy('sort_order').execute();
}

export function listOrganizationKinds(db: Db) {
  return db.selectFrom('organization_kind').select(['code', 'name']).orderBy('sort_order').execute();
}

function organizationSelect(db: Db) {
  return db
    .selectFrom('organization as o')
    .innerJoin('admin_unit as u', 'u.id', 'o.admin_unit_id')
    .innerJoin('organization_kind as k', 'k.code', 'o.kind')
    .select([
      'o.id',
      'o.admin_unit_id',
      'u.name as unit_name',
      'u.path',
      'u.province_id',
      'o.parent_id',
      'o.kind',
      'k.name as kind_name',
      'o.name',
      'o.code',
    ]);
}

export function listOrganizations(db: Db, paths: string[], unitId: string, q?: string) {
  let query = organizationSelect(db).where('o.admin_unit_id', '=', unitId).where(inSubtrees('u.path', paths));
  if (q) query = query.where(sql<boolean>`vn_fold(o.name) like vn_fold(${`%${q}%`})`);
  return query.orderBy('k.sort_order').orderBy('o.name').execute();
}

export function findOrganization(db: Db, paths: string[], id: string) {
  return organizationSelect(db).where('o.id', '=', id).where(inSubtrees('u.path', paths)).executeTakeFirst();
}

export function countInSubtrees(db: Db, paths: string[]) {
  return db
    .selectFrom('admin_unit as u')
    .select([
      sql<number>`count(*)::int`.as('units'),
      sql<number>`count(*) filter (where u.kind in ('commune', 'ward', 'special_zone', 'township'))::int`.as(
        'communes',
      ),
      sql<number>`count(*) filter (where u.kind in ('village', 'residential_group', 'hamlet', 'quarter'))::int`.as(
        'villages',
      ),
      sql<number>`(select count(*)::int from organization o where o.admin_unit_id in (select x.id from admin_unit x where ${inSubtrees('x.path', paths)}))`.as(
        'organizations',
      ),
      sql<number>`(select count(*)::int from app_user p join admin_unit h on h.id = p.home_unit_id where ${inSubtrees('h.path', paths)})`.as(
        'users',
      ),
    ])
    .where(inSubtrees('u.path', paths))
    .executeTakeFirstOrThrow();
}
