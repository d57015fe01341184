import { randomInt, randomUUID } from 'node:crypto';
import { todayInVietnam } from '../../../../domain/dates.js';
import { computeDeadline } from '../../../../domain/legal-rules.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { coversPath, hasPermission } from '../../../auth/scope.js';
import type { AuthedCtx, Ctx } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import { problem } from '../../../http/problem.js';
import { recordAudit } from '../../audit/service.js';
import { calendarFor } from '../../calendar/service.js';
import { getUnit } from '../../org/service.js';
import { sealedLeadOfVisit, sealVisit } from '../../reception/secrecy.js';
import { getVisit } from '../../reception/service.js';
import * as repo from '../repo.js';
import type { PetitionCreate, Sender } from '../schemas.js';
import { secretBox } from './common.js';
import { hashSenderPin, newSenderPin } from './pin.js';

// No 0/O, 1/I/L: codes are read over the phone. Ten of 31 letters are 49,5 bits: the public lookup's
// per-address limit makes a search of that space hopeless (eight, 40 bits, were reachable).
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 10;
export function trackingCode(provinceCode: string, receivedOn: string): string {
  const tail = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
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

/** The sender's key for duplicate detection: his ID number (a name alone is shared by many people). */
const fingerprintText = (s: Sender) => (s.idNumber ? `id:${s.idNumber}` : `name:${foldVietnamese(s.name)}`);

const isWithin = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

/**
 * What the intake may say of an earlier petition it joined. Its tracking code goes only where everyone who
 * can see the new petition can also see the old one (the old one lies in the new one's subtree), and back
 * to a caller whose scope covers it; anyone else learns the unit's name, nothing more. Never public.
 */
function describeMatch(
  match: { tracking_code: string; unit_path: string; unit_name: string } | undefined,
  unitPath: string,
  scope: AuthedCtx['scope'] | null,
) {
  if (!match) return { duplicateOf: null, duplicateAt: null, note: null };
  const inside = isWithin(match.unit_path, unitPath);
  const callerSees = scope ? coversPath(scope, 'petition.read', match.unit_path) : false;
  return {
    duplicateOf: callerSees ? match.tracking_code : null,
    duplicateAt: callerSees || !scope ? null : match.unit_name,
    note: inside
      ? `Trùng nội dung với đơn ${match.tracking_code}: gộp vào cùng vụ việc`
      : `Trùng nội dung với đơn đã nhận tại ${match.unit_name}: gộp vào cùng vụ việc`,
  };
}

export async function recordPetition(
  trx: Db,
  ctx: Pick<Ctx, 'config' | 'ip' | 'memo'> & { scope: AuthedCtx['scope'] | null },
  input: IntakeInput,
) {
  const { unit, body } = input;
  const box = secretBox(ctx.config);
  const receivedOn = body.receivedOn ?? todayInVietnam();
  const isDenunciation = body.kind === 'denunciation';
  const sender = body.sender ?? null;
  // A denunciation keeps no fingerprint and joins nothing by its sender (Luật Tố cáo 2018, Điều 47); of
  // the others only an ID number joins by itself: two people may share a name.
  const fingerprint = sender && !isDenunciation ? box.fingerprint(fingerprintText(sender)) : null;
  const folded = foldVietnamese(`${body.subject} ${body.content}`);
  const similar =
    fingerprint && sender?.idNumber ? await repo.findSimilar(trx, unit.provinceId, fingerprint, folded) : [];
  const match = describeMatch(similar[0], unit.path, ctx.scope);
  const matterId = input.matterId ?? similar[0]?.matter_id ?? randomUUID();
  const cal = await calendarFor(ctx, trx);
  const handling = computeDeadline(
    isDenunciation ? 'denunciation_classification' : 'petition_handling',
    receivedOn,
    { remote: false, complex: false },
    cal,
  );
  const id = randomUUID();
  const code = trackingCode(input.provinceCode, receivedOn);
  const pin = newSenderPin();
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
    sender_pin_hash: hashSenderPin(ctx.config, pin),
  });
  // The visit it was handed in at names the denouncer too: sealed in the same transaction.
  if (isDenunciation && body.visitId) await sealVisit(trx, ctx.config, unit.provinceId, body.visitId);
  await repo.insertEvent(trx, {
    provinceId: unit.provinceId,
    petitionId: id,
    actorId: input.actor.id,
    actorName: input.actor.name,
    action: 'receive',
    fromStatus: null,
    toStatus: 'received',
    note: null,
    isPublic: true,
  });
  // The join is the staff's business: a public step naming another petition told a stranger its code.
  if (match.note) {
    await repo.insertEvent(trx, {
      provinceId: unit.provinceId,
      petitionId: id,
      actorId: input.actor.id,
      actorName: input.actor.name,
      action: 'join_matter',
      fromStatus: 'received',
      toStatus: 'received',
      note: match.note,
      isPublic: false,
    });
  }
  // A denouncer who writes himself (portal, signed in or not) would be named by the audit's actor or IP.
  const senderWrites = input.actor.id === null;
  const auditor = isDenunciation && senderWrites ? { scope: null, ip: null } : ctx;
  await recordAudit(
    trx,
    auditor,
    { provinceId: unit.provinceId, unitPath: unit.path },
    {
      action: 'create',
      entity: 'petition',
      entityId: id,
      summary: `Tiếp nhận đơn ${code} tại ${unit.name}${match.note ? ` (${match.note.split(':')[0]?.toLowerCase()})` : ''}`,
      // The audit log must not become a second copy of the denouncer's identity.
      after: { ...body, sender: isDenunciation && sender ? '[bảo mật]' : body.sender },
    },
  );
  return { id, trackingCode: code, pin, duplicateOf: match.duplicateOf, duplicateAt: match.duplicateAt };
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
  // A sealed visit received a denunciation; anything else from it would print its citizens in clear.
  if (visit?.citizensSealed && body.kind !== 'denunciation') {
    throw problem.validation([
      { path: 'kind', message: 'Lượt tiếp đã bảo mật người tố cáo: chỉ lập đơn tố cáo từ lượt tiếp này' },
    ]);
  }
  const sender =
    visit?.citizensSealed && !body.sender
      ? await sealedLeadOfVisit(ctx.db, ctx.config, unit.provinceId, visit.id)
      : null;
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
      body: sender
        ? {
            ...body,
            sender: {
              name: sender.fullName,
              idNumber: sender.idNumber,
              address: sender.address,
              phone: sender.phone,
            },
          }
        : body,
      matterId: visit?.matterId,
      actor: { id: ctx.scope.userId, name: ctx.scope.userName },
    }),
  );
}
