import { hasPermission, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { hashEntry, toJsonValue } from './chain.js';
import * as repo from './repo.js';
import type { AuditQuery } from './schemas.js';

/** Where an entry belongs: its province's chain and the unit subtree that may read it. */
export interface AuditPlace {
  provinceId: string;
  unitPath: string | null;
}

export interface AuditWrite {
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Records a write; call it with the write's own transaction. */
export function recordAudit(
  trx: Db,
  ctx: Pick<AuthedCtx, 'ip'> & { scope: AuthedCtx['scope'] | null },
  place: AuditPlace,
  w: AuditWrite,
) {
  return repo.appendAudit(trx, {
    provinceId: place.provinceId,
    actorId: ctx.scope?.userId ?? null,
    actorName: ctx.scope?.userName ?? null,
    action: w.action,
    entity: w.entity,
    entityId: w.entityId,
    unitPath: place.unitPath,
    summary: w.summary,
    before: toJsonValue(w.before),
    after: toJsonValue(w.after),
    ip: ctx.ip,
  });
}

/** Midnight in Việt Nam (UTC+7, no daylight saving) of a yyyy-mm-dd date, plus `days`. */
export function startOfDayVn(date: string, days = 0): Date {
  const d = new Date(`${date}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

function encodeCursor(row: { at: Date; province_id: string; id: string }) {
  return Buffer.from(JSON.stringify([row.at.toISOString(), row.province_id, row.id])).toString('base64url');
}

function decodeCursor(cursor: string) {
  try {
    const [at, provinceId, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as string[];
    // A cursor comes back from the client: a forged date, uuid or id must not reach the SQL as a 500.
    const atOk = at !== undefined && at >= '1900' && !Number.isNaN(Date.parse(at));
    const uuidOk =
      provinceId !== undefined && /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(provinceId);
    if (!atOk || !uuidOk || !id || !/^\d{1,18}$/.test(id)) throw new Error('bad cursor');
    return { at, provinceId, id };
  } catch {
    throw problem.validation([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ' }]);
  }
}

export async function listAuditEntries(ctx: AuthedCtx, q: AuditQuery) {
  if (!hasPermission(ctx.scope, 'audit.read')) throw problem.forbidden();
  const rows = await repo.listAudit(ctx.db, pathsFor(ctx.scope, 'audit.read'), {
    ...q,
    from: q.from ? startOfDayVn(q.from) : undefined,
    to: q.to ? startOfDayVn(q.to, 1) : undefined,
    cursor: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      summary: r.summary,
      before: r.before ?? null,
      after: r.after ?? null,
      ip: r.ip,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null,
  };
}

/**
 * Recomputes every hash of the chains the caller may audit. A chain is per province, so the caller
 * learns only whether and where it broke, not the content of units outside his scope.
 */
export async function verifyAuditChains(db: Db, provinceIds: string[] | null) {
  let checked = 0;
  for await (const chain of repo.readChains(db, provinceIds)) {
    let prev: string | null = null;
    for (const r of chain.rows) {
      const fields = {
        provinceId: r.province_id,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        unitPath: r.unit_path,
        summary: r.summary,
        before: r.before ?? null,
        after: r.after ?? null,
        ip: r.ip,
        prevHash: r.prev_hash,
      };
      const linked = prev === null || r.prev_hash === prev;
      if (!linked || hashEntry(fields) !== r.hash) {
        return { ok: false, checked, brokenAt: { provinceId: r.province_id, id: r.id } };
      }
      prev = r.hash;
      checked += 1;
    }
  }
  return { ok: true, checked, brokenAt: null };
}

export async function verifyAudit(ctx: AuthedCtx) {
  if (!hasPermission(ctx.scope, 'audit.read')) throw problem.forbidden();
  const grants = ctx.scope.grants.filter((g) => pathsFor(ctx.scope, 'audit.read').includes(g.path));
  // A grant on the country root covers every chain, including the system chain.
  const provinceIds = grants.some((g) => g.unitKind === 'country')
    ? null
    : [...new Set(grants.map((g) => g.provinceId))];
  return verifyAuditChains(ctx.db, provinceIds);
}

/** Entries written today (Việt Nam time) in the subtrees the caller may audit. */
export function countAuditToday(ctx: AuthedCtx): Promise<number> {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  return repo.countAuditSince(ctx.db, pathsFor(ctx.scope, 'audit.read'), startOfDayVn(today));
}
