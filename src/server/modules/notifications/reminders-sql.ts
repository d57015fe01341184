import { type RawBuilder, sql } from 'kysely';
import type { IsoDate } from '../../../domain/dates.js';
import type { Db } from '../../db/database.js';

// Cross-scope on purpose: the scheduler works for every unit, and writes only to the people responsible
// for each petition. Every statement here handles one bounded batch, so none holds PGlite (which runs on
// Node's main thread) for long.

export const JOB = 'petition_deadline';

/** A position in the walk over open petitions by deadline: the last (due date, province, id) done. */
export interface DueKey {
  dueOn: string;
  provinceId: string;
  id: string;
}

const NIL = '00000000-0000-0000-0000-000000000000';
const MAX = 'ffffffff-ffff-ffff-ffff-ffffffffffff';
/** Before every petition due after `dueOn` ('-infinity' for all). */
export const keyAfter = (dueOn: string): DueKey => ({ dueOn, provinceId: MAX, id: MAX });
export const firstKey: DueKey = { dueOn: '-infinity', provinceId: NIL, id: NIL };

// Written exactly as the index petition_open_due (migration 0015), or the planner will not use it.
const currentDue = sql`(case when p.status = 'accepted' then p.resolution_due_on else p.handling_due_on end)`;
const isOpen = sql`p.status in ('received', 'classified', 'accepted')`;

// The texts users have always received; %1$s the tracking code, %2$s the stage, %3$s the deadline.
const text = {
  handlerOverdue: 'Đơn %1$s đã quá hạn %2$s (hạn %3$s)',
  handlerDueSoon: 'Đơn %1$s sắp đến hạn %2$s: %3$s',
  leaderOverdue: 'Đơn %1$s quá hạn %2$s (hạn %3$s)%4$s',
  leaderDueSoon: 'Đơn %1$s sắp đến hạn %2$s (%3$s) và chưa giao cán bộ thụ lý',
  unassigned: ', chưa giao cán bộ thụ lý',
};

/**
 * Sends the reminders of the petitions `batch` yields (a CTE of province_id, id): the handler before and
 * after the deadline; the leaders of the nearest unit at or above the petition's that has enabled leaders
 * when it is overdue, or before if nobody handles it. The unique key makes a repeat insert nothing.
 */
function sendFor(batch: RawBuilder<unknown>, cursor: RawBuilder<unknown>, today: IsoDate, until: IsoDate) {
  return sql<{
    batched: string;
    checked: string;
    created: string;
    due_on: string | null;
    province_id: string | null;
    id: string | null;
  }>`
    with batch as (${batch}),
    due as (
      select p.province_id, p.id, p.tracking_code, p.unit_path, p.handler_id, ${currentDue} as due_on,
        ${currentDue} < ${today}::date as overdue,
        case when p.status = 'accepted' then 'giải quyết' else 'xử lý đơn' end as stage
      from batch b join petition p on p.province_id = b.province_id and p.id = b.id
      where ${isOpen} and ${currentDue} <= ${until}::date
    ),
    leader as (
      select distinct u.path, g.user_id
      from user_grant g join admin_unit u on u.id = g.admin_unit_id join app_user a on a.id = g.user_id
      where g.role = 'leader' and a.disabled_at is null
    ),
    -- The petition's ancestors by equality on subpath (a hash join), not by <@ over every leader.
    reach as (
      select d.province_id, d.id, l.user_id, k as depth, max(k) over (partition by d.province_id, d.id) as nearest
      from due d cross join generate_series(1, nlevel(d.unit_path)) k
      join leader l on l.path = subpath(d.unit_path, 0, k)
      where d.overdue or d.handler_id is null
    ),
    target as (
      select d.province_id, d.id, d.handler_id as user_id, d.due_on,
        case when d.overdue then 'overdue' else 'due_soon' end as kind,
        format(case when d.overdue then ${text.handlerOverdue} else ${text.handlerDueSoon} end,
          d.tracking_code, d.stage, to_char(d.due_on, 'DD/MM/YYYY')) as message
      from due d where d.handler_id is not null
      union all
      select d.province_id, d.id, r.user_id, d.due_on,
        case when d.overdue then 'escalated' else 'due_soon' end,
        format(case when d.overdue then ${text.leaderOverdue} else ${text.leaderDueSoon} end,
          d.tracking_code, d.stage, to_char(d.due_on, 'DD/MM/YYYY'),
          case when d.handler_id is null then ${text.unassigned} else '' end)
      from due d join reach r on r.province_id = d.province_id and r.id = d.id and r.depth = r.nearest
    ),
    sent as (
      insert into notification (province_id, id, user_id, petition_id, kind, due_on, message)
      select t.province_id, gen_random_uuid(), t.user_id, t.id, t.kind, t.due_on, t.message
      from target t
      where not exists (
        select from notification n where n.province_id = t.province_id and n.petition_id = t.id
          and n.user_id = t.user_id and n.kind = t.kind and n.due_on = t.due_on)
      on conflict (province_id, petition_id, user_id, kind, due_on) do nothing
      returning 1
    )
    select (select count(*) from batch) as batched, (select count(*) from due) as checked,
      (select count(*) from sent) as created, c.*
    from (select null::int as pad) one left join lateral (${cursor}) c on true`;
}

/** One batch of the open petitions due after `after` and by `upTo`, in deadline order. */
export async function sendInRange(
  db: Db,
  after: DueKey,
  upTo: IsoDate,
  size: number,
  today: IsoDate,
  until: IsoDate,
) {
  const batch = sql`
    select p.province_id, p.id, ${currentDue}::text as due_on from petition p
    where ${isOpen} and (${currentDue}, p.province_id, p.id) > (${after.dueOn}::date, ${after.provinceId}::uuid, ${after.id}::uuid)
      and ${currentDue} <= ${upTo}::date
    order by ${currentDue}, p.province_id, p.id
    limit ${size}`;
  const cursor = sql`select due_on, province_id, id from batch order by due_on desc, province_id desc, id desc limit 1`;
  const row = (await sendFor(batch, cursor, today, until).execute(db)).rows[0];
  const next =
    row?.due_on && row.province_id && row.id
      ? { dueOn: row.due_on, provinceId: row.province_id, id: row.id }
      : null;
  return {
    batched: Number(row?.batched ?? 0),
    checked: Number(row?.checked ?? 0),
    created: Number(row?.created ?? 0),
    next,
  };
}

/**
 * One batch of the petitions changed since the last run, taken off the queue by the statement that sends
 * their reminders: a change is either sent or still queued, whatever happens between statements.
 */
export async function sendPending(db: Db, size: number, today: IsoDate, until: IsoDate) {
  const batch = sql`
    delete from reminder_pending q
    where (q.province_id, q.petition_id) in (
      select province_id, petition_id from reminder_pending order by province_id, petition_id limit ${size}
      for update skip locked)
    returning q.province_id, q.petition_id as id`;
  const row = (await sendFor(batch, sql`select null as none`, today, until).execute(db)).rows[0];
  return {
    batched: Number(row?.batched ?? 0),
    checked: Number(row?.checked ?? 0),
    created: Number(row?.created ?? 0),
  };
}

export async function hasPending(db: Db) {
  const row = await db.selectFrom('reminder_pending').select('petition_id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Empties one batch of the queue without sending: a full walk is about to cover every petition. */
export async function dropPending(db: Db, size: number) {
  const res = await sql`
    delete from reminder_pending q
    where (q.province_id, q.petition_id) in (
      select province_id, petition_id from reminder_pending order by province_id, petition_id limit ${size}
      for update skip locked)`.execute(db);
  return Number(res.numAffectedRows ?? 0);
}

/** A fingerprint of who is a leader where: when it changes, every due petition may have new leaders. */
export async function staffDigest(db: Db) {
  const res = await sql<{ digest: string }>`
    select md5(coalesce(string_agg(g.user_id::text || '@' || u.path::text, ',' order by g.user_id, u.path), '')) as digest
    from user_grant g join admin_unit u on u.id = g.admin_unit_id join app_user a on a.id = g.user_id
    where g.role = 'leader' and a.disabled_at is null`.execute(db);
  return res.rows[0]?.digest ?? '';
}

export function lastRun(db: Db) {
  return db
    .selectFrom('reminder_run')
    .select(['today', 'until_on', 'staff_digest'])
    .where('job', '=', JOB)
    .executeTakeFirst();
}

export async function recordRun(db: Db, today: IsoDate, until: IsoDate, staffDigest: string) {
  const values = { job: JOB, today, until_on: until, staff_digest: staffDigest };
  await db
    .insertInto('reminder_run')
    .values(values)
    .onConflict((oc) =>
      oc.column('job').doUpdateSet({ today, until_on: until, staff_digest: staffDigest, ran_at: sql`now()` }),
    )
    .execute();
}
