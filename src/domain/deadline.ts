import type { WorkingCalendar } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';

/**
 * The day on which a period of `n` working days ends. The first day is not counted: the period starts
 * the day after `from` (BLDS 2015 Điều 147 k2); weekends, holidays and compensatory days are skipped, a
 * Saturday declared a working day counts. n = 0 gives `from` itself.
 */
export function addWorkingDays(from: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (cal.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The first working day on or after `d`. */
export function nextWorkingDay(d: IsoDate, cal: WorkingCalendar): IsoDate {
  let day = d;
  while (!cal.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * The day on which a period of `n` calendar days ends: counted on the solar calendar from the day after
 * `from` (BLDS Điều 145 k2, 147 k2); an end on a weekend or holiday moves to the next working day
 * (BLDS Điều 148 k1, k5).
 */
export function addCalendarDays(from: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  return nextWorkingDay(addDays(from, n), cal);
}

/** Working days in (from, to]: the inverse of addWorkingDays. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, cal: WorkingCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n += 1;
  return n;
}
