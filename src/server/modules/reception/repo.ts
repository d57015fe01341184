import { sql } from 'kysely';
import { inSubtrees } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';
import { containing } from '../../db/like.js';
import type { ReceptionVisitTable } from '../../db/schema.js';

type NewVisit = Omit<ReceptionVisitTable, 'created_at' | 'citizens'> & { citizens: unknown[] };

export async function insertVisit(db: Db, v: NewVisit) {
  await db
    .insertInto('reception_visit')
    .values({ ...v, citizens: JSON.stringify(v.citizens) })
    .execute();
}

export async function insertMatter(
  db: Db,
  m: { provinceId: string; id: string; unitId: string; unitPath: string; title: string },
) {
  await db
    .insertInto('matter')
    .values({
      province_id: m.provinceId,
      id: m.id,
      admin_unit_id: m.unitId,
      unit_path: m.unitPath,
      title: m.title,
    })
    .execute();
}

export function findMatter(db: Db, paths: string[], id: string) {
  return db
    .selectFrom('matter')
    .selectAll()
    .where('id', '=', id)
    .where(inSubtrees('unit_path', paths))
    .executeTakeFirst();
}

export function findSession(db: Db, paths: string[], id: string) {
  return db
    .selectFrom('reception_session')
    .select(['id', 'status'])
    .where('id', '=', id)
    .where(inSubtrees('unit_path', paths))
    .executeTakeFirst();
}

/** Receipts are numbered per unit and year; the advisory lock keeps two officers from taking one number. */
export async function nextReceiptSeq(
  db: Db,
  provinceId: string,
  unitId: string,
  year: number,
): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext(${`receipt:${unitId}:${year}`}))`.execute(db);
  const row = await db
    .selectFrom('reception_visit')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('province_id', '=', provinceId)
    .where('admin_unit_id', '=', unitId)
    .where('received_on', '>=', `${year}-01-01`)
    .where('received_on', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return row.n + 1;
}

function visitSelect(db: Db) {
  return db
    .selectFrom('reception_visit as v')
    .innerJoin('admin_unit as u', 'u.id', 'v.admin_unit_id')
    .selectAll('v')
    .select('u.name as unit_name');
}
export type VisitRow = Awaited<ReturnType<ReturnType<typeof visitSelect>['executeTakeFirstOrThrow']>>;

export function findVisit(db: Db, paths: string[], id: string) {
  return visitSelect(db).where('v.id', '=', id).where(inSubtrees('v.unit_path', paths)).executeTakeFirst();
}

export interface VisitFilter {
  subtree?: string;
  from?: string;
  to?: string;
  kind?: string;
  groupsOnly?: boolean;
  q?: string;
  cursor?: { at: Date; id: string };
  limit: number;
}

export function listVisits(db: Db, paths: string[], f: VisitFilter) {
  let q = visitSelect(db).where(inSubtrees('v.unit_path', paths));
  if (f.subtree) q = q.where(sql<boolean>`v.unit_path <@ ${f.subtree}::ltree`);
  if (f.from) q = q.where('v.received_on', '>=', f.from);
  if (f.to) q = q.where('v.received_on', '<=', f.to);
  if (f.kind) q = q.where('v.kind', '=', f.kind as ReceptionVisitTable['kind']);
  if (f.groupsOnly) q = q.where('v.group_size', '>=', 5);
  if (f.q) q = q.where(sql<boolean>`v.search_text like ${`%${f.q}%`}`);
  if (f.cursor)
    q = q.where(sql<boolean>`(v.received_at, v.id) < (${f.cursor.at}::timestamptz, ${f.cursor.id}::uuid)`);
  return q.orderBy('v.received_at', 'desc').orderBy('v.id', 'desc').limit(f.limit).execute();
}

const figureColumns = [
  sql<number>`count(*)::int`.as('visits'),
  sql<number>`coalesce(sum(v.group_size), 0)::int`.as('people'),
  sql<number>`count(*) filter (where v.kind = 'regular')::int`.as('regular'),
  sql<number>`count(*) filter (where v.kind = 'leader_periodic')::int`.as('leaderPeriodic'),
  sql<number>`count(*) filter (where v.kind = 'unannounced')::int`.as('unannounced'),
  sql<number>`count(*) filter (where v.receiver_is_leader)::int`.as('byLeaders'),
  sql<number>`count(*) filter (where v.group_size >= 5)::int`.as('groups5'),
  sql<number>`coalesce(sum(v.group_size) filter (where v.group_size >= 5), 0)::int`.as('groups5People'),
  sql<number>`count(*) filter (where v.group_size >= 10)::int`.as('groups10'),
  sql<number>`coalesce(sum(v.group_size) filter (where v.group_size >= 10), 0)::int`.as('groups10People'),
  sql<number>`count(distinct v.matter_id) filter (where v.group_size >= 10)::int`.as('groups10Matters'),
  sql<number>`count(distinct v.matter_id)::int`.as('matters'),
  sql<number>`count(*) filter (where v.outcome = 'refused')::int`.as('refused'),
  sql<number>`count(*) filter (where v.outcome = 'petition_received')::int`.as('petitionsReceived'),
] as const;

function periodScan(db: Db, paths: string[], from: string, to: string) {
  return db
    .selectFrom('reception_visit as v')
    .where(inSubtrees('v.unit_path', paths))
    .where('v.received_on', '>=', from)
    .where('v.received_on', '<=', to);
}

/** The reception figures of a period in one scan: visits, people, kinds, groups and distinct matters. */
export function figures(db: Db, paths: string[], subtree: string | undefined, from: string, to: string) {
  let q = periodScan(db, paths, from, to).select([...figureColumns]);
  if (subtree) q = q.where(sql<boolean>`v.unit_path <@ ${subtree}::ltree`);
  return q.executeTakeFirstOrThrow();
}

/** The same figures per direct child of `parentPath` (one row per commune of a province, say). */
export function figuresByChild(db: Db, paths: string[], parentPath: string, from: string, to: string) {
  // Inlined, not a parameter: the GROUP BY must repeat the very expression of the SELECT.
  const depth = parentPath.split('.').length + 1;
  return periodScan(db, paths, from, to)
    .where(sql<boolean>`v.unit_path <@ ${parentPath}::ltree`)
    .where(sql<boolean>`nlevel(v.unit_path) >= ${depth}`)
    .select([
      sql<string>`subpath(v.unit_path, 0, ${sql.lit(depth)})::text`.as('child_path'),
      ...figureColumns,
    ])
    .groupBy(sql`subpath(v.unit_path, 0, ${sql.lit(depth)})`)
    .execute();
}

/** Visits recorded at the unit itself, not below it (the province's own reception office, say). */
export function figuresAt(db: Db, paths: string[], path: string, from: string, to: string) {
  return periodScan(db, paths, from, to)
    .where(sql<boolean>`v.unit_path = ${path}::ltree`)
    .select([...figureColumns])
    .executeTakeFirstOrThrow();
}

export interface MatterFilter {
  subtree?: string;
  q?: string;
  idNumber?: string;
}

/**
 * Matters of the caller's subtrees, the most recently visited first, with how often citizens came about
 * each and how many petitions joined it: a returning citizen's visit is added to its matter.
 */
export function listMatters(db: Db, paths: string[], f: MatterFilter) {
  let q = db
    .selectFrom('matter as m')
    .innerJoin('admin_unit as u', 'u.id', 'm.admin_unit_id')
    .select(['m.id', 'm.title', 'm.admin_unit_id', 'u.name as unit_name'])
    .select([
      sql<number>`(select count(*)::int from reception_visit v where v.province_id = m.province_id and v.matter_id = m.id)`.as(
        'visits',
      ),
      sql<
        string | null
      >`(select max(v.received_on)::text from reception_visit v where v.province_id = m.province_id and v.matter_id = m.id)`.as(
        'last_on',
      ),
      sql<number>`(select coalesce(max(v.group_size), 0)::int from reception_visit v where v.province_id = m.province_id and v.matter_id = m.id)`.as(
        'largest_group',
      ),
      sql<number>`(select count(*)::int from petition p where p.province_id = m.province_id and p.matter_id = m.id)`.as(
        'petitions',
      ),
    ])
    .where(inSubtrees('m.unit_path', paths));
  if (f.subtree) q = q.where(sql<boolean>`m.unit_path <@ ${f.subtree}::ltree`);
  // Every word typed must appear, in any order: "bồi thường tổ 9" finds "tổ 9 ... bồi thường".
  for (const word of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    const like = containing(word);
    q = q.where(sql<boolean>`vn_fold(m.title) like vn_fold(${like})`);
  }
  if (f.idNumber) {
    const probe = JSON.stringify([{ idNumber: f.idNumber }]);
    q = q.where(
      sql<boolean>`exists (select 1 from reception_visit v where v.province_id = m.province_id and v.matter_id = m.id and v.citizens @> ${probe}::jsonb)`,
    );
  }
  return q.orderBy(sql`last_on desc nulls last`).orderBy('m.id').limit(20).execute();
}

/** A visit of a province by id, whatever the caller's scope: the intake seals it inside its own checked write. */
export function findVisitInProvince(db: Db, provinceId: string, id: string) {
  return db
    .selectFrom('reception_visit')
    .select(['id', 'citizens', 'citizens_secret', 'content', 'receipt_no'])
    .where('province_id', '=', provinceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function sealVisitCitizens(
  db: Db,
  provinceId: string,
  id: string,
  v: { citizens: unknown[]; citizensSecret: string; searchText: string },
) {
  await db
    .updateTable('reception_visit')
    .set({
      citizens: JSON.stringify(v.citizens),
      citizens_secret: v.citizensSecret,
      search_text: v.searchText,
    })
    .where('province_id', '=', provinceId)
    .where('id', '=', id)
    .where('citizens_secret', 'is', null)
    .execute();
}

/**
 * Per active rule of the caller's subtrees, its held sessions in [from, to] in one aggregate query: held
 * by the leader, and by a deputy before and from `cutoff` (the domain's NO_DELEGATION_FROM), with the
 * leader's name from the first of them. The lateral count walks `reception_session_rule` (migration 0016)
 * rule by rule, instead of loading every session of the period with its visits.
 */
export function complianceCounts(
  db: Db,
  paths: string[],
  subtree: string | undefined,
  from: string,
  to: string,
  cutoff: string,
) {
  // A delegated session: held by someone other than the leader, by user id if known, else by name.
  const delegated = sql<boolean>`case when s.leader_user_id is not null
    then s.held_by_user_id is distinct from s.leader_user_id
    else s.held_by_name is distinct from s.leader_name end`;
  let q = db
    .selectFrom('reception_rule as r')
    .innerJoin('admin_unit as u', 'u.id', 'r.admin_unit_id')
    .leftJoinLateral(
      (eb) => {
        let held = eb
          .selectFrom('reception_session as s')
          .select([
            sql<number>`count(*) filter (where not ${delegated})::int`.as('by_leader'),
            sql<number>`count(*) filter (where ${delegated} and s.planned_on < ${cutoff})::int`.as(
              'delegated_before',
            ),
            sql<number>`count(*) filter (where ${delegated} and s.planned_on >= ${cutoff})::int`.as(
              'delegated_since',
            ),
            sql<string | null>`(array_agg(s.leader_name order by s.planned_on, s.id))[1]`.as('leader_name'),
          ])
          .whereRef('s.rule_id', '=', 'r.id')
          .where('s.status', '=', 'held')
          .where('s.planned_on', '>=', from)
          .where('s.planned_on', '<=', to)
          .where(inSubtrees('s.unit_path', paths));
        if (subtree) held = held.where(sql<boolean>`s.unit_path <@ ${subtree}::ltree`);
        return held.as('h');
      },
      (join) => join.onTrue(),
    )
    .select([
      'r.id',
      'r.admin_unit_id',
      'u.name as unit_name',
      'r.leader_title',
      'r.frequency',
      'r.min_per_period',
      'r.fixed_days',
      'r.basis',
      'h.by_leader',
      'h.delegated_before',
      'h.delegated_since',
      'h.leader_name',
    ])
    .where('r.active', '=', true)
    .where(inSubtrees('u.path', paths));
  if (subtree) q = q.where(sql<boolean>`u.path <@ ${subtree}::ltree`);
  return q.orderBy('u.path').orderBy('r.created_at').orderBy('r.id').execute();
}
