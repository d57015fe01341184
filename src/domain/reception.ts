import { addDays, daysBetween, type IsoDate, weekday } from './dates.js';

/** The only grounds on which reception may be refused (Luật Tiếp công dân 2013, Điều 9). */
export const refusalReasons = {
  incapacitated:
    'Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi',
  disorderly:
    'Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân, người thi hành công vụ hoặc vi phạm nội quy nơi tiếp công dân',
  settled_persistent:
    'Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được kiểm tra, rà soát, thông báo bằng văn bản mà vẫn cố tình khiếu nại, tố cáo kéo dài',
  other_law: 'Trường hợp khác theo quy định của pháp luật',
} as const;
export type RefusalReason = keyof typeof refusalReasons;
export const REFUSAL_BASIS = 'Luật Tiếp công dân 2013, Điều 9';

/** Statistics count groups of 5 or more and of 10 or more people separately. */
export function groupBand(size: number): 'individual' | 'small' | 'group5' | 'group10' {
  if (size >= 10) return 'group10';
  if (size >= 5) return 'group5';
  return size > 1 ? 'small' : 'individual';
}

/**
 * How many representatives a group on one matter may send: 5–10 people → 1 or 2; more than 10 → more,
 * at most 5 (Luật TCD Điều 29 — article UNVERIFIED; for complaints NĐ 124/2020 Điều 6). Fewer than
 * five people need none.
 */
export function representativeLimits(groupSize: number): { min: number; max: number; basis: string } | null {
  if (groupSize < 5) return null;
  const basis = 'Luật Tiếp công dân 2013, Điều 29; Nghị định 124/2020/NĐ-CP, Điều 6';
  return groupSize <= 10 ? { min: 1, max: 2, basis } : { min: 1, max: 5, basis };
}

export type ReceptionFrequency = 'weekly' | 'monthly' | 'fixed_days';

export interface ReceptionRuleSpec {
  frequency: ReceptionFrequency;
  minPerPeriod: number;
  /** Days of the month for 'fixed_days' (e.g. 1 and 15 in Hạ Long, seed 003). */
  fixedDays: readonly number[];
}

/** Monday of the ISO week of `d`. */
const mondayOf = (d: IsoDate) => addDays(d, -((weekday(d) + 6) % 7));

/**
 * The least number of sessions a leader owes in [from, to] (inclusive). Weekly: commune chairman at
 * least one day a week (Luật TCD Điều 15 k2 d); monthly: province chairman and heads of agencies at
 * least one day a month (Điều 12 k5, Điều 18 k2); fixed days: each listed day of the month in the period.
 * Only whole weeks and months inside the period count, so a period cut mid-week owes nothing for it.
 */
export function requiredSessions(rule: ReceptionRuleSpec, from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  // Counted by arithmetic per week and per month, not day by day: 500 leaders over five years took seconds.
  if (rule.frequency === 'weekly') {
    const firstMonday = mondayOf(from) < from ? addDays(mondayOf(from), 7) : from;
    const days = daysBetween(firstMonday, to) + 1;
    return Math.max(0, Math.floor(days / 7)) * rule.minPerPeriod;
  }
  const lo = dayNumber(from);
  const hi = dayNumber(to);
  const days = [...new Set(rule.fixedDays)];
  let n = 0;
  for (
    let y = Math.floor(lo / 10000), m = Math.floor(lo / 100) % 100;
    y * 100 + m <= Math.floor(hi / 100);
  ) {
    const month = y * 10000 + m * 100;
    const length = daysInMonth(y, m);
    if (rule.frequency === 'monthly') {
      if (month + 1 >= lo && month + length <= hi) n += rule.minPerPeriod;
    } else {
      // A listed day the month lacks (the 31st of April) is owed nowhere.
      for (const d of days) if (d >= 1 && d <= length && month + d >= lo && month + d <= hi) n += 1;
    }
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return n;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD, which orders as the dates do. */
const dayNumber = (d: IsoDate) =>
  Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Since 01/7/2026 a head may not delegate his periodic reception (Luật 136/2025/QH15). */
export const NO_DELEGATION_FROM: IsoDate = '2026-07-01';

export function countsForLeader(session: { plannedOn: IsoDate; heldByLeader: boolean }): boolean {
  return session.heldByLeader || session.plannedOn < NO_DELEGATION_FROM;
}

/**
 * A leader's held sessions in a period, as the database counts them: held by himself, and held by a
 * deputy before and from NO_DELEGATION_FROM.
 */
export interface HeldCounts {
  byLeader: number;
  delegatedBefore: number;
  delegatedSince: number;
}

/**
 * Whether a leader met his duty over [from, to]: his sessions that count (countsForLeader: his own, and a
 * deputy's before 01/7/2026) against the least the rule asks (requiredSessions). `delegated` is the
 * deputy's sessions that no longer count for him.
 */
export function assessCompliance(rule: ReceptionRuleSpec, counts: HeldCounts, from: IsoDate, to: IsoDate) {
  const held = counts.byLeader + counts.delegatedBefore;
  const required = requiredSessions(rule, from, to);
  return { required, held, delegated: counts.delegatedSince, compliant: held >= required };
}

/** Percent change against the same period a year earlier, one decimal; null when there was nothing before. */
export function changeAgainst(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
