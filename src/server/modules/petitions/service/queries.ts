import { addDays, todayInVietnam } from '../../../../domain/dates.js';
import { DUE_SOON_DAYS } from '../../../../domain/petition-workflow.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { hasPermission, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import { decodeTimeCursor, pageOf } from '../../../http/cursor.js';
import { problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import { calendarFor } from '../../calendar/service.js';
import { getUnit } from '../../org/service.js';
import * as repo from '../repo.js';
import type { PetitionListQuery, Sender } from '../schemas.js';
import { secretBox, toPetition } from './common.js';

function readPaths(ctx: AuthedCtx) {
  if (!hasPermission(ctx.scope, 'petition.read')) throw problem.forbidden();
  return pathsFor(ctx.scope, 'petition.read');
}

/** The officer's list: filters, diacritic-insensitive search, the overdue list; newest first. */
export async function listPetitions(ctx: AuthedCtx, q: PetitionListQuery) {
  const paths = readPaths(ctx);
  const subtree = q.unitId ? (await getUnit(ctx, q.unitId)).path : undefined;
  const rows = await repo.listPetitions(ctx.db, paths, {
    subtree,
    kind: q.kind,
    status: q.status,
    handlerId: q.handlerId,
    overdueOn: q.overdue === 'true' ? todayInVietnam() : undefined,
    from: q.from,
    to: q.to,
    q: q.q ? foldVietnamese(q.q) : undefined,
    cursor: q.cursor ? decodeTimeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  });
  const { page, nextCursor } = pageOf(rows, q.limit, (r) => r.received_at);
  return { items: page.map((r) => toPetition(r)), nextCursor };
}

/**
 * The home page's work queue, counted in SQL. The parts are the list's own filters on the list's own
 * scope, so a count is always the length of the list it opens (the signed-in user for "mine").
 */
export function workQueue(ctx: AuthedCtx) {
  const today = todayInVietnam();
  const paths = readPaths(ctx);
  return repo.countWorkQueue(ctx.db, paths, today, addDays(today, DUE_SOON_DAYS), ctx.scope.userId);
}

export async function getPetition(ctx: AuthedCtx, id: string) {
  const row = await repo.findPetition(ctx.db, readPaths(ctx), id);
  if (!row) throw problem.notFound('Đơn');
  return toPetition(row, await calendarFor(ctx, ctx.db));
}

/** The paper recorded with a step, if any (stored in the event's data). */
function documentOf(data: unknown): { no: string; date: string } | null {
  const d = (data as { document?: { no?: unknown; date?: unknown } } | null)?.document;
  return typeof d?.no === 'string' && typeof d.date === 'string' ? { no: d.no, date: d.date } : null;
}

export async function listPetitionEvents(ctx: AuthedCtx, id: string) {
  const row = await repo.findPetition(ctx.db, readPaths(ctx), id);
  if (!row) throw problem.notFound('Đơn');
  const events = await repo.listEvents(ctx.db, row.province_id, row.id, false);
  return events
    .filter((e) => !e.action.startsWith('public_'))
    .map((e) => ({
      at: new Date(e.at).toISOString(),
      actorName: e.actor_name,
      action: e.action,
      toStatus: e.to_status,
      note: e.note,
      document: documentOf(e.data),
    }));
}

/**
 * The denouncer's identity, for the handler assigned to the case and nobody else, not even his leader
 * (Luật Tố cáo 2018, Điều 47). Every reveal is written to the audit log.
 */
export async function revealDenouncer(ctx: AuthedCtx, id: string): Promise<Sender> {
  const row = await repo.findPetition(ctx.db, readPaths(ctx), id);
  if (!row) throw problem.notFound('Đơn');
  if (!row.denouncer_secret) throw problem.notFound('Thông tin người tố cáo');
  if (row.handler_id !== ctx.scope.userId) {
    throw problem.forbidden('Chỉ cán bộ được giao thụ lý vụ việc được xem thông tin người tố cáo');
  }
  const sender = secretBox(ctx.config).open<Sender>(row.denouncer_secret);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(
      trx,
      ctx,
      { provinceId: row.province_id, unitPath: row.unit_path },
      {
        action: 'reveal',
        entity: 'petition',
        entityId: row.id,
        summary: `Xem thông tin người tố cáo của đơn ${row.tracking_code}`,
      },
    ),
  );
  return sender;
}

/** Whether the signed-in user is the handler of a denunciation received at this visit (Điều 47). */
export function handlesDenunciationOfVisit(ctx: AuthedCtx, provinceId: string, visitId: string) {
  return repo.handlesDenunciationOfVisit(ctx.db, provinceId, visitId, ctx.scope.userId);
}
