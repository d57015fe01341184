import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { assessCompliance, NO_DELEGATION_FROM } from '../../../domain/reception.js';
import { coversPath, hasPermission, inSubtrees, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import { problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { getUnit } from '../org/service.js';
import { isStaffOfUnit } from '../users/service.js';
import * as repo from './repo.js';
import type { RuleCreate, SessionCreate, SessionHeld } from './schemas.js';

async function writableUnit(ctx: AuthedCtx, unitId: string, permission: 'reception.write' | 'org.write') {
  if (!hasPermission(ctx.scope, permission)) throw problem.forbidden();
  const unit = await getUnit(ctx, unitId).catch(() => null);
  if (!unit || !coversPath(ctx.scope, permission, unit.path)) {
    throw problem.validation([{ path: 'unitId', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi' }]);
  }
  return unit;
}

/**
 * A user named as leader (or as who held the session) must be staff of that unit: an unknown id failed
 * on the foreign key as a 500, and another ward's leader was stored and counted as this ward's.
 */
async function assertUnitStaff(
  ctx: AuthedCtx,
  userId: string | null | undefined,
  unitPath: string,
  field: string,
) {
  if (userId && !(await isStaffOfUnit(ctx, userId, unitPath))) {
    throw problem.validation([
      { path: field, message: 'Người dùng không tồn tại hoặc không phải cán bộ của đơn vị này' },
    ]);
  }
}

function readPaths(ctx: AuthedCtx) {
  if (!hasPermission(ctx.scope, 'reception.read')) throw problem.forbidden();
  return pathsFor(ctx.scope, 'reception.read');
}

function ruleSelect(ctx: AuthedCtx, paths: string[]) {
  return ctx.db
    .selectFrom('reception_rule as r')
    .innerJoin('admin_unit as u', 'u.id', 'r.admin_unit_id')
    .selectAll('r')
    .select(['u.name as unit_name', 'u.path'])
    .where('r.active', '=', true)
    .where(inSubtrees('u.path', paths));
}

type RuleRow = Awaited<ReturnType<ReturnType<typeof ruleSelect>['executeTakeFirstOrThrow']>>;
const toRule = (r: RuleRow) => ({
  id: r.id,
  unitId: r.admin_unit_id,
  unitName: r.unit_name,
  leaderTitle: r.leader_title,
  leaderUserId: r.leader_user_id,
  frequency: r.frequency,
  minPerPeriod: r.min_per_period,
  fixedDays: r.fixed_days as number[],
  basis: r.basis,
});

export async function listRules(ctx: AuthedCtx, unitId?: string) {
  let q = ruleSelect(ctx, readPaths(ctx));
  if (unitId) q = q.where(sql<boolean>`u.path <@ ${(await getUnit(ctx, unitId)).path}::ltree`);
  return (await q.orderBy('u.path').execute()).map(toRule);
}

export async function createRule(ctx: AuthedCtx, body: RuleCreate) {
  const unit = await writableUnit(ctx, body.unitId, 'org.write');
  await assertUnitStaff(ctx, body.leaderUserId, unit.path, 'leaderUserId');
  if (body.frequency === 'fixed_days' && body.fixedDays.length === 0) {
    throw problem.validation([{ path: 'fixedDays', message: 'Chọn các ngày tiếp cố định trong tháng' }]);
  }
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('reception_rule')
      .values({
        id,
        admin_unit_id: unit.id,
        leader_title: body.leaderTitle,
        leader_user_id: body.leaderUserId ?? null,
        frequency: body.frequency,
        min_per_period: body.minPerPeriod,
        fixed_days: JSON.stringify(body.fixedDays),
        basis: body.basis,
      })
      .execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.provinceId, unitPath: unit.path },
      {
        action: 'create',
        entity: 'reception_rule',
        entityId: id,
        summary: `Lịch tiếp công dân của ${body.leaderTitle} (${unit.name})`,
        after: body,
      },
    );
  });
  const [rule] = (await ruleSelect(ctx, [unit.path]).where('r.id', '=', id).execute()).map(toRule);
  if (!rule) throw problem.notFound('Lịch tiếp');
  return rule;
}

function sessionSelect(ctx: AuthedCtx, paths: string[]) {
  return ctx.db
    .selectFrom('reception_session as s')
    .innerJoin('admin_unit as u', 'u.id', 's.admin_unit_id')
    .select([
      's.province_id',
      's.id',
      's.admin_unit_id',
      's.unit_path',
      's.rule_id',
      's.leader_user_id',
      's.leader_name',
      's.planned_on',
      's.channel',
      's.status',
      's.held_by_user_id',
      's.held_by_name',
      's.note',
      'u.name as unit_name',
      // One probe of reception_visit_session (migration 0016) per session, not a scan of the province.
      sql<number>`(select count(*)::int from reception_visit v where v.province_id = s.province_id and v.session_id = s.id)`.as(
        'visit_count',
      ),
    ])
    .where(inSubtrees('s.unit_path', paths));
}
type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionSelect>['executeTakeFirstOrThrow']>>;
const isDelegated = (s: SessionRow) =>
  s.status === 'held' &&
  (s.leader_user_id ? s.held_by_user_id !== s.leader_user_id : s.held_by_name !== s.leader_name);
const toSession = (s: SessionRow) => ({
  id: s.id,
  unitId: s.admin_unit_id,
  unitName: s.unit_name,
  ruleId: s.rule_id,
  leaderUserId: s.leader_user_id,
  leaderName: s.leader_name,
  plannedOn: s.planned_on,
  channel: s.channel,
  status: s.status,
  heldByName: s.held_by_name,
  delegated: isDelegated(s),
  visitCount: s.visit_count,
  note: s.note,
});

export async function listSessions(ctx: AuthedCtx, unitId: string | undefined, from: string, to: string) {
  let q = sessionSelect(ctx, readPaths(ctx))
    .where('s.planned_on', '>=', from)
    .where('s.planned_on', '<=', to);
  if (unitId) q = q.where(sql<boolean>`s.unit_path <@ ${(await getUnit(ctx, unitId)).path}::ltree`);
  return (await q.orderBy('s.planned_on').execute()).map(toSession);
}

export async function planSession(ctx: AuthedCtx, body: SessionCreate) {
  const unit = await writableUnit(ctx, body.unitId, 'reception.write');
  // The rule must be one of this unit's: another ward's id would be stored and shown back.
  if (
    body.ruleId &&
    !(await ruleSelect(ctx, [unit.path]).where('r.id', '=', body.ruleId).executeTakeFirst())
  ) {
    throw problem.validation([{ path: 'ruleId', message: 'Lịch tiếp định kỳ không tồn tại tại đơn vị này' }]);
  }
  await assertUnitStaff(ctx, body.leaderUserId, unit.path, 'leaderUserId');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('reception_session')
      .values({
        province_id: unit.provinceId,
        id,
        admin_unit_id: unit.id,
        unit_path: unit.path,
        rule_id: body.ruleId ?? null,
        leader_user_id: body.leaderUserId ?? null,
        leader_name: body.leaderName,
        planned_on: body.plannedOn,
        channel: body.channel,
        note: body.note ?? null,
      })
      .execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.provinceId, unitPath: unit.path },
      {
        action: 'create',
        entity: 'reception_session',
        entityId: id,
        summary: `Lên lịch tiếp công dân định kỳ của ${body.leaderName} ngày ${body.plannedOn}`,
        after: body,
      },
    );
  });
  return getSession(ctx, id);
}

export async function getSession(ctx: AuthedCtx, id: string) {
  const row = await sessionSelect(ctx, readPaths(ctx)).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw problem.notFound('Buổi tiếp');
  return toSession(row);
}

/** Records who actually received: since 01/7/2026 a deputy's session does not count for the head. */
export async function markSessionHeld(ctx: AuthedCtx, id: string, body: SessionHeld) {
  if (!hasPermission(ctx.scope, 'reception.write')) throw problem.forbidden();
  const row = await sessionSelect(ctx, pathsFor(ctx.scope, 'reception.write'))
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) throw problem.notFound('Buổi tiếp');
  if (row.status === 'cancelled') throw problem.conflict('status', 'Buổi tiếp đã hủy');
  await assertUnitStaff(ctx, body.heldByUserId, row.unit_path, 'heldByUserId');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('reception_session')
      .set({
        status: 'held',
        held_by_name: body.heldByName,
        held_by_user_id: body.heldByUserId ?? null,
        channel: body.channel ?? row.channel,
      })
      .where('province_id', '=', row.province_id)
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: row.province_id, unitPath: row.unit_path },
      {
        action: 'hold',
        entity: 'reception_session',
        entityId: id,
        summary: `Đã tiếp công dân định kỳ ngày ${row.planned_on}: ${body.heldByName} trực tiếp tiếp`,
        before: { status: row.status },
        after: body,
      },
    );
  });
  return getSession(ctx, id);
}

/**
 * Which leaders fell below the minimum in a period (rules of Luật TCD Điều 12, 15, 18 and local ones):
 * the database counts each leader's sessions in one query, the domain judges the counts.
 */
export async function compliance(ctx: AuthedCtx, unitId: string | undefined, from: string, to: string) {
  if (to < from) throw problem.validation([{ path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu' }]);
  const paths = readPaths(ctx);
  const subtree = unitId ? (await getUnit(ctx, unitId)).path : undefined;
  const rows = await repo.complianceCounts(ctx.db, paths, subtree, from, to, NO_DELEGATION_FROM);
  const items = rows.map((r) => {
    const counts = {
      byLeader: r.by_leader ?? 0,
      delegatedBefore: r.delegated_before ?? 0,
      delegatedSince: r.delegated_since ?? 0,
    };
    const rule = {
      frequency: r.frequency,
      minPerPeriod: r.min_per_period,
      fixedDays: r.fixed_days as number[],
    };
    return {
      ruleId: r.id,
      unitId: r.admin_unit_id,
      unitName: r.unit_name,
      leaderTitle: r.leader_title,
      leaderName: r.leader_name ?? null,
      frequency: r.frequency,
      basis: r.basis,
      ...assessCompliance(rule, counts, from, to),
    };
  });
  return { from, to, items };
}
