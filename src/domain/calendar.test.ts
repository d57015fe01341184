import { describe, expect, it } from 'vitest';
import { createCalendar, statutoryHolidays } from './calendar.js';
import { defaultCalendarSettings } from './holidays-vn.js';

const cal = createCalendar(defaultCalendarSettings);

describe('lunar holidays computed for UTC+7', () => {
  it.each([
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
  ])('year %i: Tết (1/1 lunar) on %s, Giỗ Tổ (10/3 lunar) on %s', (year, tet, gioTo) => {
    const days = statutoryHolidays(year);
    expect(days.filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date)).toContain(tet);
    expect(days.find((d) => d.name === 'Giỗ Tổ Hùng Vương')?.date).toBe(gioTo);
  });
});

describe('Tết as decided or computed (BLLĐ 2019 Điều 112)', () => {
  it.each([
    // 2025 as decided: 25/1–2/2 off
    ['2025-01-24', 'working'],
    ['2025-01-25', 'holiday'],
    ['2025-01-29', 'holiday'],
    ['2025-02-02', 'holiday'],
    ['2025-02-03', 'working'],
    // 2026 as decided: 14/2–22/2 off
    ['2026-02-13', 'working'],
    ['2026-02-14', 'holiday'],
    ['2026-02-17', 'holiday'],
    ['2026-02-22', 'holiday'],
    ['2026-02-23', 'working'],
    // 2027 computed: eve 5/2 and 6/2–9/2; 6/2 and 7/2 fall on a weekend, so 10/2 and 11/2 are off too
    ['2027-02-04', 'working'],
    ['2027-02-05', 'holiday'],
    ['2027-02-09', 'holiday'],
    ['2027-02-10', 'holiday'],
    ['2027-02-11', 'holiday'],
    ['2027-02-12', 'working'],
  ])('%s is a %s day', (date, kind) => expect(cal.kindOf(date)).toBe(kind));
});

describe('other days of the shipped years', () => {
  it.each([
    ['2025-04-26', 'working', 'Saturday worked for the 2/5/2025 swap'],
    ['2025-05-02', 'holiday', 'swapped day off'],
    ['2025-09-01', 'holiday', 'day adjacent to 2/9'],
    ['2026-01-02', 'holiday', 'swapped day off'],
    ['2026-01-10', 'working', 'Saturday worked for 2/1/2026'],
    ['2026-04-27', 'holiday', 'Giỗ Tổ on Sunday 26/4/2026 moves to Monday (BLLĐ Điều 111 k3)'],
    ['2026-08-22', 'working', 'Saturday worked for 31/8/2026'],
    ['2026-08-31', 'holiday', 'swapped day off'],
    ['2026-11-24', 'working', 'Ngày Văn hóa Việt Nam is pending, off by default'],
    ['2027-05-03', 'holiday', '1/5/2027 is a Saturday: Monday is the compensatory day'],
  ])('%s is %s (%s)', (date, kind) => expect(cal.kindOf(date)).toBe(kind));

  it('names the reason a day is off', () => {
    expect(cal.dayOffReason('2026-02-17')).toBe('Tết Nguyên đán');
    expect(cal.dayOffReason('2026-11-22')).toBe('Ngày nghỉ hằng tuần');
    expect(cal.dayOffReason('2026-11-23')).toBeNull();
  });

  it('makes 24/11 a day off once an administrator switches the pending holiday on', () => {
    const on = createCalendar({
      ...defaultCalendarSettings,
      pendingHolidays: defaultCalendarSettings.pendingHolidays.map((p) => ({ ...p, enabled: true })),
    });
    expect(on.dayOffReason('2026-11-24')).toBe('Ngày Văn hóa Việt Nam');
    expect(on.kindOf('2027-11-24')).toBe('holiday');
  });

  it('counts eleven statutory holidays in a computed year', () => {
    const statutory = statutoryHolidays(2028).filter((d) => !d.name.startsWith('Nghỉ bù'));
    expect(statutory).toHaveLength(11);
  });
});
