import { type Insertable, sql } from 'kysely';
import { inSubtrees } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';
import type { PetitionTable } from '../../db/schema.js';

export function insertPetition(db: Db, p: Insertable<PetitionTable>) {
  return db.insertInto('petition').values(p).execute();
}

function petitionSelect(db: Db) {
  return db
    .selectFrom('petition as p')
    .innerJoin('admin_unit as u', 'u.id', 'p.admin_unit_id')
    .leftJoin('app_user as h', 'h.id', 'p.handler_id')
    .selectAll('p')
    .select([
      'u.name as unit_name',
      'h.full_name as handler_name',
      sql<number>`(select count(*)::int - 1 from petition d where d.province_id = p.province_id and d.matter_id = p.matter_id)`.as(
        'duplicates',
      ),
    ]);
}
export type PetitionRow = Awaited<ReturnType<ReturnType<typeof petitionSelect>['executeTakeFirstOrThrow']>>;

export function findPetition(db: Db, paths: string[], id: string) {
  return petitionSelect(db).where('p.id', '=', id).where(inSubtrees('p.unit_path', paths)).executeTakeFirst();
}

/** The public tracking page looks a petition up by its code alone: the code carries the province. */
export function findByTrackingCode(db: Db, provinceId: string, code: string) {
  return petitionSelect(db)
    .where('p.province_id', '=', provinceId)
    .where('p.tracking_code', '=', code)
    .executeTakeFirst();
}

export interface PetitionFilter {
  subtree?: string;
  kind?: string;
  status?: string;
  overdueOn?: string;
  handlerId?: string;
  from?: string;
  to?: string;
  q?: string;
  cursor?: { at: Date; id: string };
  limit: number;
}

const OPEN_STATUSES = ['received', 'classified', 'accepted'];

export function listPetitions(db: Db, paths: string[], f: PetitionFilter) {
  let q = petitionSelect(db).where(inSubtrees('p.unit_path', paths));
  if (f.subtree) q = q.where(sql<boolean>`p.unit_path <@ ${f.subtree}::ltree`);
  if (f.kind) q = q.where('p.kind', '=', f.kind as PetitionTable['kind']);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.handlerId) q = q.where('p.handler_id', '=', f.handlerId);
  if (f.from) q = q.where('p.received_on', '>=', f.from);
  if (f.to) q = q.where('p.received_on', '<=', f.to);
  if (f.overdueOn) {
    const day = f.overdueOn;
    q = q
      .where('p.status', 'in', OPEN_STATUSES)
      .where(
        sql<boolean>`(case when p.status = 'accepted' then p.resolution_due_on else p.handling_due_on end) < ${day}::date`,
      );
  }
  if (f.q) q = q.where(sql<boolean>`p.search_text like ${`%${f.q}%`}`);
  if (f.cursor)
    q = q.where(sql<boolean>`(p.received_at, p.id) < (${f.cursor.at}::timestamptz, ${f.cursor.id}::uuid)`);
  return q.orderBy('p.received_at', 'desc').orderBy('p.id', 'desc').limit(f.limit).execute();
}

/** Earlier petitions of the same sender on similar content (diacritic-insensitive trigram similarity). */
export function findSimilar(db: Db, provinceId: string, fingerprint: string, folded: string) {
  return db
    .selectFrom('petition')
    .select(['id', 'matter_id', 'tracking_code', sql<number>`similarity(search_text, ${folded})`.as('score')])
    .where('province_id', '=', provinceId)
    .where('sender_fingerprint', '=', fingerprint)
    .where(sql<boolean>`similarity(search_text, ${folded}) >= 0.35`)
    .orderBy('score', 'desc')
    .limit(5)
    .execute();
}

export function updatePetition(
  db: Db,
  provinceId: string,
  id: string,
  patch: Partial<Insertable<PetitionTable>>,
) {
  return db
    .updateTable('petition')
    .set({ ...patch, updated_at: new Date() })
    .where('province_id', '=', provinceId)
    .where('id', '=', id)
    .execute();
}

export function insertEvent(
  db: Db,
  e: {
    provinceId: string;
    petitionId: string;
    actorId: string | null;
    actorName: string | null;
    action: string;
    fromStatus: string | null;
    toStatus: string;
    note: string | null;
    isPublic: boolean;
    data?: unknown;
  },
) {
  return db
    .insertInto('petition_event')
    .values({
      province_id: e.provinceId,
      petition_id: e.petitionId,
      actor_id: e.actorId,
      actor_name: e.actorName,
      action: e.action,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      note: e.note,
      is_public: e.isPublic,
      data: e.data === undefined ? null : JSON.stringify(e.data),
    })
    .execute();
}

export function listEvents(db: Db, provinceId: string, petitionId: string, publicOnly: boolean) {
  let q = db
    .selectFrom('petition_event')
    .selectAll()
    .where('province_id', '=', provinceId)
    .where('petition_id', '=', petitionId);
  if (publicOnly) q = q.where('is_public', '=', true);
  return q.orderBy('id').execute();
}
