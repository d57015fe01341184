import { randomBytes, randomUUID } from 'node:crypto';
import { todayInVietnam } from '../../../../domain/dates.js';
import { computeDeadline } from '../../../../domain/legal-rules.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { coversPath, hasPermission } from '../../../auth/scope.js';
import type { AuthedCtx, Ctx } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import { problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import { loadCalendar } from '../../calendar/service.js';
import { getUnit } from '../../org/service.js';
import { getVisit } from '../../reception/service.js';
import * as repo from '../repo.js';
import type { PetitionCreate, Sender } from '../schemas.js';
import { secretBox } from './common.js';

// No 0/O, 1/I/L: codes are read over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function trackingCode(provinceCode: string, receivedOn: string): string {
  const bytes = randomBytes(8);
  const tail = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  // The province's code leads, so the public lookup finds the shard (Citus) without a global index.
  return `${provinceCode}-${receivedOn.slice(2, 4)}${tail}`;
}

export interface IntakeUnit {
  id: string;
  path: string;
  provinceId: string;
  isRemote: boolean;
  name: string;
}

export interface IntakeInput {
  unit: IntakeUnit;
  provinceCode: string;
  body: Omit<PetitionCreate, 'unitId'>;
  matterId?: string;
  actor: { id: string | null; name: string | null };
  /** The signed-in citizen who sent it from the portal: he will find it in his history. */
  citizenUserId?: string | null;
}

/** The sender's key for duplicate detection: his ID number, else his folded name. */
const fingerprintText = (s: Sender) => (s.idNumber ? `id:${s.idNumber}` : `name:${foldVietnamese(s.name)}`);

/**
 * Records a petition from any channel. A denouncer's identity is sealed (Luật Tố cáo 2018, Điều 47);
 * a repeat of an earlier petition of the same sender on similar content joins its matter (NĐ 55/2022:
 * one matter, one case file). Runs in the caller's transaction.
 */
export async function recordPetition(
  trx: Db,
  ctx: Pick<Ctx, 'config' | 'ip'> & { scope: AuthedCtx['scope'] | null },
  input: IntakeInput,
) {
  const { unit, body } = input;
  const box = secretBox(ctx.config);
  const receivedOn = body.receivedOn ?? todayInVietnam();
  const isDenunciation = body.kind === 'denunciation';
  const sender = body.sender ?? null;
  const fingerprint = sender ? box.fingerprint(fingerprintText(sender)) : null;
  const folded = foldVietnamese(`${body.subject} ${body.content}`);
  const similar = fingerprint ? await repo.findSimilar(trx, unit.provinceId, fingerprint, folded) : [];
  const matterId = input.matterId ?? similar[0]?.matter_id ?? randomUUID();
  const cal = await loadCalendar(trx);
  const handling = computeDeadline(
    isDenunciation ? 'denunciation_classification' : 'petition_handling',
    receivedOn,
    { remote: false, complex: false },
    cal,
  );
  const id = randomUUID();
  const code = trackingCode(input.provinceCode, receivedOn);
  const clearSender = sender && !isDenunciation ? sender : null;
  const searchable = [
    body.subject,
    body.content,
    body.accusedName ?? '',
    code,
    clearSender?.name ?? '',
    clearSender?.idNumber ?? '',
  ];
  await repo.insertPetition(trx, {
    province_id: unit.provinceId,
    id,
    tracking_code: code,
    admin_unit_id: unit.id,
    unit_path: unit.path,
    matter_id: matterId,
    parent_id: null,
    visit_id: body.visitId ?? null,
    channel: body.channel,
    forwarded_by: body.forwardedBy ?? null,
    received_on: receivedOn,
    received_at: new Date(),
    kind: body.kind ?? null,
    status: 'received',
    instance: body.kind === 'complaint' ? 1 : null,
    subject: body.subject,
    content: body.content,
    location: body.location ?? null,
    is_anonymous: sender === null,
    signer_count: body.signerCount,
    sender_name: clearSender?.name ?? null,
    sender_id_number: clearSender?.idNumber ?? null,
    sender_address: clearSender?.address ?? null,
    sender_phone: clearSender?.phone ?? null,
    sender_email: clearSender?.email ?? null,
    denouncer_secret: isDenunciation && sender ? box.seal(sender) : null,
    sender_fingerprint: fingerprint,
    accused_name: body.accusedName ?? null,
    accused_position: body.accusedPosition ?? null,
    respondent_org_id: body.respondentOrgId ?? null,
    competence: null,
    handler_id: null,
    is_remote: body.isRemote ?? unit.isRemote,
    complexity: 'normal',
    handling_due_on: handling.dueOn,
    search_text: foldVietnamese(searchable.join(' ')),
    created_by: input.actor.id,
    citizen_user_id: input.citizenUserId ?? null,
  });
  const duplicateOf = similar[0]?.tracking_code;
  await repo.insertEvent(trx, {
    provinceId: unit.provinceId,
    petitionId: id,
    actorId: input.actor.id,
    actorName: input.actor.name,
    action: 'receive',
    fromStatus: null,
    toStatus: 'received',
    note: duplicateOf ? `Trùng nội dung với đơn ${duplicateOf}: gộp vào cùng vụ việc` : null,
    isPublic: true,
  });
  await recordAudit(
    trx,
    ctx,
    { provinceId: unit.provinceId, unitPath: unit.path },
    {
      action: 'create',
      entity: 'petition',
      entityId: id,
      summary: `Tiếp nhận đơn ${code} tại ${unit.name}${duplicateOf ? ` (trùng đơn ${duplicateOf})` : ''}`,
      // The audit log must not become a second copy of the denouncer's identity.
      after: { ...body, sender: isDenunciation && sender ? '[bảo mật]' : body.sender },
    },
  );
  return { id, trackingCode: code, duplicateOf: duplicateOf ?? null };
}

function findRespondent(db: Db, id: string) {
  return db.selectFrom('organization').select('id').where('id', '=', id).executeTakeFirst();
}

export async function provinceCodeOf(db: Db, provinceId: string) {
  const row = await db
    .selectFrom('admin_unit')
    .select('code')
    .where('id', '=', provinceId)
    .executeTakeFirst();
  return row?.code ?? '00';
}

export async function createPetition(ctx: AuthedCtx, body: PetitionCreate) {
  if (!hasPermission(ctx.scope, 'petition.write')) throw problem.forbidden();
  const unit = await getUnit(ctx, body.unitId).catch(() => null);
  if (!unit || !coversPath(ctx.scope, 'petition.write', unit.path)) {
    throw problem.validation([{ path: 'unitId', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi' }]);
  }
  const visit = body.visitId ? await getVisit(ctx, body.visitId).catch(() => null) : null;
  if (body.visitId && (!visit || visit.unitId !== unit.id)) {
    throw problem.validation([{ path: 'visitId', message: 'Lượt tiếp không tồn tại tại đơn vị này' }]);
  }
  // Any body of the system may be the one complained of: a ward's petition may be about a department.
  if (body.respondentOrgId && !(await findRespondent(ctx.db, body.respondentOrgId))) {
    throw problem.validation([{ path: 'respondentOrgId', message: 'Cơ quan, tổ chức không tồn tại' }]);
  }
  const provinceCode = await provinceCodeOf(ctx.db, unit.provinceId);
  return ctx.db.transaction().execute((trx) =>
    recordPetition(trx, ctx, {
      unit: {
        id: unit.id,
        path: unit.path,
        provinceId: unit.provinceId,
        isRemote: unit.isRemote,
        name: unit.name,
      },
      provinceCode,
      body,
      matterId: visit?.matterId,
      actor: { id: ctx.scope.userId, name: ctx.scope.userName },
    }),
  );
}
