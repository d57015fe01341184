import type { Dayjs } from 'dayjs';
import { todayInVietnam } from '../calendar/dates';

export type QuickPeriod = 'quarter' | 'half' | 'nine' | 'year' | 'inspection';

export const quickPeriodLabels: Record<QuickPeriod, string> = {
  quarter: 'Quý này',
  half: '6 tháng',
  nine: '9 tháng',
  year: 'Năm nay',
  inspection: 'Năm thanh tra (01/8–31/7)',
};

const earlier = (a: Dayjs, b: Dayjs) => (a.isBefore(b, 'day') ? a : b);

/**
 * The report periods of the year, never past today (a figure "to date" compares fairly with the same
 * days a year earlier). The inspection year runs from 01/8 to 31/7 of the next year.
 */
export function quickPeriod(key: QuickPeriod, today: Dayjs = todayInVietnam()): [Dayjs, Dayjs] {
  const jan1 = today.startOf('year');
  switch (key) {
    case 'quarter': {
      const start = today.month(Math.floor(today.month() / 3) * 3).startOf('month');
      return [start, today];
    }
    case 'half':
      return [jan1, earlier(jan1.month(5).endOf('month').startOf('day'), today)];
    case 'nine':
      return [jan1, earlier(jan1.month(8).endOf('month').startOf('day'), today)];
    case 'year':
      return [jan1, today];
    case 'inspection': {
      const start = today.month() >= 7 ? jan1.month(7) : jan1.subtract(1, 'year').month(7);
      return [start, earlier(start.add(1, 'year').subtract(1, 'day'), today)];
    }
  }
}

/** Which quick choice a range is, if any, to show it selected. */
export function quickPeriodOf(range: [Dayjs, Dayjs]): QuickPeriod | undefined {
  return (Object.keys(quickPeriodLabels) as QuickPeriod[]).find((k) => {
    const [from, to] = quickPeriod(k);
    return from.isSame(range[0], 'day') && to.isSame(range[1], 'day');
  });
}
