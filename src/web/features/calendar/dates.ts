import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const names = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** 0 → "Chủ nhật", 1 → "Thứ Hai" … 6 → "Thứ Bảy". */
export function weekdayName(weekday: number): string {
  return names[weekday] ?? '';
}

/** The weekday of a bare ISO date ("2026-02-17" → "Thứ Ba"); parsed as a local date, never shifted. */
export function weekdayOf(isoDate: string): string {
  return weekdayName(dayjs(isoDate).day());
}

/**
 * Today's date in Việt Nam, whatever the browser's zone, as a local midnight (what DatePicker holds):
 * at 00:30 in Hà Nội a browser set to UTC is still on the day before.
 */
export function todayInVietnam(): Dayjs {
  return dayjs(dayjs().tz('Asia/Ho_Chi_Minh').format('YYYY-MM-DD'));
}
