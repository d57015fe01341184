import { sql } from 'kysely';
import { roleNames } from '../../../../domain/roles.js';
import { hasPermission, inSubtrees, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import { problem } from '../../../http/problem.js';
import * as repo from '../repo.js';

/**
 * Who may be assigned the petition: case handlers and leaders whose grant covers its unit, among the
 * units the caller himself oversees (a ward leader assigns within the ward, not to the province).
 */
export async function listHandlerCandidates(ctx: AuthedCtx, id: string) {
  if (!hasPermission(ctx.scope, 'petition.read')) throw problem.forbidden();
  const paths = pathsFor(ctx.scope, 'petition.read');
  const p = await repo.findPetition(ctx.db, paths, id);
  if (!p) throw problem.notFound('Đơn');
  const rows = await ctx.db
    .selectFrom('user_grant as g')
    .innerJoin('admin_unit as u', 'u.id', 'g.admin_unit_id')
    .innerJoin('app_user as a', 'a.id', 'g.user_id')
    .select(['a.id', 'a.full_name', 'g.role', 'u.name as unit_name'])
    .where('g.role', 'in', ['case_handler', 'leader'])
    .where('a.disabled_at', 'is', null)
    .where(sql<boolean>`${p.unit_path}::ltree <@ u.path`)
    .where(inSubtrees('u.path', paths))
    .orderBy('g.role')
    .orderBy('a.full_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    role: r.role,
    roleName: r.role === 'leader' ? roleNames.leader : roleNames.case_handler,
    unitName: r.unit_name,
  }));
}
