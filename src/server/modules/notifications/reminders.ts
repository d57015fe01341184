import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { formatVietnameseDate, type IsoDate } from '../../../domain/dates.js';
import { addWorkingDays } from '../../../domain/deadline.js';
import type { Role } from '../../../domain/roles.js';
import type { Db } from '../../db/database.js';
import { loadCalendar } from '../calendar/service.js';

interface DuePetition {
  province_id: string;
  id: string;
  tracking_code: string;
  unit_path: string;
  handler_id: string | null;
  due_on: string;
  stage: 'handling' | 'resolution';
}

/**
 * Open petitions whose current deadline (handling before acceptance, resolution after) falls on or before
 * `until`. Cross-scope on purpose: the scheduler works for every unit, and writes only to the people
 * responsible for each petition.
 */
function openPetitionsDueBy(db: Db, until: IsoDate) {
  return sql<DuePetition>`
    select province_id, id, tracking_code, unit_path::text as unit_path, handler_id,
      (case when status = 'accepted' then resolution_due_on else handling_due_on end)::text as due_on,
      case when status = 'accepted' then 'resolution' else 'handling' end as stage
    from petition
    where status in ('received', 'classified', 'accepted')
      and (case when status = 'accepted' then resolution_due_on else handling_due_on end) <= ${until}::date`.execute(
    db,
  );
}

/**
 * The users holding one of `roles` on the nearest unit at or above `unitPath` where anyone holds them:
 * the unit's own leaders if it has some, else those of the level above.
 */
export async function nearestStaff(db: Db, unitPath: string, roles: readonly Role[]) {
  const rows = await db
    .selectFrom('user_grant as g')
    .innerJoin('admin_unit as u', 'u.id', 'g.admin_unit_id')
    .innerJoin('app_user as p', 'p.id', 'g.user_id')
    .select(['g.user_id', sql<number>`nlevel(u.path)`.as('depth')])
    .where('g.role', 'in', roles)
    .where('p.disabled_at', 'is', null)
    .where(sql<boolean>`${unitPath}::ltree <@ u.path`)
    .execute();
  const nearest = Math.max(0, ...rows.map((r) => r.depth));
  return [...new Set(rows.filter((r) => r.depth === nearest).map((r) => r.user_id))];
}

/**
 * Reminds the handler `daysBefore` working days before a deadline, and on the day after it passes tells
 * the handler and escalates to the unit's leaders. Idempotent: the unique key drops repeats.
 */
export async function runDeadlineReminders(db: Db, today: IsoDate, daysBefore: number) {
  const cal = await loadCalendar(db);
  const until = addWorkingDays(today, daysBefore, cal);
  const due = (await openPetitionsDueBy(db, until)).rows;
  let created = 0;
  for (const p of due) {
    const overdue = p.due_on < today;
    const stage = p.stage === 'handling' ? 'xử lý đơn' : 'giải quyết';
    const when = formatVietnameseDate(p.due_on);
    const targets: { userId: string; kind: 'due_soon' | 'overdue' | 'escalated'; message: string }[] = [];
    if (p.handler_id) {
      targets.push({
        userId: p.handler_id,
        kind: overdue ? 'overdue' : 'due_soon',
        message: overdue
          ? `Đơn ${p.tracking_code} đã quá hạn ${stage} (hạn ${when})`
          : `Đơn ${p.tracking_code} sắp đến hạn ${stage}: ${when}`,
      });
    }
    if (overdue || !p.handler_id) {
      for (const userId of await nearestStaff(db, p.unit_path, ['leader'])) {
        targets.push({
          userId,
          kind: overdue ? 'escalated' : 'due_soon',
          message: overdue
            ? `Đơn ${p.tracking_code} quá hạn ${stage} (hạn ${when})${p.handler_id ? '' : ', chưa giao cán bộ thụ lý'}`
            : `Đơn ${p.tracking_code} sắp đến hạn ${stage} (${when}) và chưa giao cán bộ thụ lý`,
        });
      }
    }
    for (const t of targets) {
      const res = await db
        .insertInto('notification')
        .values({
          province_id: p.province_id,
          id: randomUUID(),
          user_id: t.userId,
          petition_id: p.id,
          kind: t.kind,
          due_on: p.due_on,
          message: t.message,
        })
        .onConflict((oc) =>
          oc.columns(['province_id', 'petition_id', 'user_id', 'kind', 'due_on']).doNothing(),
        )
        .executeTakeFirst();
      created += Number(res.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return { checked: due.length, created };
}
