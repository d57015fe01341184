import { getSolarDate } from '@dqcai/vn-lunar';
import { addDays, type IsoDate, isoDate, weekday } from './dates.js';

export interface DayOff {
  date: IsoDate;
  name: string;
}

/**
 * The days off the Prime Minister fixes for civil servants in one year (Tết, 2/9 and their swaps), as an
 * administrator enters them. When a year has a decision, it replaces the computed holidays of that year.
 */
export interface YearDecision {
  year: number;
  /** Every weekday off: holidays, compensatory days and swapped days. Weekends need not be listed. */
  daysOff: DayOff[];
  /** Saturdays (or Sundays) worked in exchange for a swapped day off. */
  workingDays: IsoDate[];
  basis: string;
}

/** A holiday decided in principle but not yet in the Labour Code, switched on by an administrator. */
export interface PendingHoliday {
  month: number;
  day: number;
  name: string;
  basis: string;
  enabled: boolean;
}

export interface CalendarSettings {
  decisions: YearDecision[];
  pendingHolidays: PendingHoliday[];
}

export type DayKind = 'working' | 'weekend' | 'holiday';

export interface WorkingCalendar {
  isWorkingDay(d: IsoDate): boolean;
  /** Why a day is off: the holiday's name, 'weekend', or null on a working day. */
  dayOffReason(d: IsoDate): string | null;
  kindOf(d: IsoDate): DayKind;
  /** The days off of a year other than weekends, in date order. */
  holidaysOf(year: number): DayOff[];
}

/** Lunar → solar for Việt Nam's time zone (UTC+7), which differs from China's calendar in some years. */
function lunarToSolar(day: number, month: number, lunarYear: number): IsoDate {
  const s = getSolarDate(day, month, lunarYear);
  return isoDate(s.year, s.month, s.day);
}

const isWeekend = (d: IsoDate) => weekday(d) === 0 || weekday(d) === 6;

const pendingDaysOf = (year: number, pending: PendingHoliday[]): DayOff[] =>
  pending.filter((p) => p.enabled).map((p) => ({ date: isoDate(year, p.month, p.day), name: p.name }));

/**
 * The statutory holidays of a year without a decision (Bộ luật Lao động 2019, Điều 112): 1/1; Tết 5 days
 * (here the eve and the first four days of the lunar year, the usual pattern); Giỗ Tổ Hùng Vương 10/3
 * lunar; 30/4; 1/5; 2/9 and the day before it. A holiday on a weekend gives the next working day off
 * (Điều 111 k3).
 */
export function statutoryHolidays(year: number, pending: PendingHoliday[] = []): DayOff[] {
  const tet = lunarToSolar(1, 1, year);
  const days: DayOff[] = [
    { date: isoDate(year, 1, 1), name: 'Tết Dương lịch' },
    { date: addDays(tet, -1), name: 'Tết Nguyên đán' },
    ...[0, 1, 2, 3].map((i) => ({ date: addDays(tet, i), name: 'Tết Nguyên đán' })),
    { date: lunarToSolar(10, 3, year), name: 'Giỗ Tổ Hùng Vương' },
    { date: isoDate(year, 4, 30), name: 'Ngày Chiến thắng' },
    { date: isoDate(year, 5, 1), name: 'Ngày Quốc tế Lao động' },
    { date: isoDate(year, 9, 1), name: 'Quốc khánh' },
    { date: isoDate(year, 9, 2), name: 'Quốc khánh' },
    ...pendingDaysOf(year, pending),
  ];
  const taken = new Set(days.map((d) => d.date));
  const compensatory: DayOff[] = [];
  for (const h of days) {
    if (!isWeekend(h.date)) continue;
    let next = addDays(h.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    compensatory.push({ date: next, name: `Nghỉ bù ${h.name}` });
  }
  return [...days, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
}

export function createCalendar(settings: CalendarSettings): WorkingCalendar {
  const decisions = new Map(settings.decisions.map((d) => [d.year, d]));
  const cache = new Map<number, { off: Map<IsoDate, string>; worked: Set<IsoDate> }>();
  const yearData = (year: number) => {
    let data = cache.get(year);
    if (!data) {
      const decision = decisions.get(year);
      // A decided year lists its own days off; a pending holiday switched on later is added to it.
      const daysOff = decision
        ? [...decision.daysOff, ...pendingDaysOf(year, settings.pendingHolidays)]
        : statutoryHolidays(year, settings.pendingHolidays);
      data = {
        off: new Map(daysOff.map((d) => [d.date, d.name])),
        worked: new Set(decision?.workingDays ?? []),
      };
      cache.set(year, data);
    }
    return data;
  };
  const kindOf = (d: IsoDate): DayKind => {
    const { off, worked } = yearData(Number(d.slice(0, 4)));
    if (worked.has(d)) return 'working';
    if (off.has(d)) return 'holiday';
    return isWeekend(d) ? 'weekend' : 'working';
  };
  return {
    kindOf,
    isWorkingDay: (d) => kindOf(d) === 'working',
    dayOffReason: (d) => {
      const kind = kindOf(d);
      if (kind === 'working') return null;
      return kind === 'holiday'
        ? (yearData(Number(d.slice(0, 4))).off.get(d) ?? null)
        : 'Ngày nghỉ hằng tuần';
    },
    holidaysOf: (year) =>
      [...yearData(year).off.entries()]
        .filter(([date]) => !isWeekend(date))
        .map(([date, name]) => ({ date, name }))
        .sort((a, b) => a.date.localeCompare(b.date)),
  };
}
