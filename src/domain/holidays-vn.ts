import type { CalendarSettings, DayOff, YearDecision } from './calendar.js';
import { addDays, daysBetween, type IsoDate } from './dates.js';

const range = (from: IsoDate, to: IsoDate, name: string): DayOff[] =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => ({ date: addDays(from, i), name }));

/**
 * The years already decided, as shipped (shared/LEGAL.md, "Working-day calendar"). An administrator adds
 * the next years when the Prime Minister decides them; until then the statutory days are computed.
 */
export const decidedYears: YearDecision[] = [
  {
    year: 2025,
    basis: 'Lịch nghỉ lễ, Tết năm 2025 của cán bộ, công chức, viên chức (BLLĐ 2019 Điều 112)',
    daysOff: [
      { date: '2025-01-01', name: 'Tết Dương lịch' },
      ...range('2025-01-25', '2025-02-02', 'Tết Nguyên đán'),
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động' },
      { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)' },
      ...range('2025-08-30', '2025-09-02', 'Quốc khánh'),
    ],
    workingDays: ['2025-04-26'],
  },
  {
    year: 2026,
    basis: 'Lịch nghỉ lễ, Tết năm 2026 của cán bộ, công chức, viên chức (BLLĐ 2019 Điều 112)',
    daysOff: [
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)' },
      ...range('2026-02-14', '2026-02-22', 'Tết Nguyên đán'),
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
      { date: '2026-08-31', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)' },
      ...range('2026-09-01', '2026-09-02', 'Quốc khánh'),
    ],
    workingDays: ['2026-01-10', '2026-08-22'],
  },
];

/** Ngày Văn hóa Việt Nam: chosen as a paid day off by NQ 80-NQ/TW, not yet in the Labour Code. */
export const culturalDay = {
  month: 11,
  day: 24,
  name: 'Ngày Văn hóa Việt Nam',
  basis: 'Nghị quyết 80-NQ/TW; chưa được luật hóa — chỉ bật khi có văn bản',
  enabled: false,
};

export const defaultCalendarSettings: CalendarSettings = {
  decisions: decidedYears,
  pendingHolidays: [culturalDay],
};
