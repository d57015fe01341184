import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { createCalendar } from '../../domain/calendar.js';
import { addDays, type IsoDate } from '../../domain/dates.js';
import { defaultCalendarSettings } from '../../domain/holidays-vn.js';
import { foldVietnamese } from '../../domain/text.js';
import type { Db } from '../db/database.js';
import type { ReceptionSessionTable, ReceptionVisitTable } from '../db/schema.js';
import { pick, seededRandom } from './random.js';

type VisitRow = Omit<ReceptionVisitTable, 'created_at'>;
export type SessionRow = Insertable<ReceptionSessionTable>;

/** The demo's reception history starts here, for the visits and the leaders' sessions alike. */
export const FIRST_DAY: IsoDate = '2024-01-01';
/** Visits and sessions fall on working days: no reception on Tết or on a weekend. */
const calendar = createCalendar(defaultCalendarSettings);
export const nextWorkingDay = (d: IsoDate) => {
  let day = d;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
};

export interface SeedUnit {
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

export const personName = (rnd: () => number) => {
  const { middle, given } = pick(rnd, names);
  return `${pick(rnd, familyNames)} ${pick(rnd, middle)} ${pick(rnd, given)}`;
};

/** "Phường Hà Tu" → "phường Hà Tu", "Tỉnh Quảng Ninh" → "tỉnh Quảng Ninh", inside a longer name. */
export const inName = (unitName: string) =>
  unitName.replace(/^(Phường|Xã|Đặc khu|Tỉnh)/, (w) => w.toLowerCase());

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
        citizens_secret: null,
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
