import { type RawBuilder, sql } from 'kysely';
import { inScope } from '../../auth/scope.js';
import type { Db } from '../../db/database.js';

/** The scope predicate of the petition table: see `inScope` (its province test reaches the indexes). */
export function petitionInScope(db: Db, paths: string[]) {
  return inScope(db, { path: 'p.unit_path', province: 'p.province_id' }, paths);
}

/** The filters of the petition list; the work-queue counts are built from the same ones. */
export interface PetitionFilter {
  subtree?: string;
  kind?: string;
  status?: string;
  overdueOn?: string;
  handlerId?: string;
  from?: string;
  to?: string;
  q?: string;
}

const OPEN_STATUSES = sql.raw(`('received', 'classified', 'accepted')`);
// The deadline that runs now, in SQL: the domain's `runningDeadline` (src/domain/running-deadline.ts),
// for a petition the caller has already limited to open statuses.
export const RUNNING_DUE = sql<string>`(case when p.status = 'accepted' then p.resolution_due_on else p.handling_due_on end)`;

/**
 * The filter as SQL conditions on `petition as p`. The list applies them in its WHERE and the home counts
 * in their FILTER clauses: one definition, so a count always equals the length of the list it opens.
 */
export function filterConditions(f: PetitionFilter): RawBuilder<boolean>[] {
  const c: RawBuilder<boolean>[] = [];
  if (f.subtree) c.push(sql`p.unit_path <@ ${f.subtree}::ltree`);
  if (f.kind) c.push(sql`p.kind = ${f.kind}`);
  if (f.status) c.push(sql`p.status = ${f.status}`);
  if (f.handlerId) c.push(sql`p.handler_id = ${f.handlerId}::uuid`);
  if (f.from) c.push(sql`p.received_on >= ${f.from}::date`);
  if (f.to) c.push(sql`p.received_on <= ${f.to}::date`);
  if (f.overdueOn) c.push(sql`(p.status in ${OPEN_STATUSES} and ${RUNNING_DUE} < ${f.overdueOn}::date)`);
  if (f.q) c.push(sql`p.search_text like ${`%${f.q}%`}`);
  return c;
}

const all = (conditions: RawBuilder<boolean>[]) =>
  conditions.length ? sql<boolean>`(${sql.join(conditions, sql` and `)})` : sql<boolean>`true`;

/** The parts of the home page's work queue, each the filter of the list it links to. */
export function queueFilters(today: string, userId: string) {
  return {
    overdue: { overdueOn: today },
    received: { status: 'received' },
    classified: { status: 'classified' },
    mineClassified: { status: 'classified', handlerId: userId },
    mineAccepted: { status: 'accepted', handlerId: userId },
  } satisfies Record<string, PetitionFilter>;
}
export type QueuePart = keyof ReturnType<typeof queueFilters>;

/**
 * Every count of the work queue in one scan of the open petitions in scope (COUNT … FILTER), each with
 * how many of its petitions fall due from `today` to `dueSoonUntil`. Every part implies an open status,
 * so the scan is bounded to them.
 */
export async function countWorkQueue(
  db: Db,
  paths: string[],
  today: string,
  dueSoonUntil: string,
  userId: string,
) {
  const dueSoon = sql<boolean>`${RUNNING_DUE} between ${today}::date and ${dueSoonUntil}::date`;
  const filters: Record<QueuePart, PetitionFilter> = queueFilters(today, userId);
  const columns = Object.entries(filters).flatMap(([part, f]) => {
    const where = all(filterConditions(f));
    return [
      sql<number>`count(*) filter (where ${where})::int`.as(part),
      sql<number>`count(*) filter (where ${where} and ${dueSoon})::int`.as(`${part}DueSoon`),
    ];
  });
  const row = await db
    .selectFrom('petition as p')
    .where(await petitionInScope(db, paths))
    .where(sql<boolean>`p.status in ${OPEN_STATUSES}`)
    .select(columns)
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, number>;
  const part = (k: QueuePart) => ({ count: counts[k] ?? 0, dueSoon: counts[`${k}DueSoon`] ?? 0 });
  return {
    overdue: part('overdue'),
    received: part('received'),
    classified: part('classified'),
    mineClassified: part('mineClassified'),
    mineAccepted: part('mineAccepted'),
  };
}
