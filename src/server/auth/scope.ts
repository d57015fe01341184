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
 * The provinces (`province_id` values) the rows under each path can carry: the province of the unit at
 * the path, and any province whose own unit sits inside the subtree (a province placed under another
 * keeps its own chain). A row copies its province from its unit when written, and an appeal keeps the
 * province of the petition it appeals, which sits below. Absent for a path whose unit belongs to the
 * country's own chain (a national scope: every province, nothing to narrow) or names no unit.
 */
async function provincesUnder(db: Db, paths: string[]) {
  const rows = await sql<{ path: string; own: string; is_province: boolean; nested: string[] }>`
    select s.path::text as path, u.province_id::text as own, u.id = u.province_id as is_province,
      array(
        select n.id::text from admin_unit n
        where n.path <@ u.path and n.id = n.province_id and n.id <> u.province_id
      ) as nested
    from (values ${sql.join(paths.map((p) => sql`(${p}::ltree)`))}) as s(path)
    join admin_unit u on u.path = s.path
    join admin_unit c on c.id = u.province_id
    where c.parent_id is not null`.execute(db);
  return new Map(rows.rows.map((r) => [r.path, { ids: [r.own, ...r.nested], isProvince: r.is_province }]));
}

/**
 * `inSubtrees` for a table that also carries `province_id` (the large ones, whose indexes all lead with
 * it): the same rows, found faster. Each subtree inside a province becomes `province_id in (…) and
 * path <@ subtree`, so the planner can use the `(province_id, …)` indexes; the path test is never
 * dropped, so nothing outside the subtrees is ever let in. A national subtree gets no province test.
 *
 * For a whole province the path test removes almost nothing that the province test keeps (only rows of
 * an upper level, such as appeals to the country, carry a province without lying under it), so it is
 * written as the function behind `<@`, which the planner cannot match to the GiST index: it is then
 * checked on the rows the province index finds, instead of the 100,000-entry GiST scan ANDed with it.
 *
 * Exact as long as a row's province is one of those of the units now under its path. Moving a unit to
 * another province breaks that for the rows already written under it: their province_id stays (it leads
 * their key and names their tracking code), while the unit's changes.
 */
export async function inScope(
  db: Db,
  columns: { path: string; province: string },
  paths: string[],
): Promise<RawBuilder<boolean>> {
  if (paths.length === 0) return sql<boolean>`false`;
  const provinces = await provincesUnder(db, paths);
  const path = sql.ref(columns.path);
  const province = sql.ref(columns.province);
  const arms = paths.map((p) => {
    const known = provinces.get(p);
    if (!known) return sql`${path} <@ ${p}::ltree`;
    const inProvinces =
      known.ids.length === 1
        ? sql`${province} = ${known.ids[0]}::uuid`
        : sql`${province} in (${sql.join(known.ids.map((id) => sql`${id}::uuid`))})`;
    const under = known.isProvince ? sql`ltree_risparent(${path}, ${p}::ltree)` : sql`${path} <@ ${p}::ltree`;
    return sql`(${inProvinces} and ${under})`;
  });
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}
