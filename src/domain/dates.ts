/** A calendar date in Việt Nam, 'YYYY-MM-DD'. Dates carry no time zone; times are stored in UTC elsewhere. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/** Parses 'YYYY-MM-DD' to UTC midnight: arithmetic on it never meets a daylight-saving jump. */
function toUtc(d: IsoDate): number {
  const [y, m, day] = d.split('-').map(Number);
  if (!y || !m || !day) throw new RangeError(`not an ISO date: ${d}`);
  return Date.UTC(y, m - 1, day);
}

const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtc(toUtc(d) + n * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromUtc(Date.UTC(year, month - 1, day));
}

/** Today in Việt Nam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): IsoDate {
  return fromUtc(now.getTime() + 7 * 3_600_000);
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatVietnameseDate(d: IsoDate): string {
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}

/** The same day a year earlier, for "so với cùng kỳ": 29/02 maps to 28/02. */
export function yearEarlier(d: IsoDate): IsoDate {
  const [y, m, day] = d.split('-');
  return m === '02' && day === '29' ? `${Number(y) - 1}-02-28` : `${Number(y) - 1}-${m}-${day}`;
}
