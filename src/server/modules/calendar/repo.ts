import type { DayOff } from '../../../domain/calendar.js';
import type { Db } from '../../db/database.js';

export interface StoredYear {
  year: number;
  daysOff: DayOff[];
  workingDays: string[];
  basis: string;
}

/** Calendar data is a small national catalog (a Citus reference table): read whole. */
export async function listYears(db: Db): Promise<StoredYear[]> {
  const rows = await db.selectFrom('calendar_year').selectAll().orderBy('year').execute();
  return rows.map((r) => ({
    year: r.year,
    daysOff: r.days_off as DayOff[],
    workingDays: r.working_days as string[],
    basis: r.basis,
  }));
}

export function saveYear(db: Db, y: StoredYear, userId: string) {
  const values = {
    year: y.year,
    days_off: JSON.stringify(y.daysOff),
    working_days: JSON.stringify(y.workingDays),
    basis: y.basis,
    updated_by: userId,
    updated_at: new Date(),
  };
  return db
    .insertInto('calendar_year')
    .values(values)
    .onConflict((oc) => oc.column('year').doUpdateSet(values))
    .execute();
}

export async function readSetting<T>(db: Db, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, userId: string) {
  const values = { key, value: JSON.stringify(value), updated_by: userId, updated_at: new Date() };
  return db
    .insertInto('app_setting')
    .values(values)
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}
