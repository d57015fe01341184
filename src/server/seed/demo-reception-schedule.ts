import { randomUUID } from 'node:crypto';
import { addDays, formatVietnameseDate, type IsoDate, isoDate, weekday } from '../../domain/dates.js';
import { NO_DELEGATION_FROM } from '../../domain/reception.js';
import type { Db } from '../db/database.js';
import {
  FIRST_DAY,
  inName,
  nextWorkingDay,
  personName,
  type SeedUnit,
  type SessionRow,
} from './demo-reception.js';
import { pick, seededRandom } from './random.js';

// The leaders' reception duties of the demo: their rules, and the sessions held, delegated or missed since
// 2024, which the visits of demo-reception.ts then fill.

/** Wards of Hạ Long and the mining cities whose reception work the demo shows. */
export const demoReceptionCodes = [
  '06652',
  '06658',
  '06661',
  '06673',
  '06676',
  '06685',
  '06688',
  '06706',
  '07030',
  '06778',
  '06793',
  '06811',
];

/**
 * How faithfully a leader keeps his reception days: two in three never miss one, the others miss now
 * and then or often, and hand more of them to a deputy (which no longer counts from 01/7/2026).
 */
const habits = [
  { miss: 0, delegate: 0.04 },
  { miss: 0, delegate: 0.04 },
  { miss: 0, delegate: 0.06 },
  { miss: 0, delegate: 0.06 },
  { miss: 0.02, delegate: 0.08 },
  { miss: 0.1, delegate: 0.15 },
] as const;

const missReasons = [
  'Lãnh đạo bận công tác đột xuất, không bố trí được người tiếp',
  'Lãnh đạo đi công tác ngoài tỉnh, chưa bố trí buổi tiếp bù',
  'Trùng hội nghị của cấp trên, không tổ chức tiếp',
  'Hoãn do ảnh hưởng của mưa bão',
];

/** The days a rule asks for in [from, to], before a day off moves them. */
function dutyDays(
  rule: { frequency: 'weekly' | 'monthly' | 'fixed_days'; days: number[]; weekday: number },
  from: IsoDate,
  to: IsoDate,
): IsoDate[] {
  const out: IsoDate[] = [];
  if (rule.frequency === 'weekly') {
    for (let d = addDays(from, (rule.weekday - weekday(from) + 7) % 7); d <= to; d = addDays(d, 7))
      out.push(d);
    return out;
  }
  const [y0, m0] = from.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const first = isoDate(y0, m0 + i, 1);
    if (first > to) return out;
    // The province chairman receives on the 20th (Điều 12 k5 asks one day a month).
    for (const d of rule.frequency === 'monthly' ? [20] : rule.days) {
      const day = isoDate(y0, m0 + i, d);
      if (day >= from && day <= to) out.push(day);
    }
  }
}

/**
 * The leaders' reception rules (weekly for a ward chairman, Luật TCD Điều 15 k2 d; the 1st and 15th
 * for the party secretary, seed 003; monthly for the province chairman, Điều 12 k5) and their sessions
 * from 2024 to the end of next month. A duty day that is a day off moves to the next working day. Past
 * sessions were held, by the leader or a deputy, or cancelled: some leaders miss often and fall below
 * the minimum in the compliance view. Sessions from today on are planned.
 */
export async function seedReceptionSchedule(db: Db, province: SeedUnit, wards: SeedUnit[], today: IsoDate) {
  const rnd = seededRandom(2026);
  const rules: {
    id: string;
    unit: SeedUnit;
    title: string;
    deputy: string;
    frequency: 'weekly' | 'monthly' | 'fixed_days';
    days: number[];
    weekday: number;
    basis: string;
  }[] = [
    {
      id: randomUUID(),
      unit: province,
      title: 'Chủ tịch UBND tỉnh Quảng Ninh',
      deputy: 'Phó Chủ tịch UBND tỉnh',
      frequency: 'monthly',
      days: [],
      weekday: 0,
      basis: 'Luật Tiếp công dân 2013, Điều 12 khoản 5',
    },
  ];
  for (const w of wards) {
    const ward = inName(w.name);
    rules.push({
      id: randomUUID(),
      unit: w,
      title: `Chủ tịch UBND ${ward}`,
      deputy: 'Phó Chủ tịch UBND',
      frequency: 'weekly',
      days: [],
      // Each ward chairman has his own day of the week, Tuesday to Friday.
      weekday: 2 + Math.floor(rnd() * 4),
      basis: 'Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d',
    });
    rules.push({
      id: randomUUID(),
      unit: w,
      title: `Bí thư Đảng ủy ${ward}`,
      deputy: 'Phó Bí thư Đảng ủy',
      frequency: 'fixed_days',
      days: [1, 15],
      weekday: 0,
      basis: 'Quy định của Thành ủy Hạ Long: tiếp dân ngày 1 và 15 hằng tháng',
    });
  }
  await db
    .insertInto('reception_rule')
    .values(
      rules.map((r) => ({
        id: r.id,
        admin_unit_id: r.unit.id,
        leader_title: r.title,
        leader_user_id: null,
        frequency: r.frequency,
        min_per_period: 1,
        fixed_days: JSON.stringify(r.days),
        basis: r.basis,
      })),
    )
    .execute();
  const [y, m] = today.split('-').map(Number) as [number, number];
  const horizon = addDays(isoDate(y, m + 2, 1), -1);
  const sessions: SessionRow[] = [];
  for (const [i, r] of rules.entries()) {
    // A stream per leader: his history reads the same whichever day the demo is loaded.
    const rnd = seededRandom(202600 + i);
    const leader = personName(rnd);
    const deputy = `${personName(rnd)} (${r.deputy})`;
    const habit = pick(rnd, habits);
    const taken = new Set<IsoDate>();
    for (const due of dutyDays(r, FIRST_DAY, horizon)) {
      let day = nextWorkingDay(due);
      while (taken.has(day)) day = nextWorkingDay(addDays(day, 1));
      taken.add(day);
      const moved = day === due ? null : `Lùi từ ngày ${formatVietnameseDate(due)} do trùng ngày nghỉ`;
      const past = day < today;
      const missed = past && rnd() < habit.miss;
      // A diligent leader stops handing his days over once they no longer count for him.
      const delegateRate = habit.miss === 0 && day >= NO_DELEGATION_FROM ? 0 : habit.delegate;
      const delegated = past && !missed && rnd() < delegateRate;
      sessions.push({
        province_id: r.unit.provinceId,
        id: randomUUID(),
        admin_unit_id: r.unit.id,
        unit_path: r.unit.path,
        rule_id: r.id,
        leader_user_id: null,
        leader_name: leader,
        planned_on: day,
        channel: 'in_person',
        status: !past ? 'planned' : missed ? 'cancelled' : 'held',
        held_by_user_id: null,
        held_by_name: !past || missed ? null : delegated ? deputy : leader,
        note: missed ? pick(rnd, missReasons) : moved,
      });
    }
  }
  for (let i = 0; i < sessions.length; i += 500)
    await db
      .insertInto('reception_session')
      .values(sessions.slice(i, i + 500))
      .execute();
  return { rules: rules.length, sessions: sessions.length };
}
