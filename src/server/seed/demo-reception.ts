import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { createCalendar } from '../../domain/calendar.js';
import { addDays, formatVietnameseDate, type IsoDate, isoDate, weekday } from '../../domain/dates.js';
import { defaultCalendarSettings } from '../../domain/holidays-vn.js';
import { NO_DELEGATION_FROM } from '../../domain/reception.js';
import { foldVietnamese } from '../../domain/text.js';
import type { Db } from '../db/database.js';
import type { ReceptionSessionTable, ReceptionVisitTable } from '../db/schema.js';
import { pick, seededRandom } from './random.js';

type VisitRow = Omit<ReceptionVisitTable, 'created_at'>;
type SessionRow = Insertable<ReceptionSessionTable>;

/** The demo's reception history starts here, for the visits and the leaders' sessions alike. */
const FIRST_DAY: IsoDate = '2024-01-01';
/** Visits and sessions fall on working days: no reception on Tết or on a weekend. */
const calendar = createCalendar(defaultCalendarSettings);
const nextWorkingDay = (d: IsoDate) => {
  let day = d;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
};

interface SeedUnit {
  id: string;
  path: string;
  provinceId: string;
  name: string;
  code: string;
}

const familyNames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
];
// Middle and given names by gender, so that no one is called "Hoàng Thị Dũng".
const names = [
  {
    middle: ['Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu', 'Thanh'],
    given: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Long', 'Nam', 'Quý', 'Sơn', 'Tâm', 'Tuấn'],
  },
  {
    middle: ['Thị', 'Thu', 'Hồng', 'Ngọc', 'Thanh', 'Minh'],
    given: ['Hà', 'Hằng', 'Lan', 'Mai', 'Phương', 'Thảo', 'Vân', 'Yến', 'Hương', 'Linh'],
  },
] as const;

const matters = [
  'Đề nghị xem xét mức bồi thường, hỗ trợ giải phóng mặt bằng dự án mở rộng đường',
  'Phản ánh bụi than, tiếng ồn từ hoạt động vận chuyển than qua khu dân cư',
  'Đề nghị cấp giấy chứng nhận quyền sử dụng đất đối với thửa đất sử dụng ổn định từ năm 1993',
  'Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng',
  'Kiến nghị sửa chữa tuyến đường ngõ xóm xuống cấp, ngập úng khi mưa lớn',
  'Tranh chấp ranh giới đất giữa hai hộ liền kề',
  'Đề nghị giải quyết chế độ chính sách cho người có công với cách mạng',
  'Tố cáo cán bộ địa chính có dấu hiệu sách nhiễu khi giải quyết hồ sơ',
  'Phản ánh việc thu gom rác thải không đúng giờ, gây mất vệ sinh',
  'Đề nghị bố trí tái định cư cho các hộ bị thu hồi đất ở',
];
const guidance = [
  'Hướng dẫn công dân gửi đơn đến UBND phường để được xem xét theo thẩm quyền',
  'Giải thích quy định pháp luật về bồi thường, hỗ trợ khi Nhà nước thu hồi đất',
  'Tiếp nhận đơn, chuyển bộ phận chuyên môn tham mưu giải quyết',
  'Trả lời trực tiếp, công dân đồng tình với nội dung giải thích',
];

const personName = (rnd: () => number) => {
  const { middle, given } = pick(rnd, names);
  return `${pick(rnd, familyNames)} ${pick(rnd, middle)} ${pick(rnd, given)}`;
};

/** "Phường Hà Tu" → "phường Hà Tu", "Tỉnh Quảng Ninh" → "tỉnh Quảng Ninh", inside a longer name. */
const inName = (unitName: string) => unitName.replace(/^(Phường|Xã|Đặc khu|Tỉnh)/, (w) => w.toLowerCase());

/** Time slots of an officer's day at the reception desk (07:30–11:00, 13:30–16:30). */
const deskSlots = [450, 480, 510, 540, 570, 600, 630, 660, 810, 840, 870, 900, 930, 960, 990];
const at = (day: IsoDate, minutes: number) =>
  new Date(
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+07:00`,
  );

interface HeldSession {
  id: string;
  provinceId: string;
  unitId: string;
  unitPath: string;
  unitName: string;
  unitCode: string;
  day: IsoDate;
  leaderName: string;
  heldBy: string;
  channel: 'in_person' | 'online';
}

/**
 * Three years of reception visits: in the Hạ Long wards an officer's regular visits on working days,
 * and at every unit, the province included, the visits of each held leader's session (seeded before by
 * seedReceptionSchedule): received by whoever held it, on its day, counted under it. Cancelled and
 * future sessions have none. Enough for the statistics page to look like a real ward's.
 */
export async function seedReceptionDemo(db: Db, units: SeedUnit[], today: IsoDate) {
  const held: HeldSession[] = (
    await db
      .selectFrom('reception_session as s')
      .innerJoin('admin_unit as u', 'u.id', 's.admin_unit_id')
      .select([
        's.id',
        's.province_id',
        's.admin_unit_id',
        's.unit_path',
        's.planned_on',
        's.leader_name',
        's.held_by_name',
        's.channel',
        'u.name',
        'u.code',
      ])
      .where('s.status', '=', 'held')
      .where('s.planned_on', '<=', today)
      .execute()
  ).map((s) => ({
    id: s.id,
    provinceId: s.province_id,
    unitId: s.admin_unit_id,
    unitPath: s.unit_path,
    unitName: s.name,
    unitCode: s.code,
    day: s.planned_on,
    leaderName: s.leader_name,
    heldBy: s.held_by_name ?? s.leader_name,
    channel: s.channel,
  }));
  // The random stream must not follow the database's row order: sort on the data itself.
  const byDay = new Map<string, HeldSession[]>();
  for (const s of held.sort((a, b) =>
    a.leaderName < b.leaderName ? -1 : a.leaderName > b.leaderName ? 1 : 0,
  )) {
    const key = `${s.unitId}|${s.day}`;
    byDay.set(key, [...(byDay.get(key) ?? []), s]);
  }
  const desks = new Set(units.map((u) => u.id));
  const allUnits = [...units];
  for (const s of held) {
    if (allUnits.some((u) => u.id === s.unitId)) continue;
    allUnits.push({
      id: s.unitId,
      path: s.unitPath,
      provinceId: s.provinceId,
      name: s.unitName,
      code: s.unitCode,
    });
  }
  allUnits.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const rows: VisitRow[] = [];
  const matterRows: {
    province_id: string;
    id: string;
    admin_unit_id: string;
    unit_path: string;
    title: string;
  }[] = [];
  for (const [u, unit] of allUnits.entries()) {
    // A stream per unit: its history reads the same whichever day the demo is loaded.
    const rnd = seededRandom(20171015 + u);
    const isDesk = desks.has(unit.id);
    const place = isDesk
      ? `Trụ sở Đảng ủy - HĐND - UBND ${inName(unit.name)}`
      : `Trụ sở Tiếp công dân ${inName(unit.name)}`;
    const receipts = new Map<number, number>();
    const groupMatters: string[] = [];
    const visit = (day: IsoDate, minutes: number, session: HeldSession | null): VisitRow => {
      // The province chairman's monthly session draws the large groups.
      const isGroup = rnd() < (isDesk ? 0.04 : 0.15);
      const groupSize = isGroup ? 5 + Math.floor(rnd() * 25) : rnd() < 0.15 ? 2 : 1;
      const content = pick(rnd, matters);
      let matterId: string = randomUUID();
      // Large groups come back on the same matter: reuse one in three times.
      if (isGroup && groupMatters.length && rnd() < 0.35) matterId = pick(rnd, groupMatters);
      else {
        matterRows.push({
          province_id: unit.provinceId,
          id: matterId,
          admin_unit_id: unit.id,
          unit_path: unit.path,
          title: content,
        });
        if (isGroup) groupMatters.push(matterId);
      }
      const citizens = Array.from({ length: Math.min(groupSize, isGroup ? 2 : groupSize) }, () => ({
        fullName: personName(rnd),
        idNumber: `0220${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
        isRepresentative: isGroup,
      }));
      const outcome =
        rnd() < 0.02 ? 'refused' : rnd() < 0.45 ? 'petition_received' : rnd() < 0.7 ? 'guided' : 'answered';
      return {
        province_id: unit.provinceId,
        id: randomUUID(),
        admin_unit_id: unit.id,
        unit_path: unit.path,
        received_on: day,
        received_at: at(day, minutes),
        place,
        kind: session ? 'leader_periodic' : rnd() < 0.05 ? 'unannounced' : 'regular',
        channel: session ? session.channel : day >= '2026-07-01' && rnd() < 0.1 ? 'online' : 'in_person',
        receiver_user_id: null,
        receiver_name: session ? session.heldBy : 'Cán bộ tiếp công dân',
        receiver_is_leader: session !== null,
        session_id: session ? session.id : null,
        matter_id: matterId,
        group_size: groupSize,
        citizens,
        content,
        outcome,
        refusal_reason: outcome === 'refused' ? 'settled_persistent' : null,
        refusal_note: null,
        guidance: outcome === 'refused' ? null : pick(rnd, guidance),
        // Numbered below, once the day's visits are in time order.
        receipt_no: '',
        search_text: '',
        created_by: null,
      };
    };
    for (let day = FIRST_DAY; day <= today; day = addDays(day, 1)) {
      if (!calendar.isWorkingDay(day)) continue;
      const dayRows: VisitRow[] = [];
      // A leader receives from 07:30 (a second session that day, from 13:30), a citizen every 40 minutes.
      for (const [i, s] of (byDay.get(`${unit.id}|${day}`) ?? []).entries()) {
        const r = rnd();
        const count = isDesk ? (r < 0.7 ? 1 : r < 0.95 ? 2 : 3) : 3 + Math.floor(r * 5);
        for (let k = 0; k < count; k++) dayRows.push(visit(day, (i === 0 ? 450 : 810) + k * 40, s));
      }
      if (isDesk && rnd() < 0.45) dayRows.push(visit(day, pick(rnd, deskSlots), null));
      dayRows.sort((a, b) => a.received_at.getTime() - b.received_at.getTime());
      const year = Number(day.slice(0, 4));
      for (const row of dayRows) {
        const seq = (receipts.get(year) ?? 0) + 1;
        receipts.set(year, seq);
        row.receipt_no = `${String(seq).padStart(4, '0')}/${year}/TCD-${unit.code}`;
        row.search_text = foldVietnamese(
          [
            ...(row.citizens as { fullName: string; idNumber: string }[]).flatMap((c) => [
              c.fullName,
              c.idNumber,
            ]),
            row.content,
            row.receipt_no,
          ].join(' '),
        );
        rows.push(row);
      }
    }
  }
  for (let i = 0; i < matterRows.length; i += 1000)
    await db
      .insertInto('matter')
      .values(matterRows.slice(i, i + 1000))
      .execute();
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map((r) => ({ ...r, citizens: JSON.stringify(r.citizens) }));
    await db.insertInto('reception_visit').values(batch).execute();
  }
  return rows.length;
}

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
