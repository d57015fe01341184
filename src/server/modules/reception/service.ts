import { randomUUID } from 'node:crypto';
import type { WorkingCalendar } from '../../../domain/calendar.js';
import { todayInVietnam, yearEarlier } from '../../../domain/dates.js';
import { computeDeadline } from '../../../domain/legal-rules.js';
import {
  changeAgainst,
  REFUSAL_BASIS,
  refusalReasons,
  representativeLimits,
} from '../../../domain/reception.js';
import { foldVietnamese } from '../../../domain/text.js';
import { coversPath, hasPermission, pathsFor } from '../../auth/scope.js';
import type { AuthedCtx } from '../../context.js';
import { decodeTimeCursor, pageOf } from '../../http/cursor.js';
import { assertPeriod } from '../../http/period.js';
import { type FieldError, problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import { calendarFor } from '../calendar/service.js';
import { getUnit } from '../org/service.js';
import * as repo from './repo.js';
import type { MatterQuery, VisitCreate, VisitQuery } from './schemas.js';
import { storedCitizens, visitSearchText } from './secrecy.js';

function readPaths(ctx: AuthedCtx) {
  if (!hasPermission(ctx.scope, 'reception.read')) throw problem.forbidden();
  return pathsFor(ctx.scope, 'reception.read');
}

/**
 * The visit as the logbook shows it. With the working calendar (the receipt, not the lists) a visit at
 * which a petition was received carries the day by which the citizen must be answered.
 */
export function toVisit(r: repo.VisitRow, cal?: WorkingCalendar) {
  const reply =
    cal && r.outcome === 'petition_received'
      ? computeDeadline('reception_reply', r.received_on, { remote: false, complex: false }, cal)
      : null;
  return {
    id: r.id,
    unitId: r.admin_unit_id,
    unitName: r.unit_name,
    receivedOn: r.received_on,
    receivedAt: r.received_at.toISOString(),
    place: r.place,
    kind: r.kind,
    channel: r.channel,
    receiverName: r.receiver_name,
    receiverIsLeader: r.receiver_is_leader,
    sessionId: r.session_id,
    matterId: r.matter_id,
    groupSize: r.group_size,
    citizens: r.citizens as VisitCreate['citizens'],
    content: r.content,
    outcome: r.outcome,
    refusalReason: r.refusal_reason,
    refusalBasis: r.refusal_reason ? `${REFUSAL_BASIS}: ${refusalReasons[r.refusal_reason]}` : null,
    refusalNote: r.refusal_note,
    guidance: r.guidance,
    receiptNo: r.receipt_no,
    citizensSealed: r.citizens_secret !== null,
    replyDue: reply ? { dueOn: reply.dueOn, basis: reply.basis } : null,
  };
}

/** Rules a form cannot express: the refusal grounds, the group's representatives, a leader's own session. */
function checkVisit(v: VisitCreate): FieldError[] {
  const errors: FieldError[] = [];
  if (v.outcome === 'refused' && !v.refusalReason) {
    errors.push({ path: 'refusalReason', message: `Từ chối tiếp phải nêu lý do theo ${REFUSAL_BASIS}` });
  }
  if (v.outcome !== 'refused' && v.refusalReason) {
    errors.push({ path: 'refusalReason', message: 'Chỉ ghi lý do khi từ chối tiếp' });
  }
  if (v.groupSize < v.citizens.length) {
    errors.push({ path: 'groupSize', message: 'Số người không được ít hơn số công dân đã ghi' });
  }
  const limits = representativeLimits(v.groupSize);
  const reps = v.citizens.filter((c) => c.isRepresentative).length;
  if (limits && (reps < limits.min || reps > limits.max)) {
    errors.push({
      path: 'citizens',
      message: `Đoàn ${v.groupSize} người cử từ ${limits.min} đến ${limits.max} người đại diện (${limits.basis})`,
    });
  }
  if (v.kind === 'leader_periodic' && !v.receiverIsLeader) {
    errors.push({ path: 'receiverIsLeader', message: 'Tiếp định kỳ do lãnh đạo trực tiếp tiếp' });
  }
  if (v.receivedAt && new Date(v.receivedAt).getTime() > Date.now() + 60_000) {
    errors.push({ path: 'receivedAt', message: 'Thời điểm tiếp không được ở tương lai' });
  }
  return errors;
}

export async function createVisit(ctx: AuthedCtx, v: VisitCreate) {
  if (!hasPermission(ctx.scope, 'reception.write')) throw problem.forbidden();
  const unit = await getUnit(ctx, v.unitId).catch(() => null);
  if (!unit || !coversPath(ctx.scope, 'reception.write', unit.path)) {
    throw problem.validation([{ path: 'unitId', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi' }]);
  }
  const errors = checkVisit(v);
  const matter = v.matterId ? await repo.findMatter(ctx.db, [unit.path], v.matterId) : null;
  if (v.matterId && !matter)
    errors.push({ path: 'matterId', message: 'Vụ việc không tồn tại tại đơn vị này' });
  // Like the matter: a session of another ward would count this visit in that ward's figures.
  if (v.sessionId && !(await repo.findSession(ctx.db, [unit.path], v.sessionId)))
    errors.push({ path: 'sessionId', message: 'Buổi tiếp không tồn tại tại đơn vị này' });
  if (errors.length) throw problem.validation(errors);

  const receivedAt = v.receivedAt ? new Date(v.receivedAt) : new Date();
  const receivedOn = todayInVietnam(receivedAt);
  const id = randomUUID();
  const matterId = matter?.id ?? randomUUID();
  const receiverName = v.receiverName ?? ctx.scope.userName;
  const receiptNo = await ctx.db.transaction().execute(async (trx) => {
    if (!matter) {
      await repo.insertMatter(trx, {
        provinceId: unit.provinceId,
        id: matterId,
        unitId: unit.id,
        unitPath: unit.path,
        title: v.content.slice(0, 200),
      });
    }
    const year = Number(receivedOn.slice(0, 4));
    const seq = await repo.nextReceiptSeq(trx, unit.provinceId, unit.id, year);
    const receipt = `${String(seq).padStart(4, '0')}/${year}/TCD-${unit.code}`;
    const stored = storedCitizens(ctx.config, v.citizens, v.denunciation);
    await repo.insertVisit(trx, {
      province_id: unit.provinceId,
      id,
      admin_unit_id: unit.id,
      unit_path: unit.path,
      received_on: receivedOn,
      received_at: receivedAt,
      place: v.place,
      kind: v.kind,
      channel: v.channel,
      receiver_user_id: v.receiverName ? null : ctx.scope.userId,
      receiver_name: receiverName,
      receiver_is_leader: v.receiverIsLeader,
      session_id: v.sessionId ?? null,
      matter_id: matterId,
      group_size: v.groupSize,
      citizens: stored.citizens,
      citizens_secret: stored.secret,
      content: v.content,
      outcome: v.outcome,
      refusal_reason: v.refusalReason ?? null,
      refusal_note: v.refusalNote ?? null,
      guidance: v.guidance ?? null,
      receipt_no: receipt,
      search_text: visitSearchText(v.denunciation ? null : v.citizens, v.content, receipt),
      created_by: ctx.scope.userId,
    });
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.provinceId, unitPath: unit.path },
      {
        action: 'create',
        entity: 'reception_visit',
        entityId: id,
        summary:
          `Tiếp công dân ${v.groupSize > 1 ? `(đoàn ${v.groupSize} người)` : ''} tại ${unit.name}, phiếu ${receipt}`.replace(
            '  ',
            ' ',
          ),
        // Who came is in the visit, under its scope and, for a denouncer, sealed; the audit keeps no copy.
        after: { ...v, citizens: v.citizens.length },
      },
    );
    return receipt;
  });
  return { ...(await getVisit(ctx, id)), receiptNo };
}

export async function getVisit(ctx: AuthedCtx, id: string) {
  const row = await repo.findVisit(ctx.db, readPaths(ctx), id);
  if (!row) throw problem.notFound('Lượt tiếp');
  return toVisit(row, await calendarFor(ctx, ctx.db));
}

export async function listVisits(ctx: AuthedCtx, q: VisitQuery) {
  const paths = readPaths(ctx);
  const subtree = q.unitId ? (await getUnit(ctx, q.unitId)).path : undefined;
  const rows = await repo.listVisits(ctx.db, paths, {
    subtree,
    from: q.from,
    to: q.to,
    kind: q.kind,
    groupsOnly: q.groupsOnly === 'true',
    q: q.q ? foldVietnamese(q.q) : undefined,
    cursor: q.cursor ? decodeTimeCursor(q.cursor) : undefined,
    limit: q.limit + 1,
  });
  const { page, nextCursor } = pageOf(rows, q.limit, (r) => r.received_at);
  return { items: page.map((r) => toVisit(r)), nextCursor };
}

export async function receptionStats(ctx: AuthedCtx, unitId: string | undefined, from: string, to: string) {
  const paths = readPaths(ctx);
  assertPeriod(from, to);
  const subtree = unitId ? (await getUnit(ctx, unitId)).path : undefined;
  const current = await repo.figures(ctx.db, paths, subtree, from, to);
  const previousYear = await repo.figures(ctx.db, paths, subtree, yearEarlier(from), yearEarlier(to));
  const change = Object.fromEntries(
    Object.entries(current).map(([k, v]) => [
      k,
      changeAgainst(v, previousYear[k as keyof typeof previousYear]),
    ]),
  );
  return { from, to, current, previousYear, change };
}

/** One row per direct child of the unit, plus the unit's own row: the shape of the report forms. */
export async function receptionFiguresByUnit(ctx: AuthedCtx, unitId: string, from: string, to: string) {
  const paths = readPaths(ctx);
  assertPeriod(from, to);
  const unit = await getUnit(ctx, unitId);
  const own = await repo.figuresAt(ctx.db, paths, unit.path, from, to);
  const children = await repo.figuresByChild(ctx.db, paths, unit.path, from, to);
  return { unit, own, children };
}

/** The matters a returning citizen (by ID number) or a subject came about, for his new visit to join. */
export async function listMatters(ctx: AuthedCtx, q: MatterQuery) {
  const paths = readPaths(ctx);
  const subtree = q.unitId ? (await getUnit(ctx, q.unitId)).path : undefined;
  const rows = await repo.listMatters(ctx.db, paths, { subtree, q: q.q, idNumber: q.idNumber });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    unitId: r.admin_unit_id,
    unitName: r.unit_name,
    visits: r.visits,
    lastVisitOn: r.last_on,
    largestGroup: r.largest_group,
    petitions: r.petitions,
  }));
}
