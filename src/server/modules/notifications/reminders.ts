import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../../domain/dates.js';
import { addWorkingDays } from '../../../domain/deadline.js';
import type { Role } from '../../../domain/roles.js';
import type { Db } from '../../db/database.js';
import { loadCalendar } from '../calendar/service.js';
import * as q from './reminders-sql.js';

/** Petitions per statement: on PGlite a batch holds Node's thread; 250 keeps it near 30 ms of CPU. */
export const REMINDER_BATCH = 250;

export interface ReminderRun {
  /** Every due petition was looked at (first run, leaders changed, or the clock went back). */
  full: boolean;
  /** Open petitions due by the horizon that the run looked at. */
  checked: number;
  created: number;
}

/** Deadline ranges (after, upTo] that crossed a threshold since the last run, merged where they touch. */
export function crossedRanges(last: { today: IsoDate; until: IsoDate }, today: IsoDate, until: IsoDate) {
  const ranges = [
    // Due on [last today, today): overdue since the day after the deadline, and not when last run.
    { after: addDays(last.today, -1), upTo: addDays(today, -1) },
    // Due in (last horizon, horizon]: newly within the days before.
    { after: last.until, upTo: until },
  ]
    .filter((r) => r.after < r.upTo)
    .sort((a, b) => a.after.localeCompare(b.after));
  const merged: { after: IsoDate; upTo: IsoDate }[] = [];
  for (const r of ranges) {
    const prev = merged.at(-1);
    if (prev && r.after <= prev.upTo) prev.upTo = r.upTo > prev.upTo ? r.upTo : prev.upTo;
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * Reminds the handler `daysBefore` working days before a deadline, and on the day after it passes tells
 * the handler and escalates to the unit's leaders. Set-based and incremental: a run looks only at the
 * petitions changed since the last one and at the deadlines that crossed a threshold since; a repeat
 * inserts nothing (unique key). Batches of `batchSize` with a turn of the event loop between them keep
 * HTTP answering while it runs on PGlite.
 */
export async function runDeadlineReminders(
  db: Db,
  today: IsoDate,
  daysBefore: number,
  batchSize = REMINDER_BATCH,
): Promise<ReminderRun> {
  const until = addWorkingDays(today, daysBefore, await loadCalendar(db));
  const digest = await q.staffDigest(db);
  const last = await q.lastRun(db);
  const full = !last || last.staff_digest !== digest || today < last.today;
  const run: ReminderRun = { full, checked: 0, created: 0 };
  const add = (r: { checked: number; created: number }) => {
    run.checked += r.checked;
    run.created += r.created;
  };
  if (full) {
    // The walk below covers whatever is queued; a change committed after the queue is emptied queues again.
    while ((await q.dropPending(db, batchSize)) > 0) await nextTurn();
    await sendRange(db, q.firstKey, until, batchSize, today, until, add);
  } else {
    // An empty queue costs one index probe, not the sending statement.
    while (await q.hasPending(db)) {
      const r = await q.sendPending(db, batchSize, today, until);
      add(r);
      if (r.batched < batchSize) break;
      await nextTurn();
    }
    const since = { today: last.today, until: last.until_on };
    for (const r of crossedRanges(since, today, until))
      await sendRange(db, q.keyAfter(r.after), r.upTo, batchSize, today, until, add);
  }
  // Nothing to record when the day, the horizon and the leaders are those of the last run.
  const same = last && last.today === today && last.until_on === until && last.staff_digest === digest;
  if (!same) await q.recordRun(db, today, until, digest);
  return run;
}

async function sendRange(
  db: Db,
  from: q.DueKey,
  upTo: IsoDate,
  batchSize: number,
  today: IsoDate,
  until: IsoDate,
  add: (r: { checked: number; created: number }) => void,
) {
  let after: q.DueKey | null = from;
  while (after) {
    const r = await q.sendInRange(db, after, upTo, batchSize, today, until);
    add(r);
    after = r.batched < batchSize ? null : r.next;
    await nextTurn();
  }
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
