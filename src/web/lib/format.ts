import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

// Times are stored in UTC and always shown in Vietnam's time, whatever the browser's zone.
const zone = 'Asia/Ho_Chi_Minh';
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const numberFormat = new Intl.NumberFormat('vi-VN');

/** dd/mm/yyyy; a bare date ("2025-07-01") is shown as is, never shifted by a time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (dateOnly.test(value)) return dayjs(value).format('DD/MM/YYYY');
  return dayjs(value).tz(zone).format('DD/MM/YYYY');
}

/** dd/mm/yyyy HH:mm:ss in Vietnam's time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return dayjs(value).tz(zone).format('DD/MM/YYYY HH:mm:ss');
}

/** 13660 → "13.660". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return numberFormat.format(value);
}

/** A dayjs date as the API's ISO date (yyyy-mm-dd). */
export function toIsoDate(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}
