import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { hasPermission, inSubtrees, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { countAuditToday, recordAudit } from '../audit/service.js';
import * as repo from './repo.js';
import type { Unit, UnitCreate, UnitUpdate } from './schemas.js';

/** Kinds whose units head a province chain (province_id = own id). */
export const PROVINCE_KINDS = new Set(['province', 'city']);

export function toUnit(r: repo.UnitRow): Unit {
  return {
    id: r.id,
    parentId: r.parent_id,
    provinceId: r.province_id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    kindName: r.kind_name,
    level: r.level,
    isRemote: r.is_remote,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    childCount: r.child_count,
    path: r.path,
  };
}

function readPaths(ctx: AuthedCtx) {
  if (!hasPermission(ctx.scope, 'org.read')) throw problem.forbidden();
  return pathsFor(ctx.scope, 'org.read');
}

function writePaths(ctx: AuthedCtx) {
  if (!hasPermission(ctx.scope, 'org.write')) throw problem.forbidden();
  return pathsFor(ctx.scope, 'org.write');
}

async function withAncestors(ctx: AuthedCtx, paths: string[], rows: repo.UnitRow[]) {
  const ancestors = await repo.listAncestors(
    ctx.db,
    paths,
    rows.map((r) => r.path),
  );
  return rows.map((r) => ({
    ...toUnit(r),
    ancestors: ancestors
      .filter((a) => a.path !== r.path && r.path.startsWith(`${a.path}.`))
      .map(({ id, name, code }) => ({ id, name, code })),
  }));
}

export async function listUnits(ctx: AuthedCtx, q: { parentId?: string; cursor?: string; limit: number }) {
  const paths = readPaths(ctx);
  if (!q.parentId) return { items: (await repo.listScopeRoots(ctx.db, paths)).map(toUnit), nextCursor: null };
  const parent = await repo.findUnit(ctx.db, paths, q.parentId);
  if (!parent) throw problem.notFound('Đơn vị');
  const rows = await repo.listChildren(ctx.db, paths, parent.id, q.cursor, q.limit + 1);
  const page = rows.slice(0, q.limit);
  return { items: page.map(toUnit), nextCursor: rows.length > q.limit ? (page.at(-1)?.code ?? null) : null };
}

export async function searchUnits(ctx: AuthedCtx, q: string) {
  const paths = readPaths(ctx);
  return { items: await withAncestors(ctx, paths, await repo.searchUnits(ctx.db, paths, q, 50)) };
}

export async function getUnit(ctx: AuthedCtx, id: string) {
  const paths = readPaths(ctx);
  const row = await repo.findUnit(ctx.db, paths, id);
  if (!row) throw problem.notFound('Đơn vị');
  const [detail] = await withAncestors(ctx, paths, [row]);
  if (!detail) throw problem.notFound('Đơn vị');
  return detail;
}

async function assertKind(db: Db, kind: string) {
  const kinds = await repo.listUnitKinds(db);
  if (!kinds.some((k) => k.code === kind)) {
    throw problem.validation([{ path: 'kind', message: 'Loại đơn vị không tồn tại' }]);
  }
}

async function assertCodeFree(db: Db, code: string, exceptId?: string) {
  const other = await repo.findUnitByCode(db, code);
  if (other && other.id !== exceptId) throw problem.conflict('code', `Mã đơn vị ${code} đã được dùng`);
}

export async function createUnit(ctx: AuthedCtx, body: UnitCreate) {
  const paths = writePaths(ctx);
  const parent = await repo.findUnit(ctx.db, paths, body.parentId);
  if (!parent)
    throw problem.validation([
      { path: 'parentId', message: 'Đơn vị cấp trên không tồn tại hoặc ngoài phạm vi' },
    ]);
  await assertKind(ctx.db, body.kind);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await assertCodeFree(trx, body.code);
    const path = await repo.insertUnit(trx, {
      id,
      parentId: parent.id,
      parentPath: parent.path,
      provinceId: PROVINCE_KINDS.has(body.kind) ? null : parent.province_id,
      code: body.code,
      name: body.name,
      kind: body.kind,
      isRemote: body.isRemote,
      validFrom: body.validFrom,
    });
    await recordAudit(
      trx,
      ctx,
      { provinceId: PROVINCE_KINDS.has(body.kind) ? id : parent.province_id, unitPath: path },
      {
        action: 'create',
        entity: 'admin_unit',
        entityId: id,
        summary: `Thêm đơn vị ${body.name} (${body.code}) thuộc ${parent.name}`,
        after: body,
      },
    );
  });
  return getUnit(ctx, id);
}

export async function updateUnit(ctx: AuthedCtx, id: string, patch: UnitUpdate) {
  const paths = writePaths(ctx);
  const before = await repo.findUnit(ctx.db, paths, id);
  if (!before) throw problem.notFound('Đơn vị');
  if (patch.kind) await assertKind(ctx.db, patch.kind);
  await ctx.db.transaction().execute(async (trx) => {
    if (patch.code) await assertCodeFree(trx, patch.code, id);
    await repo.updateUnit(trx, id, {
      code: patch.code,
      name: patch.name,
      kind: patch.kind,
      is_remote: patch.isRemote,
      valid_to: patch.validTo,
    });
    await recordAudit(
      trx,
      ctx,
      { provinceId: before.province_id, unitPath: before.path },
      {
        action: 'update',
        entity: 'admin_unit',
        entityId: id,
        summary: `Sửa đơn vị ${before.name} (${before.code})`,
        before: toUnit(before),
        after: patch,
      },
    );
  });
  return getUnit(ctx, id);
}

async function holdsPetitions(db: Db, path: string) {
  const row = await db
    .selectFrom('petition')
    .select('id')
    .where(sql<boolean>`unit_path <@ ${path}::ltree`)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

export async function moveUnit(ctx: AuthedCtx, id: string, parentId: string) {
  const paths = writePaths(ctx);
  const unit = await repo.findUnit(ctx.db, paths, id);
  if (!unit) throw problem.notFound('Đơn vị');
  const parent = await repo.findUnit(ctx.db, paths, parentId);
  if (!parent)
    throw problem.validation([
      { path: 'parentId', message: 'Đơn vị cấp trên không tồn tại hoặc ngoài phạm vi' },
    ]);
  if (parent.path === unit.path || parent.path.startsWith(`${unit.path}.`)) {
    throw problem.validation([
      { path: 'parentId', message: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó' },
    ]);
  }
  // A province keeps its own chain; anything else joins the province of its new parent.
  const provinceId = PROVINCE_KINDS.has(unit.kind) ? null : parent.province_id;
  // A petition's province leads its key and its tracking code and never changes; the province-level
  // lists find petitions by it (auth/scope.ts inScope). A unit holding petitions stays in its province.
  if (provinceId && provinceId !== unit.province_id && (await holdsPetitions(ctx.db, unit.path))) {
    throw problem.conflict(
      'parentId',
      'Đơn vị đã có đơn thư gắn với tỉnh hiện tại: không chuyển sang tỉnh khác. Hãy lập đơn vị mới ở tỉnh mới.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setParent(trx, id, parent.id);
    await repo.moveSubtree(trx, unit.path, parent.path, provinceId);
    await recordAudit(
      trx,
      ctx,
      { provinceId: provinceId ?? unit.province_id, unitPath: parent.path },
      {
        action: 'move',
        entity: 'admin_unit',
        entityId: id,
        summary: `Chuyển đơn vị ${unit.name} về trực thuộc ${parent.name}`,
        before: { parentId: unit.parent_id },
        after: { parentId: parent.id },
      },
    );
  });
  return getUnit(ctx, id);
}

export async function homeStats(ctx: AuthedCtx) {
  // Staff figures: a citizen or an account without grants is refused like on every other staff page.
  const paths = readPaths(ctx);
  const counts = await repo.countInSubtrees(ctx.db, paths);
  return { ...counts, auditToday: await countAuditToday(ctx) };
}

/** Names of units by their paths, within the caller's read scope (report rows name their units). */
export async function unitNamesByPath(ctx: AuthedCtx, unitPaths: string[]) {
  if (unitPaths.length === 0) return new Map<string, { name: string; code: string }>();
  const rows = await ctx.db
    .selectFrom('admin_unit')
    .select(['path', 'name', 'code'])
    .where('path', 'in', unitPaths)
    .where(inSubtrees('path', readPaths(ctx)))
    .execute();
  return new Map(rows.map((r) => [r.path, { name: r.name, code: r.code }]));
}
