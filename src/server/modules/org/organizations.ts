import { randomUUID } from 'node:crypto';
import { hasPermission, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import { problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import * as repo from './repo.js';
import type { OrganizationCreate, OrganizationUpdate } from './schemas.js';

type OrganizationRow = NonNullable<Awaited<ReturnType<typeof repo.findOrganization>>>;

const toOrganization = (r: OrganizationRow) => ({
  id: r.id,
  unitId: r.admin_unit_id,
  unitName: r.unit_name,
  parentId: r.parent_id,
  kind: r.kind,
  kindName: r.kind_name,
  name: r.name,
  code: r.code,
});

async function assertOrganizationKind(ctx: AuthedCtx, kind: string | undefined) {
  if (!kind) return;
  const kinds = await repo.listOrganizationKinds(ctx.db);
  if (!kinds.some((k) => k.code === kind)) {
    throw problem.validation([{ path: 'kind', message: 'Loại tổ chức không tồn tại' }]);
  }
}

async function assertParent(
  ctx: AuthedCtx,
  paths: string[],
  parentId: string | null | undefined,
  selfId?: string,
) {
  if (!parentId) return;
  if (parentId === selfId || !(await repo.findOrganization(ctx.db, paths, parentId))) {
    throw problem.validation([{ path: 'parentId', message: 'Tổ chức cấp trên không hợp lệ' }]);
  }
}

export async function listOrganizations(ctx: AuthedCtx, unitId: string, q?: string) {
  if (!hasPermission(ctx.scope, 'org.read')) throw problem.forbidden();
  const paths = pathsFor(ctx.scope, 'org.read');
  if (!(await repo.findUnit(ctx.db, paths, unitId))) throw problem.notFound('Đơn vị');
  return (await repo.listOrganizations(ctx.db, paths, unitId, q)).map(toOrganization);
}

export async function createOrganization(ctx: AuthedCtx, body: OrganizationCreate) {
  if (!hasPermission(ctx.scope, 'org.write')) throw problem.forbidden();
  const paths = pathsFor(ctx.scope, 'org.write');
  const unit = await repo.findUnit(ctx.db, paths, body.unitId);
  if (!unit)
    throw problem.validation([{ path: 'unitId', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi' }]);
  await assertOrganizationKind(ctx, body.kind);
  await assertParent(ctx, paths, body.parentId);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organization')
      .values({
        id,
        admin_unit_id: unit.id,
        parent_id: body.parentId ?? null,
        kind: body.kind,
        name: body.name,
        code: body.code ?? null,
      })
      .execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.province_id, unitPath: unit.path },
      {
        action: 'create',
        entity: 'organization',
        entityId: id,
        summary: `Thêm tổ chức ${body.name} tại ${unit.name}`,
        after: body,
      },
    );
  });
  const created = await repo.findOrganization(ctx.db, paths, id);
  if (!created) throw problem.notFound('Tổ chức');
  return toOrganization(created);
}

export async function updateOrganization(ctx: AuthedCtx, id: string, patch: OrganizationUpdate) {
  if (!hasPermission(ctx.scope, 'org.write')) throw problem.forbidden();
  const paths = pathsFor(ctx.scope, 'org.write');
  const before = await repo.findOrganization(ctx.db, paths, id);
  if (!before) throw problem.notFound('Tổ chức');
  await assertOrganizationKind(ctx, patch.kind);
  await assertParent(ctx, paths, patch.parentId, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('organization')
      .set({
        name: patch.name,
        kind: patch.kind,
        code: patch.code,
        parent_id: patch.parentId,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      ctx,
      { provinceId: before.province_id, unitPath: before.path },
      {
        action: 'update',
        entity: 'organization',
        entityId: id,
        summary: `Sửa tổ chức ${before.name}`,
        before: toOrganization(before),
        after: patch,
      },
    );
  });
  const after = await repo.findOrganization(ctx.db, paths, id);
  if (!after) throw problem.notFound('Tổ chức');
  return toOrganization(after);
}
