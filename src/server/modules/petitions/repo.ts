import { type Insertable, sql } from 'kysely';
import { inSubtrees } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';
import type { PetitionTable } from '../../db/schema.js';
import { filterConditions, type PetitionFilter, petitionInScope, RUNNING_DUE } from './repo-filter.js';

export { countWorkQueue } from './repo-filter.js';

export function insertPetition(db: Db, p: Insertable<PetitionTable>) {
  return db.insertInto('petition').values(p).execute();
}

/**
 * A petition with what its pages show. `paths` are the caller's subtrees: the count of the other petitions
 * of its matter covers only those he may see (a matter spans units; the others' existence is theirs).
 * The public lookup passes none and counts nothing.
 */
function petitionSelect(db: Db, paths: string[]) {
  return db
    .selectFrom('petition as p')
    .innerJoin('admin_unit as u', 'u.id', 'p.admin_unit_id')
    .leftJoin('app_user as h', 'h.id', 'p.handler_id')
    .leftJoin('organization as ro', 'ro.id', 'p.respondent_org_id')
    .leftJoin('admin_unit as ru', 'ru.id', 'ro.admin_unit_id')
    .leftJoin('admin_unit as rp', 'rp.id', 'ru.parent_id')
    .selectAll('p')
    .select([
      'u.name as unit_name',
      'h.full_name as handler_name',
      'ro.name as respondent_name',
      'ru.id as respondent_unit_id',
      'ru.name as respondent_unit_name',
      'rp.id as respondent_parent_unit_id',
      'rp.name as respondent_parent_unit_name',
      sql<number>`(select count(*)::int from petition d where d.province_id = p.province_id and d.matter_id = p.matter_id and d.id <> p.id and ${inSubtrees('d.unit_path', paths)})`.as(
        'duplicates',
      ),
    ]);
}
export type PetitionRow = Awaited<ReturnType<ReturnType<typeof petitionSelect>['executeTakeFirstOrThrow']>>;

/** The stored columns of a read petition, without what the select joins in: a copy is inserted from it. */
export function storedColumns(r: PetitionRow): Insertable<PetitionTable> {
  const {
    unit_name,
    handler_name,
    respondent_name,
    respondent_unit_id,
    respondent_unit_name,
    respondent_parent_unit_id,
    respondent_parent_unit_name,
    duplicates,
    ...stored
  } = r;
  return stored;
}

export async function findPetition(db: Db, paths: string[], id: string) {
  return petitionSelect(db, paths)
    .where('p.id', '=', id)
    .where(await petitionInScope(db, paths))
    .executeTakeFirst();
}

/** The public tracking page looks a petition up by its code alone: the code carries the province. */
export function findByTrackingCode(db: Db, provinceId: string, code: string) {
  return petitionSelect(db, [])
    .where('p.province_id', '=', provinceId)
    .where('p.tracking_code', '=', code)
    .executeTakeFirst();
}

export interface PetitionListFilter extends PetitionFilter {
  cursor?: { at: Date; id: string };
  limit: number;
}

export async function listPetitions(db: Db, paths: string[], f: PetitionListFilter) {
  let q = petitionSelect(db, paths).where(await petitionInScope(db, paths));
  for (const c of filterConditions(f)) q = q.where(c);
  if (f.cursor)
    q = q.where(sql<boolean>`(p.received_at, p.id) < (${f.cursor.at}::timestamptz, ${f.cursor.id}::uuid)`);
  return q.orderBy('p.received_at', 'desc').orderBy('p.id', 'desc').limit(f.limit).execute();
}

/**
 * Earlier petitions of the same sender on similar content (diacritic-insensitive trigram similarity),
 * across the province: one matter across bodies (NĐ 55/2022). A denunciation never takes part: its sender
 * is a secret (Luật Tố cáo 2018, Điều 47), and a match would tie him to a named sender's matter.
 */
export function findSimilar(db: Db, provinceId: string, fingerprint: string, folded: string) {
  return db
    .selectFrom('petition as p')
    .innerJoin('admin_unit as u', 'u.id', 'p.admin_unit_id')
    .select([
      'p.id',
      'p.matter_id',
      'p.tracking_code',
      'p.unit_path',
      'u.name as unit_name',
      sql<number>`similarity(p.search_text, ${folded})`.as('score'),
    ])
    .where('p.province_id', '=', provinceId)
    .where('p.sender_fingerprint', '=', fingerprint)
    .where('p.denouncer_secret', 'is', null)
    .where(sql<boolean>`p.kind is distinct from 'denunciation'`)
    .where(sql<boolean>`similarity(p.search_text, ${folded}) >= 0.35`)
    .orderBy('score', 'desc')
    .limit(5)
    .execute();
}

/**
 * Saves a workflow step only where the petition is still in the state the step was decided on (its
 * status and version as read); false when someone else got there first, and nothing was written.
 */
export async function updatePetition(
  db: Db,
  read: { province_id: string; id: string; status: string; version: number },
  patch: Partial<Insertable<PetitionTable>>,
) {
  const r = await db
    .updateTable('petition')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('province_id', '=', read.province_id)
    .where('id', '=', read.id)
    .where('status', '=', read.status)
    .where('version', '=', read.version)
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
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

const FINISHED = `('guided', 'forwarded', 'filed', 'withdrawn')`;

/**
 * The petition-handling figures of a period (the columns of the inspection sector's form "Tổng hợp
 * kết quả xử lý đơn"): received, carried over, by signers, by content, by competence, by outcome.
 * `to` is inclusive; "overdue" is judged on the period's last day.
 */
function petitionColumns(from: string, to: string) {
  const inPeriod = sql`p.received_on between ${from}::date and ${to}::date`;
  return [
    sql<number>`count(*) filter (where ${inPeriod})::int`.as('received'),
    sql<number>`count(*) filter (where p.received_on < ${from}::date)::int`.as('carriedOver'),
    sql<number>`count(*) filter (where ${inPeriod} and p.signer_count = 1 and not p.is_anonymous)::int`.as(
      'oneSigner',
    ),
    sql<number>`count(*) filter (where ${inPeriod} and p.signer_count > 1)::int`.as('manySigners'),
    sql<number>`count(*) filter (where ${inPeriod} and p.is_anonymous)::int`.as('anonymous'),
    sql<number>`count(*) filter (where p.kind = 'complaint')::int`.as('complaints'),
    sql<number>`count(*) filter (where p.kind = 'denunciation')::int`.as('denunciations'),
    sql<number>`count(*) filter (where p.kind in ('recommendation', 'feedback'))::int`.as('recommendations'),
    sql<number>`count(*) filter (where p.competence = 'in')::int`.as('inCompetence'),
    sql<number>`count(*) filter (where p.competence = 'in' and p.kind = 'complaint')::int`.as('inComplaints'),
    sql<number>`count(*) filter (where p.competence = 'in' and p.kind = 'denunciation')::int`.as(
      'inDenunciations',
    ),
    sql<number>`count(*) filter (where p.competence = 'in' and p.kind in ('recommendation', 'feedback'))::int`.as(
      'inRecommendations',
    ),
    sql<number>`count(*) filter (where p.competence = 'out')::int`.as('outCompetence'),
    sql<number>`count(*) filter (where p.status = 'guided')::int`.as('guided'),
    sql<number>`count(*) filter (where p.status = 'forwarded')::int`.as('forwarded'),
    sql<number>`count(*) filter (where p.status = 'filed')::int`.as('filed'),
    sql<number>`count(*) filter (where p.resolved_on between ${from}::date and ${to}::date)::int`.as(
      'resolved',
    ),
    sql<number>`count(*) filter (where p.resolved_on between ${from}::date and ${to}::date and p.resolved_on <= p.resolution_due_on)::int`.as(
      'resolvedOnTime',
    ),
    sql<number>`count(*) filter (where p.resolved_on is null and p.status not in ${sql.raw(FINISHED)} and ${RUNNING_DUE} < ${to}::date)::int`.as(
      'overdue',
    ),
    sql<number>`count(*) filter (where p.rating is not null)::int`.as('rated'),
    sql<number>`coalesce(round(avg(p.rating)::numeric, 1), 0)::float8`.as('averageRating'),
  ] as const;
}

/**
 * The petitions a period's report counts: received in the period, or received earlier and still open
 * at its start (carried over).
 */
async function petitionScan(db: Db, paths: string[], from: string, to: string) {
  return db
    .selectFrom('petition as p')
    .where(await petitionInScope(db, paths))
    .where('p.received_on', '<=', to)
    .where(
      sql<boolean>`(p.received_on >= ${from}::date or (p.status not in ${sql.raw(FINISHED)} and (p.resolved_on is null or p.resolved_on >= ${from}::date)))`,
    );
}

export async function petitionFigures(
  db: Db,
  paths: string[],
  subtree: string | undefined,
  from: string,
  to: string,
) {
  let q = (await petitionScan(db, paths, from, to)).select([...petitionColumns(from, to)]);
  if (subtree) q = q.where(sql<boolean>`p.unit_path <@ ${subtree}::ltree`);
  return q.executeTakeFirstOrThrow();
}

export async function petitionFiguresByChild(
  db: Db,
  paths: string[],
  parentPath: string,
  from: string,
  to: string,
) {
  // Inlined, not a parameter: the GROUP BY must repeat the very expression of the SELECT.
  const depth = parentPath.split('.').length + 1;
  return (await petitionScan(db, paths, from, to))
    .where(sql<boolean>`p.unit_path <@ ${parentPath}::ltree`)
    .where(sql<boolean>`nlevel(p.unit_path) >= ${depth}`)
    .select([
      sql<string>`subpath(p.unit_path, 0, ${sql.lit(depth)})::text`.as('child_path'),
      ...petitionColumns(from, to),
    ])
    .groupBy(sql`subpath(p.unit_path, 0, ${sql.lit(depth)})`)
    .execute();
}

export async function petitionFiguresAt(db: Db, paths: string[], path: string, from: string, to: string) {
  return (await petitionScan(db, paths, from, to))
    .where(sql<boolean>`p.unit_path = ${path}::ltree`)
    .select([...petitionColumns(from, to)])
    .executeTakeFirstOrThrow();
}

/** Whether the user handles a denunciation received at the visit: only he may see who came. */
export async function handlesDenunciationOfVisit(
  db: Db,
  provinceId: string,
  visitId: string,
  userId: string,
) {
  const row = await db
    .selectFrom('petition')
    .select('id')
    .where('province_id', '=', provinceId)
    .where('visit_id', '=', visitId)
    .where('handler_id', '=', userId)
    .where('denouncer_secret', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countPinFailure(db: Db, provinceId: string, id: string) {
  await db
    .updateTable('petition')
    .set((eb) => ({ pin_failures: eb('pin_failures', '+', 1) }))
    .where('province_id', '=', provinceId)
    .where('id', '=', id)
    .execute();
}

/** Closes a resolved petition with the sender's rating; 0 rows when it is no longer resolved. */
export async function closeWithRating(
  db: Db,
  provinceId: string,
  id: string,
  rating: number,
  comment: string | null,
) {
  const r = await db
    .updateTable('petition')
    .set({ rating, rating_comment: comment, status: 'closed', updated_at: new Date() })
    .where('province_id', '=', provinceId)
    .where('id', '=', id)
    .where('status', '=', 'resolved')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
