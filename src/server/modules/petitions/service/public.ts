import { sql } from 'kysely';
import { type PetitionStatus, petitionStatusName } from '../../../../domain/petition-workflow.js';
import type { Ctx } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import { containing } from '../../../db/like.js';
import { Problem, problem } from '../../../http/problem.js';
import { calendarFor } from '../../calendar/service.js';
import * as repo from '../repo.js';
import type { PublicPetitionCreate, RatingBody } from '../schemas.js';
import { insertAttachment } from './attachments.js';
import { decisionPeriodsOf } from './common.js';
import { findReplay, rememberAnswer, requestHash } from './idempotency.js';
import { provinceCodeOf, recordPetition } from './intake.js';
import { isSenderPin, MAX_PIN_FAILURES } from './pin.js';
import { checkStagedFiles, readStaged, type StagedFile } from './staged.js';

const notFound = () => new Problem(404, '/problems/not-found', 'Không tìm thấy đơn với mã này');

/**
 * Cross-scope on purpose: a citizen has no scope. The public page may name any unit in force that
 * receives petitions; nothing else of the unit is read.
 */
async function findUnitForPublic(db: Db, unitId: string) {
  return db
    .selectFrom('admin_unit')
    .select(['id', 'path', 'province_id', 'is_remote', 'name', 'kind'])
    .where('id', '=', unitId)
    .where('valid_to', 'is', null)
    .executeTakeFirst();
}

/**
 * Records a portal submission with its files (already streamed to disk) in one transaction. A repeated
 * Idempotency-Key with the same request replays the stored answer; with another request, a 422.
 */
export async function submitPublicPetition(
  ctx: Ctx,
  body: PublicPetitionCreate,
  files: StagedFile[],
  idempotencyKey: string | undefined,
) {
  const citizenUserId = ctx.scope?.grants.some((g) => g.role === 'citizen') ? ctx.scope.userId : null;
  const claim = idempotencyKey
    ? {
        scope: 'public-petition',
        key: idempotencyKey,
        hash: requestHash({
          body,
          files: files.map((f) => ({ name: f.name, sha256: f.sha256 })),
          sender: citizenUserId,
        }),
      }
    : null;
  if (claim) {
    const seen = await findReplay<{ trackingCode: string; pin: string }>(ctx.db, claim);
    if (seen) return { replayed: true, body: seen };
  }
  const unit = await findUnitForPublic(ctx.db, body.unitId);
  if (!unit || unit.kind === 'country')
    throw problem.validation([{ path: 'unitId', message: 'Chọn xã, phường nơi gửi đơn' }]);
  // Every file is checked before anything is written: one bad file, nothing recorded, each named.
  const { errors: fileErrors, mimes } = checkStagedFiles(files);
  if (fileErrors.length) throw problem.validation(fileErrors);
  const { attachments: _none, ...petition } = body;
  const provinceCode = await provinceCodeOf(ctx.db, unit.province_id);
  const record = () =>
    ctx.db.transaction().execute(async (trx) => {
      const r = await recordPetition(trx, ctx, {
        unit: {
          id: unit.id,
          path: unit.path,
          provinceId: unit.province_id,
          isRemote: unit.is_remote,
          name: unit.name,
        },
        provinceCode,
        body: { ...petition, channel: 'online', signerCount: 1 },
        actor: { id: null, name: body.kind === 'denunciation' ? null : body.sender.name },
        citizenUserId,
      });
      for (const [i, f] of files.entries()) {
        // One file in memory at a time, only while it is written.
        const data = await readStaged(f);
        await insertAttachment(
          trx,
          { provinceId: unit.province_id, petitionId: r.id },
          { name: f.name, mime: mimes[i] ?? '', data },
          null,
        );
      }
      const response = { trackingCode: r.trackingCode, pin: r.pin };
      if (claim) await rememberAnswer(trx, claim, response);
      return response;
    });
  try {
    return { replayed: false, body: await record() };
  } catch (err) {
    // Two requests with one key at once: the second loses on the key's primary key and rolls back;
    // it answers as a retry would, from what the first stored.
    const seen = claim ? await findReplay<{ trackingCode: string; pin: string }>(ctx.db, claim) : null;
    if (seen) return { replayed: true, body: seen };
    throw err;
  }
}

async function byCode(db: Db, code: string) {
  // Codes before the PIN had 8 letters after the year; since then 10.
  const match = /^([A-Z0-9.]+)-\d{2}[A-Z0-9]{8}(?:[A-Z0-9]{2})?$/.exec(code);
  if (!match) throw notFound();
  const province = await db
    .selectFrom('admin_unit')
    .select('id')
    .where('code', '=', match[1] ?? '')
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  if (!province) throw notFound();
  const row = await repo.findByTrackingCode(db, province.id, code);
  if (!row) throw notFound();
  return row;
}

/** What the citizen sees: status and the public steps only, never an internal note or a name. */
export async function publicStatus(ctx: Ctx, code: string) {
  const row = await byCode(ctx.db, code);
  const events = await repo.listEvents(ctx.db, row.province_id, row.id, true);
  const status = row.status as PetitionStatus;
  return {
    trackingCode: row.tracking_code,
    subject: row.subject,
    kind: row.kind,
    status,
    statusName: petitionStatusName(status),
    receivedOn: row.received_on,
    unitName: row.unit_name,
    dueOn: row.status === 'accepted' ? row.resolution_due_on : null,
    resultSummary: row.result_summary,
    canRate: row.status === 'resolved',
    rating: row.rating,
    decisionPeriods: decisionPeriodsOf(row, await calendarFor(ctx, ctx.db)),
    timeline: events.map((e) => ({
      at: new Date(e.at).toISOString(),
      statusName: petitionStatusName(e.to_status as PetitionStatus),
      note: e.note,
    })),
  };
}

/**
 * Only the sender may rate, and rating closes the petition: he proves it by his signed-in account or by
 * the PIN on his receipt. Wrong PINs are counted on the petition; past the limit only his account or the
 * unit can go on, so the six digits cannot be tried through.
 */
async function checkSender(ctx: Ctx, row: repo.PetitionRow, pin: string | undefined) {
  if (ctx.scope && row.citizen_user_id === ctx.scope.userId) return;
  if (row.pin_failures >= MAX_PIN_FAILURES) {
    throw new Problem(429, '/problems/pin-locked', 'Đã nhập sai mã PIN quá số lần cho phép', [
      { path: 'pin', message: 'Đăng nhập tài khoản công dân hoặc liên hệ cơ quan tiếp nhận đơn để đánh giá' },
    ]);
  }
  if (!pin) throw problem.validation([{ path: 'pin', message: 'Nhập mã PIN in trên giấy biên nhận' }]);
  if (!isSenderPin(ctx.config, row.sender_pin_hash, pin)) {
    await repo.countPinFailure(ctx.db, row.province_id, row.id);
    throw new Problem(403, '/problems/wrong-pin', 'Mã PIN không đúng', [
      { path: 'pin', message: `Mã PIN không đúng (sai quá ${MAX_PIN_FAILURES} lần sẽ bị khóa)` },
    ]);
  }
}

/** The sender rates the answer; that closes the petition. */
export async function ratePetition(ctx: Ctx, code: string, body: RatingBody) {
  const row = await byCode(ctx.db, code);
  if (row.status !== 'resolved') throw problem.conflict('rating', 'Chỉ đánh giá khi đơn đã được giải quyết');
  await checkSender(ctx, row, body.pin);
  const closed = await ctx.db.transaction().execute(async (trx) => {
    // Guarded on the status read: two ratings at once close it once.
    const n = await repo.closeWithRating(trx, row.province_id, row.id, body.rating, body.comment ?? null);
    if (n === 0) return false;
    await repo.insertEvent(trx, {
      provinceId: row.province_id,
      petitionId: row.id,
      actorId: null,
      actorName: null,
      action: 'rate',
      fromStatus: row.status,
      toStatus: 'closed',
      note: `Người gửi đánh giá ${body.rating}/5`,
      isPublic: true,
    });
    return true;
  });
  if (!closed) throw problem.conflict('rating', 'Chỉ đánh giá khi đơn đã được giải quyết');
  return publicStatus(ctx, code);
}

/**
 * Cross-scope on purpose: the portal lets a citizen pick the commune or ward his petition goes to.
 * Names and codes of administrative units in force are public; nothing else is returned.
 */
export async function searchPublicUnits(ctx: Ctx, q: string) {
  const like = containing(q);
  const rows = await ctx.db
    .selectFrom('admin_unit as u')
    .innerJoin('admin_unit as p', 'p.id', 'u.province_id')
    .select(['u.id', 'u.name', 'u.code', 'p.name as province_name'])
    .where('u.valid_to', 'is', null)
    .where('u.kind', 'in', ['commune', 'ward', 'special_zone', 'township'])
    .where(sql<boolean>`(vn_fold(u.name) like vn_fold(${like}) or u.code = ${q})`)
    .orderBy('u.name')
    .limit(20)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, code: r.code, provinceName: r.province_name }));
}

/** A signed-in citizen's own petitions, newest first, as the public page shows them. */
export async function myPetitions(ctx: Ctx) {
  if (!ctx.scope) throw problem.unauthorized();
  const rows = await ctx.db
    .selectFrom('petition as p')
    .innerJoin('admin_unit as u', 'u.id', 'p.admin_unit_id')
    .select([
      'p.tracking_code',
      'p.subject',
      'p.kind',
      'p.status',
      'p.received_on',
      'p.resolution_due_on',
      'u.name as unit_name',
      'p.rating',
    ])
    .where('p.citizen_user_id', '=', ctx.scope.userId)
    .orderBy('p.received_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    trackingCode: r.tracking_code,
    subject: r.subject,
    kind: r.kind,
    status: r.status,
    statusName: petitionStatusName(r.status as PetitionStatus),
    receivedOn: r.received_on,
    unitName: r.unit_name,
    dueOn: r.status === 'accepted' ? r.resolution_due_on : null,
    canRate: r.status === 'resolved',
    rating: r.rating,
  }));
}
