import { type RawBuilder, sql } from 'kysely';
import { type Permission, type Role, rolePermissions } from '../../domain/roles.js';
import type { Db } from '../db/database.js';

export interface ScopeGrant {
  id: string;
  role: Role;
  unitId: string;
  unitName: string;
  unitCode: string;
  unitKind: string;
  path: string;
  provinceId: string;
}

/** Who is asking and which subtrees each of his roles covers. Built only from the session. */
export interface Scope {
  userId: string;
  userName: string;
  grants: ScopeGrant[];
}

export function hasPermission(scope: Scope, permission: Permission): boolean {
  return scope.grants.some((g) => rolePermissions[g.role].includes(permission));
}

export function scopeRoles(scope: Scope): Role[] {
  return [...new Set(scope.grants.map((g) => g.role))];
}

/** The subtrees (ltree paths) in which the user holds `permission`, without nested duplicates. */
export function pathsFor(scope: Scope, permission: Permission): string[] {
  const paths = scope.grants.filter((g) => rolePermissions[g.role].includes(permission)).map((g) => g.path);
  return [...new Set(paths)].filter((p) => !paths.some((q) => q !== p && p.startsWith(`${q}.`)));
}

export function coversPath(scope: Scope, permission: Permission, path: string): boolean {
  return pathsFor(scope, permission).some((p) => path === p || path.startsWith(`${p}.`));
}

/**
 * The subtree predicate every repository function adds: `column <@ path` per granted subtree, each a
 * GiST-indexed test (an OR of a few, since a user holds few grants). No paths means nothing is visible.
 */
export function inSubtrees(column: string, paths: string[]): RawBuilder<boolean> {
  if (paths.length === 0) return sql<boolean>`false`;
  const tests = paths.map((p) => sql`${sql.ref(column)} <@ ${p}::ltree`);
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}

/**
 * For each path that is a whole province (its unit heads a province chain: province_id = its own id,
 * under the country), the provinces (`province_id` values) rows under it can carry: its own, and that
 * of any province placed inside it (such a province keeps its own chain). A row copies its province
 * from its unit when written; an appeal keeps the province of the petition it appeals, which lies below.
 */
async function wholeProvinces(db: Db, paths: string[]) {
  const rows = await sql<{ path: string; ids: string[] }>`
    select s.path::text as path,
      array(select n.id::text from admin_unit n where n.path <@ u.path and n.id = n.province_id) as ids
    from (values ${sql.join(paths.map((p) => sql`(${p}::ltree)`))}) as s(path)
    join admin_unit u on u.path = s.path
    where u.id = u.province_id and u.parent_id is not null`.execute(db);
  return new Map(rows.rows.map((r) => [r.path, r.ids]));
}

/**
 * `inSubtrees` for a table that also carries `province_id` (the large ones, whose indexes all lead with
 * it): the same rows, found faster. A subtree that is a whole province becomes `province_id in (…) and
 * path <@ subtree`, so that the planner uses the `(province_id, …)` indexes instead of the GiST path
 * index, which for a province matches every row of it. The path test stays (nothing
 * outside the subtrees is let in), written as the function behind `<@` so that the planner checks it on
 * the rows the province index finds rather than AND a GiST scan that removes almost nothing (only rows
 * of an upper level carrying the province, such as an appeal to the country).
 *
 * Other subtrees keep the plain path test: below a province (a commune) the GiST index is the selective
 * one, and a province index ANDed with it costs more than it saves; the country (a national scope) has
 * nothing to narrow.
 *
 * Exact as long as a row's province is one of those the province holds now. Moving a commune (not a
 * province) to another province breaks that for its rows written before: their province_id stays (it
 * leads their key and names their tracking code) while the unit's changes, so the new province's list
 * would not show them.
 */
export async function inScope(
  db: Db,
  columns: { path: string; province: string },
  paths: string[],
): Promise<RawBuilder<boolean>> {
  if (paths.length === 0) return sql<boolean>`false`;
  const provinces = await wholeProvinces(db, paths);
  const path = sql.ref(columns.path);
  const province = sql.ref(columns.province);
  const arms = paths.map((p) => {
    const ids = provinces.get(p);
    if (!ids) return sql`${path} <@ ${p}::ltree`;
    const inProvinces =
      ids.length === 1
        ? sql`${province} = ${ids[0]}::uuid`
        : sql`${province} in (${sql.join(ids.map((id) => sql`${id}::uuid`))})`;
    return sql`(${inProvinces} and ltree_risparent(${path}, ${p}::ltree))`;
  });
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}
