import type { Insertable } from 'kysely';
import { todayInVietnam } from '../../../../domain/dates.js';
import { addCalendarDays } from '../../../../domain/deadline.js';
import {
  computeDeadline,
  type DeadlineRuleId,
  maxDenunciationExtensions,
} from '../../../../domain/legal-rules.js';
import {
  checkTransition,
  type PetitionStatus,
  petitionActionName,
  petitionStatusName,
} from '../../../../domain/petition-workflow.js';
import { hasPermission, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import type { PetitionTable } from '../../../db/schema.js';
import { type FieldError, problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import { calendarFor } from '../../calendar/service.js';
import * as repo from '../repo.js';
import type { ActionBody } from '../schemas.js';
import { toPetition } from './common.js';
import { createForwardedCopy, type ForwardTarget, findForwardTarget, forwardIdentity } from './forward.js';

type Patch = Partial<Insertable<PetitionTable>>;
type Forward = { unit: ForwardTarget; id: string; trackingCode: string };
const need = (path: string, message: string): FieldError => ({ path, message });

function resolutionRule(p: repo.PetitionRow): DeadlineRuleId {
  if (p.kind === 'complaint')
    return p.instance === 2 ? 'complaint_second_instance' : 'complaint_first_instance';
  if (p.kind === 'denunciation') return 'denunciation_resolution';
  return 'recommendation_answer';
}

/** A user who may handle the case: a case handler or leader whose grant covers the petition's unit. */
async function isEligibleHandler(db: Db, userId: string, unitPath: string) {
  const row = await db
    .selectFrom('user_grant as g')
    .innerJoin('admin_unit as u', 'u.id', 'g.admin_unit_id')
    .select('g.id')
    .where('g.user_id', '=', userId)
    .where('g.role', 'in', ['case_handler', 'leader'])
    .where((eb) => eb(eb.val(unitPath), '<@', eb.ref('u.path')))
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Guide once, forward once (TT 05/2021/TT-TTCP): a repeat of a matter this unit already guided or
 * forwarded is filed instead. Per unit: the body a petition was forwarded to may still pass it on.
 */
async function alreadyDone(db: Db, p: repo.PetitionRow, status: 'guided' | 'forwarded') {
  const row = await db
    .selectFrom('petition')
    .select('tracking_code')
    .where('province_id', '=', p.province_id)
    .where('admin_unit_id', '=', p.admin_unit_id)
    .where('matter_id', '=', p.matter_id)
    .where('status', '=', status)
    .where('id', '!=', p.id)
    .executeTakeFirst();
  return row?.tracking_code ?? null;
}

async function patchFor(
  ctx: AuthedCtx,
  p: repo.PetitionRow,
  body: ActionBody,
  today: string,
): Promise<{ patch: Patch; errors: FieldError[]; publicNote: string | null; forward: Forward | null }> {
  const errors: FieldError[] = [];
  const patch: Patch = {};
  let publicNote: string | null = null;
  let forward: Forward | null = null;
  const cal = await calendarFor(ctx, ctx.db);
  const traits = (x: repo.PetitionRow) => ({ remote: x.is_remote, complex: x.complexity !== 'normal' });
  switch (body.action) {
    case 'classify': {
      const kind = body.kind ?? p.kind;
      if (!kind) errors.push(need('kind', 'Chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh'));
      if (!body.competence) errors.push(need('competence', 'Xác định đơn thuộc hay không thuộc thẩm quyền'));
      if (kind === 'denunciation' && p.kind !== 'denunciation' && p.sender_name) {
        errors.push(
          need('kind', 'Đơn đã ghi công khai người gửi; nhập lại thành đơn tố cáo để bảo mật người tố cáo'),
        );
      }
      patch.kind = kind;
      patch.competence = body.competence ?? null;
      if (body.complexity) patch.complexity = body.complexity;
      if (kind === 'complaint') patch.instance = body.instance ?? p.instance ?? 1;
      if (kind === 'denunciation') {
        patch.handling_due_on = computeDeadline(
          'denunciation_classification',
          p.received_on,
          { remote: false, complex: body.complexity === 'complex' },
          cal,
        ).dueOn;
      }
      break;
    }
    case 'assign':
    case 'accept': {
      const handlerId = body.handlerId ?? p.handler_id;
      if (body.action === 'assign' && !body.handlerId) errors.push(need('handlerId', 'Chọn cán bộ thụ lý'));
      if (handlerId && !(await isEligibleHandler(ctx.db, handlerId, p.unit_path))) {
        errors.push(need('handlerId', 'Người được giao không phải cán bộ thụ lý của đơn vị'));
      }
      patch.handler_id = handlerId;
      if (body.action === 'assign') break;
      if (!handlerId) errors.push(need('handlerId', 'Giao cán bộ thụ lý trước khi thụ lý đơn'));
      if (p.competence !== 'in')
        errors.push(need('competence', 'Đơn không thuộc thẩm quyền: hướng dẫn hoặc chuyển đơn'));
      if (p.kind === 'denunciation' && p.is_anonymous) {
        errors.push(
          need(
            'action',
            'Tố cáo nặc danh không được thụ lý giải quyết như tố cáo (Luật Tố cáo 2018, Điều 25)',
          ),
        );
      }
      const on = body.on ?? today;
      const d = computeDeadline(resolutionRule(p), on, traits(p), cal);
      Object.assign(patch, { accepted_on: on, resolution_due_on: d.dueOn, resolution_basis: d.basis });
      publicNote = `Đơn được thụ lý; hạn giải quyết ${d.dueOn.split('-').reverse().join('/')}`;
      break;
    }
    case 'guide':
    case 'forward': {
      const status = body.action === 'guide' ? 'guided' : 'forwarded';
      if (p.competence !== 'out')
        errors.push(need('competence', 'Chỉ hướng dẫn hoặc chuyển đơn không thuộc thẩm quyền'));
      const unit = body.targetUnitId ? await findForwardTarget(ctx.db, body.targetUnitId) : null;
      if (body.targetUnitId && !unit)
        errors.push(need('targetUnitId', 'Đơn vị nhận đơn không tồn tại hoặc đã giải thể'));
      if (unit && unit.id === p.admin_unit_id)
        errors.push(need('targetUnitId', 'Không chuyển đơn cho chính đơn vị đang xử lý'));
      if (body.targetUnitId && body.action === 'guide')
        errors.push(
          need('targetUnitId', 'Hướng dẫn công dân không tạo đơn tại đơn vị khác; chọn chuyển đơn'),
        );
      const target = body.target ?? unit?.name;
      if (!target) errors.push(need('target', 'Ghi cơ quan có thẩm quyền'));
      const earlier = await alreadyDone(ctx.db, p, status);
      if (earlier)
        errors.push(
          need(
            'action',
            `Vụ việc đã được ${body.action === 'guide' ? 'hướng dẫn' : 'chuyển'} một lần (đơn ${earlier}); đơn trùng được lưu`,
          ),
        );
      if (body.action === 'guide') {
        patch.guided_to = target ?? null;
        publicNote = `Hướng dẫn gửi đến ${target ?? ''}`;
        break;
      }
      patch.forwarded_to = target ?? null;
      publicNote = `Đã chuyển đến ${target ?? ''}`;
      if (unit && body.action === 'forward') {
        forward = { unit, ...(await forwardIdentity(ctx.db, unit, today)) };
        patch.forwarded_to_id = forward.id;
        publicNote += `; tra cứu tiếp tại đó bằng mã ${forward.trackingCode}`;
      }
      break;
    }
    case 'file':
      if (!body.note) errors.push(need('note', 'Ghi lý do lưu đơn'));
      publicNote = 'Đơn được lưu theo quy định';
      break;
    case 'extend': {
      const max = maxDenunciationExtensions(p.complexity);
      if (p.extensions >= max)
        errors.push(
          need(
            'action',
            max === 0 ? 'Vụ việc không phức tạp: không được gia hạn' : `Đã gia hạn tối đa ${max} lần`,
          ),
        );
      if (!body.note) errors.push(need('note', 'Ghi lý do gia hạn (quyết định gia hạn)'));
      if (p.resolution_due_on) patch.resolution_due_on = addCalendarDays(p.resolution_due_on, 30, cal);
      patch.extensions = p.extensions + 1;
      publicNote = 'Gia hạn thời hạn giải quyết';
      break;
    }
    case 'resolve': {
      const decided = p.kind === 'complaint' || p.kind === 'denunciation';
      if (decided && !body.decisionNo) errors.push(need('decisionNo', 'Ghi số quyết định hoặc kết luận'));
      if (decided && !body.decisionDate) errors.push(need('decisionDate', 'Ghi ngày ban hành'));
      if (!body.resultSummary) errors.push(need('resultSummary', 'Tóm tắt kết quả giải quyết'));
      Object.assign(patch, {
        resolved_on: body.on ?? today,
        decision_no: body.decisionNo ?? null,
        decision_date: body.decisionDate ?? null,
        result_summary: body.resultSummary ?? null,
      });
      publicNote = body.resultSummary ?? null;
      break;
    }
    case 'withdraw':
      publicNote = 'Người khiếu nại rút đơn';
      break;
  }
  return { patch, errors, publicNote, forward };
}

/** Takes one step of the petition's legal workflow, with its role check, rules, event and audit entry. */
export async function performAction(ctx: AuthedCtx, id: string, body: ActionBody) {
  if (!hasPermission(ctx.scope, 'petition.read')) throw problem.forbidden();
  const p = await repo.findPetition(ctx.db, pathsFor(ctx.scope, 'petition.read'), id);
  if (!p) throw problem.notFound('Đơn');
  // The roles that count are those granted over this petition's unit.
  const roles = ctx.scope.grants
    .filter((g) => p.unit_path === g.path || p.unit_path.startsWith(`${g.path}.`))
    .map((g) => g.role);
  const check = checkTransition(
    body.action,
    body.action === 'classify' ? (body.kind ?? p.kind) : p.kind,
    p.status as PetitionStatus,
    {
      roles,
      isAssignedHandler: p.handler_id === ctx.scope.userId,
      isSender: false,
    },
  );
  if (!check.ok) {
    throw check.reason === 'role'
      ? problem.forbidden(check.message)
      : problem.conflict('action', check.message);
  }
  const today = todayInVietnam();
  const { patch, errors, publicNote, forward } = await patchFor(ctx, p, body, today);
  if (body.documentDate && body.documentDate > today)
    errors.push(need('documentDate', 'Ngày văn bản không được sau ngày hôm nay'));
  if (body.documentDate && !body.documentNo) errors.push(need('documentNo', 'Ghi số văn bản'));
  if (errors.length) throw problem.validation(errors);
  // The paper issued at this step (TT 05/2021 forms: phiếu đề xuất thụ lý, phiếu chuyển, hướng dẫn…).
  const document = body.documentNo ? { no: body.documentNo, date: body.documentDate ?? today } : null;
  const documentText = document
    ? `văn bản số ${document.no} ngày ${document.date.split('-').reverse().join('/')}`
    : null;
  await ctx.db.transaction().execute(async (trx) => {
    // Saved only on the state this step was decided on; otherwise the whole step rolls back.
    if (!(await repo.updatePetition(trx, p, { ...patch, status: check.to }))) throw problem.stale('Đơn');
    if (forward) {
      const cal = await calendarFor(ctx, trx);
      await createForwardedCopy(trx, p, forward.unit, forward, today, cal, body.documentNo ?? null);
    }
    await repo.insertEvent(trx, {
      provinceId: p.province_id,
      petitionId: p.id,
      actorId: ctx.scope.userId,
      actorName: ctx.scope.userName,
      action: body.action,
      fromStatus: p.status,
      toStatus: check.to,
      note: forward
        ? [body.note, `Đơn lập tại ${forward.unit.name}: ${forward.trackingCode}`].filter(Boolean).join('. ')
        : (body.note ?? null),
      isPublic: false,
      data: document ? { document } : undefined,
    });
    // What the citizen may read goes in a separate public event: internal notes never reach him.
    if (publicNote || check.to !== p.status) {
      await repo.insertEvent(trx, {
        provinceId: p.province_id,
        petitionId: p.id,
        actorId: null,
        actorName: null,
        action: `public_${body.action}`,
        fromStatus: p.status,
        toStatus: check.to,
        note: documentText ? [publicNote, `(${documentText})`].filter(Boolean).join(' ') : publicNote,
        isPublic: true,
      });
    }
    await recordAudit(
      trx,
      ctx,
      { provinceId: p.province_id, unitPath: p.unit_path },
      {
        action: body.action,
        entity: 'petition',
        entityId: p.id,
        summary: `Đơn ${p.tracking_code}: ${petitionActionName(body.action)} (${petitionStatusName(check.to)})`,
        before: { status: p.status },
        after: { status: check.to, ...patch },
      },
    );
  });
  const after = await repo.findPetition(ctx.db, pathsFor(ctx.scope, 'petition.read'), id);
  if (!after) throw problem.notFound('Đơn');
  return toPetition(after, await calendarFor(ctx, ctx.db));
}
