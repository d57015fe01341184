import { randomUUID } from 'node:crypto';
import { foldVietnamese } from '../../../../domain/text.js';
import { coversPath, hasPermission, pathsFor } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import { problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import * as repo from '../repo.js';
import type { SplitBody } from '../schemas.js';
import { toPetition } from './common.js';
import { trackingCode } from './intake.js';

const SPLITTABLE = ['received', 'classified'];

/**
 * A petition with contents of different kinds (a complaint and a denunciation in one letter) is split
 * so that each content follows its own procedure (TT 05/2021/TT-TTCP, Điều 6). Each part keeps the
 * sender (sealed for a denunciation), the unit and the date of receipt; the original is filed with a
 * note naming its parts.
 */
export async function splitPetition(ctx: AuthedCtx, id: string, body: SplitBody) {
  if (!hasPermission(ctx.scope, 'petition.write')) throw problem.forbidden();
  const p = await repo.findPetition(ctx.db, pathsFor(ctx.scope, 'petition.read'), id);
  if (!p || !coversPath(ctx.scope, 'petition.write', p.unit_path)) throw problem.notFound('Đơn');
  if (!SPLITTABLE.includes(p.status)) throw problem.conflict('action', 'Chỉ tách đơn chưa thụ lý');
  if (p.sender_name && body.parts.some((part) => part.kind === 'denunciation')) {
    throw problem.validation([
      {
        path: 'parts',
        message:
          'Người gửi đã được ghi công khai: nhập lại phần tố cáo thành đơn tố cáo mới để bảo mật người tố cáo',
      },
    ]);
  }
  const codes: string[] = [];
  const prefix = p.tracking_code.split('-')[0] ?? '';
  await ctx.db.transaction().execute(async (trx) => {
    for (const part of body.parts) {
      const code = trackingCode(prefix, p.received_on);
      codes.push(code);
      const rest = repo.storedColumns(p);
      await repo.insertPetition(trx, {
        ...rest,
        id: randomUUID(),
        tracking_code: code,
        parent_id: p.id,
        matter_id: randomUUID(),
        kind: part.kind,
        status: 'received',
        instance: part.kind === 'complaint' ? 1 : null,
        subject: part.subject,
        content: part.content,
        competence: null,
        handler_id: null,
        search_text: foldVietnamese(
          `${part.subject} ${part.content} ${code} ${p.sender_name ?? ''} ${p.sender_id_number ?? ''}`,
        ),
        created_by: ctx.scope.userId,
        pin_failures: 0,
        created_at: new Date(),
        updated_at: new Date(),
      });
    }
    // A step taken on the petition since it was read (a classify, another split) wins; the parts roll back.
    if (!(await repo.updatePetition(trx, p, { status: 'filed' }))) throw problem.stale('Đơn');
    const note = `Đơn có nhiều nội dung, đã tách thành các đơn ${codes.join(', ')}`;
    for (const isPublic of [false, true]) {
      await repo.insertEvent(trx, {
        provinceId: p.province_id,
        petitionId: p.id,
        actorId: isPublic ? null : ctx.scope.userId,
        actorName: isPublic ? null : ctx.scope.userName,
        action: isPublic ? 'public_split' : 'split',
        fromStatus: p.status,
        toStatus: 'filed',
        note,
        isPublic,
      });
    }
    await recordAudit(
      trx,
      ctx,
      { provinceId: p.province_id, unitPath: p.unit_path },
      {
        action: 'split',
        entity: 'petition',
        entityId: p.id,
        summary: `Tách đơn ${p.tracking_code} thành ${codes.length} đơn: ${codes.join(', ')}`,
      },
    );
  });
  const after = await repo.findPetition(ctx.db, pathsFor(ctx.scope, 'petition.read'), id);
  if (!after) throw problem.notFound('Đơn');
  return { petition: toPetition(after), parts: codes };
}
