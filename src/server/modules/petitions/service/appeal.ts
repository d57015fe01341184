import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '../../../../domain/dates.js';
import { computeDeadline } from '../../../../domain/legal-rules.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { coversPath, hasPermission, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import { problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import { calendarFor } from '../../calendar/service.js';
import { getUnit } from '../../org/service.js';
import * as repo from '../repo.js';
import type { AppealBody } from '../schemas.js';
import { trackingCode } from './intake.js';

/**
 * A second complaint against a first-instance decision, or against a first instance left unresolved,
 * lodged with the higher level within 30 days (45 in remote areas) of the decision or of the lapsed
 * deadline (Luật Khiếu nại 2011, Điều 33). Time lost to an objective obstacle is not counted (Điều 9):
 * the officer then states it. The new complaint joins the first one's matter.
 */
export async function lodgeSecondComplaint(ctx: AuthedCtx, id: string, body: AppealBody) {
  if (!hasPermission(ctx.scope, 'petition.write')) throw problem.forbidden();
  const first = await repo.findPetition(ctx.db, pathsFor(ctx.scope, 'petition.read'), id);
  if (!first) throw problem.notFound('Đơn');
  if (first.kind !== 'complaint' || first.instance === 2) {
    throw problem.conflict('action', 'Chỉ khiếu nại lần hai đối với khiếu nại đã giải quyết lần đầu');
  }
  const receivedOn = body.receivedOn ?? todayInVietnam();
  const decided = ['resolved', 'closed'].includes(first.status) && first.decision_date;
  const lapsed =
    first.status === 'accepted' && first.resolution_due_on !== null && first.resolution_due_on < receivedOn;
  if (!decided && !lapsed) {
    throw problem.conflict(
      'action',
      'Chưa có quyết định giải quyết lần đầu và chưa hết thời hạn giải quyết lần đầu',
    );
  }
  const from = decided ? (first.decision_date ?? receivedOn) : (first.resolution_due_on ?? receivedOn);
  const cal = await calendarFor(ctx, ctx.db);
  const window = computeDeadline(
    'complaint_second_lodging',
    from,
    { remote: first.is_remote, complex: false },
    cal,
  );
  if (receivedOn > window.dueOn && !body.lateReason) {
    throw problem.validation([
      {
        path: 'lateReason',
        message: `Quá thời hạn khiếu nại lần hai (${window.dueOn.split('-').reverse().join('/')}, ${window.basis}); ghi lý do khách quan nếu có`,
      },
    ]);
  }
  const unit = await getUnit(ctx, body.unitId).catch(() => null);
  if (
    !unit ||
    !coversPath(ctx.scope, 'petition.write', unit.path) ||
    !first.unit_path.startsWith(`${unit.path}.`)
  ) {
    throw problem.validation([
      { path: 'unitId', message: 'Chọn cơ quan cấp trên trực tiếp có thẩm quyền giải quyết lần hai' },
    ]);
  }
  const code = trackingCode(first.tracking_code.split('-')[0] ?? '', receivedOn);
  const handling = computeDeadline('petition_handling', receivedOn, { remote: false, complex: false }, cal);
  const newId = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const rest = repo.storedColumns(first);
    await repo.insertPetition(trx, {
      ...rest,
      id: newId,
      tracking_code: code,
      admin_unit_id: unit.id,
      unit_path: unit.path,
      parent_id: first.id,
      status: 'received',
      instance: 2,
      channel: 'in_person',
      received_on: receivedOn,
      received_at: new Date(),
      content: body.content,
      competence: null,
      handler_id: null,
      handling_due_on: handling.dueOn,
      resolution_due_on: null,
      resolution_basis: null,
      accepted_on: null,
      resolved_on: null,
      decision_no: null,
      decision_date: null,
      result_summary: null,
      rating: null,
      rating_comment: null,
      extensions: 0,
      search_text: foldVietnamese(
        `${first.subject} ${body.content} ${code} ${first.sender_name ?? ''} ${first.sender_id_number ?? ''}`,
      ),
      created_by: ctx.scope.userId,
      pin_failures: 0,
      created_at: new Date(),
      updated_at: new Date(),
    });
    await repo.insertEvent(trx, {
      provinceId: unit.provinceId,
      petitionId: newId,
      actorId: ctx.scope.userId,
      actorName: ctx.scope.userName,
      action: 'receive',
      fromStatus: null,
      toStatus: 'received',
      note: `Khiếu nại lần hai đối với đơn ${first.tracking_code}${body.lateReason ? `; lý do quá hạn: ${body.lateReason}` : ''}`,
      isPublic: true,
    });
    await recordAudit(
      trx,
      ctx,
      { provinceId: unit.provinceId, unitPath: unit.path },
      {
        action: 'create',
        entity: 'petition',
        entityId: newId,
        summary: `Khiếu nại lần hai ${code} tại ${unit.name} đối với đơn ${first.tracking_code}`,
        after: body,
      },
    );
  });
  // The second complaint keeps the first one's PIN: the sender already holds it.
  return { id: newId, trackingCode: code, pin: null, duplicateOf: null };
}
