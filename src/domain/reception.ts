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
  if (rule.frequency === 'weekly') {
    let weeks = 0;
    for (
      let mon = mondayOf(from) < from ? addDays(mondayOf(from), 7) : from;
      daysBetween(mon, to) >= 6;
      mon = addDays(mon, 7)
    )
      weeks += 1;
    return weeks * rule.minPerPeriod;
  }
  if (rule.frequency === 'monthly') {
    let months = 0;
    let [y, m] = from.split('-').map(Number) as [number, number];
    if (!from.endsWith('-01')) m += 1;
    for (;;) {
      if (m > 12) {
        y += 1;
        m = 1;
      }
      const first = `${y}-${String(m).padStart(2, '0')}-01`;
      const last = addDays(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`, -1);
      if (last > to) break;
      if (first >= from) months += 1;
      m += 1;
    }
    return months * rule.minPerPeriod;
  }
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (rule.fixedDays.includes(Number(d.slice(8)))) n += 1;
  return n;
}

/** Since 01/7/2026 a head may not delegate his periodic reception (Luật 136/2025/QH15). */
export const NO_DELEGATION_FROM: IsoDate = '2026-07-01';

export function countsForLeader(session: { plannedOn: IsoDate; heldByLeader: boolean }): boolean {
  return session.heldByLeader || session.plannedOn < NO_DELEGATION_FROM;
}

/** Percent change against the same period a year earlier, one decimal; null when there was nothing before. */
export function changeAgainst(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
