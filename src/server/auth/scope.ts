import { type RawBuilder, sql } from 'kysely';
import { type Permission, type Role, rolePermissions } from '../../domain/roles.js';

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
