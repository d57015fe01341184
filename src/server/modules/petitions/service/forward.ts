import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { WorkingCalendar } from '../../../../domain/calendar.js';
import { formatVietnameseDate } from '../../../../domain/dates.js';
import { computeDeadline } from '../../../../domain/legal-rules.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { hasPermission } from '../../../auth/scope.js';
import type { AuthedCtx } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import { containing } from '../../../db/like.js';
import { problem } from '../../../http/problem.js';
import { nearestStaff } from '../../notifications/reminders.js';
import * as repo from '../repo.js';
import { provinceCodeOf, trackingCode } from './intake.js';

/** The levels a petition is forwarded to: the province and its communes, wards and special zones. */
const TARGET_KINDS = ['province', 'commune', 'ward', 'special_zone', 'township'] as const;

export interface ForwardTarget {
  id: string;
  name: string;
  path: string;
  provinceId: string;
  isRemote: boolean;
}

/**
 * Units a petition may be forwarded to, across the whole system: the competent body is often outside
 * the forwarding officer's own subtree (a ward forwards to the province or to the next ward).
 */
export async function searchForwardTargets(ctx: AuthedCtx, q: string) {
  if (!hasPermission(ctx.scope, 'petition.write')) throw problem.forbidden();
  const like = containing(q);
  const rows = await ctx.db
    .selectFrom('admin_unit as u')
    .innerJoin('admin_unit as p', 'p.id', 'u.province_id')
    .select(['u.id', 'u.name', 'u.code', 'u.kind', 'p.name as province_name'])
    .where('u.valid_to', 'is', null)
    .where('u.kind', 'in', TARGET_KINDS)
    .where(sql<boolean>`(vn_fold(u.name) like vn_fold(${like}) or u.code = ${q})`)
    .orderBy(sql`nlevel(u.path)`)
    .orderBy('u.name')
    .limit(20)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, code: r.code, provinceName: r.province_name }));
}

/**
 * Bodies a petition may be about, across the system (a ward's citizen complains of a department's
 * decision): names of public bodies, with the unit they belong to.
 */
export async function searchRespondents(ctx: AuthedCtx, q: string) {
  if (!hasPermission(ctx.scope, 'petition.write')) throw problem.forbidden();
  const like = containing(q);
  const rows = await ctx.db
    .selectFrom('organization as o')
    .innerJoin('admin_unit as u', 'u.id', 'o.admin_unit_id')
    .select(['o.id', 'o.name', 'u.id as unit_id', 'u.name as unit_name'])
    .where('u.valid_to', 'is', null)
    .where(sql<boolean>`vn_fold(o.name) like vn_fold(${like})`)
    .orderBy(sql`nlevel(u.path)`)
    .orderBy('o.name')
    .limit(20)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, unitId: r.unit_id, unitName: r.unit_name }));
}

/** The unit a petition is forwarded to, if it is a current unit of a level that takes petitions. */
export async function findForwardTarget(db: Db, id: string): Promise<ForwardTarget | null> {
  const row = await db
    .selectFrom('admin_unit')
    .select(['id', 'name', sql<string>`path::text`.as('path'), 'province_id', 'is_remote'])
    .where('id', '=', id)
    .where('valid_to', 'is', null)
    .where('kind', 'in', TARGET_KINDS)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        path: row.path,
        provinceId: row.province_id ?? row.id,
        isRemote: row.is_remote,
      }
    : null;
}

/** The id and tracking code the forwarded copy will have, fixed before the step is taken. */
export async function forwardIdentity(db: Db, target: ForwardTarget, today: string) {
  return { id: randomUUID(), trackingCode: trackingCode(await provinceCodeOf(db, target.provinceId), today) };
}

/**
 * The forwarded petition arrives at the receiving unit as a petition of its own (channel "chuyển đến"),
 * on the same matter, with the sender (still sealed for a denunciation), the accused and the attached
 * papers; its handling time runs from the day it arrives. The unit's reception officers and leaders
 * are notified. Runs in the caller's transaction.
 */
export async function createForwardedCopy(
  trx: Db,
  p: repo.PetitionRow,
  target: ForwardTarget,
  copy: { id: string; trackingCode: string },
  today: string,
  cal: WorkingCalendar,
  paper: string | null,
) {
  // The receiving unit learns who sent it and under which paper (phiếu chuyển), never the sender unit's
  // tracking code: codes stay inside the unit that issued them.
  const from = paper ? `${p.unit_name}, phiếu chuyển số ${paper}` : p.unit_name;
  const handling = computeDeadline(
    p.kind === 'denunciation' ? 'denunciation_classification' : 'petition_handling',
    today,
    { remote: false, complex: false },
    cal,
  );
  await repo.insertPetition(trx, {
    province_id: target.provinceId,
    id: copy.id,
    tracking_code: copy.trackingCode,
    admin_unit_id: target.id,
    unit_path: target.path,
    matter_id: p.matter_id,
    parent_id: null,
    visit_id: null,
    channel: 'forwarded',
    forwarded_by: from,
    forwarded_from_id: p.id,
    received_on: today,
    received_at: new Date(),
    kind: p.kind,
    status: 'received',
    instance: p.kind === 'complaint' ? (p.instance ?? 1) : null,
    subject: p.subject,
    content: p.content,
    location: p.location,
    is_anonymous: p.is_anonymous,
    signer_count: p.signer_count,
    sender_name: p.sender_name,
    sender_id_number: p.sender_id_number,
    sender_address: p.sender_address,
    sender_phone: p.sender_phone,
    sender_email: p.sender_email,
    denouncer_secret: p.denouncer_secret,
    sender_fingerprint: p.sender_fingerprint,
    accused_name: p.accused_name,
    accused_position: p.accused_position,
    respondent_org_id: p.respondent_org_id,
    competence: null,
    handler_id: null,
    is_remote: target.isRemote,
    complexity: 'normal',
    handling_due_on: handling.dueOn,
    search_text: foldVietnamese(`${p.search_text} ${copy.trackingCode}`),
    created_by: null,
    citizen_user_id: p.citizen_user_id,
    // The sender's PIN goes with his petition: he rates the answer of the unit it went to.
    sender_pin_hash: p.sender_pin_hash,
  });
  await trx
    .insertInto('petition_attachment')
    .columns([
      'province_id',
      'petition_id',
      'id',
      'file_name',
      'mime_type',
      'size_bytes',
      'sha256',
      'data',
      'uploaded_by',
    ])
    .expression((eb) =>
      eb
        .selectFrom('petition_attachment')
        .select([
          eb.val(target.provinceId).as('province_id'),
          eb.val(copy.id).as('petition_id'),
          sql<string>`gen_random_uuid()`.as('id'),
          'file_name',
          'mime_type',
          'size_bytes',
          'sha256',
          'data',
          'uploaded_by',
        ])
        .where('province_id', '=', p.province_id)
        .where('petition_id', '=', p.id),
    )
    .execute();
  await repo.insertEvent(trx, {
    provinceId: target.provinceId,
    petitionId: copy.id,
    actorId: null,
    actorName: null,
    action: 'receive',
    fromStatus: null,
    toStatus: 'received',
    note: `Nhận đơn do ${from} chuyển đến`,
    isPublic: true,
  });
  const recipients = await nearestStaff(trx, target.path, ['reception_officer', 'leader']);
  if (recipients.length > 0) {
    await trx
      .insertInto('notification')
      .values(
        recipients.map((userId) => ({
          province_id: target.provinceId,
          id: randomUUID(),
          user_id: userId,
          petition_id: copy.id,
          kind: 'forwarded' as const,
          due_on: handling.dueOn,
          message: `${p.unit_name} chuyển đến đơn ${copy.trackingCode}; hạn xử lý ${formatVietnameseDate(handling.dueOn)}`,
        })),
      )
      .execute();
  }
}
