import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { addDays } from './dates.js';
import { addCalendarDays, addWorkingDays, nextWorkingDay, workingDaysBetween } from './deadline.js';
import { defaultCalendarSettings } from './holidays-vn.js';

const cal = createCalendar(defaultCalendarSettings);
const anyDate = fc.integer({ min: 0, max: 5 * 365 }).map((n) => addDays('2024-01-01', n));
const anyCount = fc.integer({ min: 1, max: 90 });

describe('addWorkingDays (the first day is not counted, BLDS 2015 Điều 147 k2)', () => {
  it.each([
    ['2026-01-02', 1, '2026-01-05'], // a swapped day off + 1 = Monday
    ['2026-11-20', 1, '2026-11-23'], // Friday + 1 = Monday
    ['2026-01-09', 1, '2026-01-10'], // Friday + 1 = the Saturday worked
    ['2025-01-24', 1, '2025-02-03'], // across Tết 2025
    ['2026-02-13', 1, '2026-02-23'], // across Tết 2026
    ['2027-02-04', 1, '2027-02-12'], // across Tết 2027 (computed)
    ['2026-02-10', 7, '2026-02-26'], // 7 working days to classify a denunciation (Luật Tố cáo Điều 24 k1)
    ['2026-04-24', 5, '2026-05-06'], // across Giỗ Tổ (27/4) and 30/4–1/5
    ['2026-11-23', 0, '2026-11-23'],
  ])('%s + %i working days = %s', (from, n, want) => expect(addWorkingDays(from, n, cal)).toBe(want));

  test.prop([anyDate, anyCount])('never ends on a day off', (from, n) => {
    expect(cal.isWorkingDay(addWorkingDays(from, n, cal))).toBe(true);
  });
  test.prop([anyDate, anyCount])('is strictly increasing in n', (from, n) => {
    expect(addWorkingDays(from, n + 1, cal) > addWorkingDays(from, n, cal)).toBe(true);
  });
  test.prop([anyDate, fc.integer({ min: 0, max: 90 })])('round-trips with workingDaysBetween', (from, n) => {
    expect(workingDaysBetween(from, addWorkingDays(from, n, cal), cal)).toBe(n);
  });
  test.prop([anyDate, anyCount])('takes at least n calendar days', (from, n) => {
    expect(addWorkingDays(from, n, cal) >= addDays(from, n)).toBe(true);
  });
});

describe('addCalendarDays (an end on a day off moves to the next working day, BLDS Điều 148)', () => {
  it.each([
    ['2026-01-15', 30, '2026-02-23'], // ends 14/2/2026, inside Tết → Monday 23/2
    ['2026-03-02', 30, '2026-04-01'], // ends on a Wednesday: unchanged
    ['2026-10-24', 30, '2026-11-23'], // ends on Monday 23/11: unchanged
    ['2026-10-22', 30, '2026-11-23'], // ends Saturday 21/11 → Monday 23/11
  ])('%s + %i days = %s', (from, n, want) => expect(addCalendarDays(from, n, cal)).toBe(want));

  test.prop([anyDate, anyCount])('ends on the first working day on or after from + n', (from, n) => {
    const end = addCalendarDays(from, n, cal);
    expect(cal.isWorkingDay(end)).toBe(true);
    expect(end >= addDays(from, n)).toBe(true);
    expect(nextWorkingDay(addDays(from, n), cal)).toBe(end);
  });
  test.prop([anyDate, anyCount])('is monotonic in n', (from, n) => {
    expect(addCalendarDays(from, n + 1, cal) >= addCalendarDays(from, n, cal)).toBe(true);
  });
});
