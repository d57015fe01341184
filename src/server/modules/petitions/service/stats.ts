import { yearEarlier } from '../../../../domain/dates.js';
import { changeAgainst } from '../../../../domain/reception.js';
import { hasPermission, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import { assertPeriod } from '../../../http/period.js';
import { problem } from '../../../http/problem.js';
import { getUnit } from '../../org/service.js';
import * as repo from '../repo.js';

/** Petition figures of a subtree and period, against the same period a year earlier. */
export async function petitionStats(ctx: AuthedCtx, unitId: string | undefined, from: string, to: string) {
  if (!hasPermission(ctx.scope, 'petition.read')) throw problem.forbidden();
  assertPeriod(from, to);
  const paths = pathsFor(ctx.scope, 'petition.read');
  const subtree = unitId ? (await getUnit(ctx, unitId)).path : undefined;
  const current = await repo.petitionFigures(ctx.db, paths, subtree, from, to);
  const previousYear = await repo.petitionFigures(ctx.db, paths, subtree, yearEarlier(from), yearEarlier(to));
  const change = Object.fromEntries(
    Object.entries(current).map(([k, v]) => [
      k,
      changeAgainst(v, previousYear[k as keyof typeof previousYear]),
    ]),
  );
  return { from, to, current, previousYear, change };
}

/** One row per direct child of the unit, plus the unit's own row: the shape of the report forms. */
export async function petitionFiguresByUnit(ctx: AuthedCtx, unitId: string, from: string, to: string) {
  if (!hasPermission(ctx.scope, 'petition.read')) throw problem.forbidden();
  assertPeriod(from, to);
  const paths = pathsFor(ctx.scope, 'petition.read');
  const unit = await getUnit(ctx, unitId);
  const own = await repo.petitionFiguresAt(ctx.db, paths, unit.path, from, to);
  const children = await repo.petitionFiguresByChild(ctx.db, paths, unit.path, from, to);
  return { unit, own, children };
}
