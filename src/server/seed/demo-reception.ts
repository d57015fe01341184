import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate, weekday } from '../../domain/dates.js';
import { foldVietnamese } from '../../domain/text.js';
import type { Db } from '../db/database.js';
import type { ReceptionVisitTable } from '../db/schema.js';
import { pick, seededRandom } from './random.js';

type VisitRow = Omit<ReceptionVisitTable, 'created_at'>;

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
const middleNames = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Hồng', 'Ngọc', 'Xuân', 'Thanh'];
const givenNames = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hằng',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quý',
  'Sơn',
  'Tâm',
  'Thảo',
  'Tuấn',
  'Vân',
  'Yến',
];

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

const personName = (rnd: () => number) =>
  `${pick(rnd, familyNames)} ${pick(rnd, middleNames)} ${pick(rnd, givenNames)}`;

/**
 * Three years of reception visits in the Hạ Long wards: regular visits on working days, the leaders'
 * sessions on the 1st and 15th (seed 003), a few large groups on land clearance. Enough for the
 * statistics page to look like a real ward's.
 */
export async function seedReceptionDemo(db: Db, units: SeedUnit[], today: IsoDate) {
  const rnd = seededRandom(20171015);
  const rows: VisitRow[] = [];
  const matterRows: {
    province_id: string;
    id: string;
    admin_unit_id: string;
    unit_path: string;
    title: string;
  }[] = [];
  for (const unit of units) {
    const receipts = new Map<number, number>();
    const groupMatters: string[] = [];
    for (let day = '2024-01-02'; day <= today; day = addDays(day, 1)) {
      const wd = weekday(day);
      if (wd === 0 || wd === 6) continue;
      const fixedDay = day.endsWith('-01') || day.endsWith('-15');
      const count = (rnd() < 0.45 ? 1 : 0) + (fixedDay ? 2 : 0);
      for (let i = 0; i < count; i++) {
        const year = Number(day.slice(0, 4));
        const seq = (receipts.get(year) ?? 0) + 1;
        receipts.set(year, seq);
        const isGroup = rnd() < 0.04;
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
        const leader = fixedDay && i === 0;
        const citizens = Array.from({ length: Math.min(groupSize, isGroup ? 2 : groupSize) }, () => ({
          fullName: personName(rnd),
          idNumber: `0220${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
          isRepresentative: isGroup,
        }));
        const outcome =
          rnd() < 0.02 ? 'refused' : rnd() < 0.45 ? 'petition_received' : rnd() < 0.7 ? 'guided' : 'answered';
        const receipt = `${String(seq).padStart(4, '0')}/${year}/TCD-${unit.code}`;
        rows.push({
          province_id: unit.provinceId,
          id: randomUUID(),
          admin_unit_id: unit.id,
          unit_path: unit.path,
          received_on: day,
          received_at: new Date(`${day}T${String(8 + i).padStart(2, '0')}:30:00+07:00`),
          place: `Trụ sở Đảng ủy - HĐND - UBND ${unit.name.replace('Phường', 'phường')}`,
          kind: leader ? 'leader_periodic' : rnd() < 0.05 ? 'unannounced' : 'regular',
          channel: day >= '2026-07-01' && rnd() < 0.1 ? 'online' : 'in_person',
          receiver_user_id: null,
          receiver_name: leader
            ? `Chủ tịch UBND ${unit.name.replace('Phường', 'phường')}`
            : 'Cán bộ tiếp công dân',
          receiver_is_leader: leader,
          session_id: null,
          matter_id: matterId,
          group_size: groupSize,
          citizens,
          content,
          outcome,
          refusal_reason: outcome === 'refused' ? 'settled_persistent' : null,
          refusal_note: null,
          guidance: outcome === 'refused' ? null : pick(rnd, guidance),
          receipt_no: receipt,
          search_text: foldVietnamese(
            [...citizens.flatMap((c) => [c.fullName, c.idNumber]), content, receipt].join(' '),
          ),
          created_by: null,
        });
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
 * The leaders' reception rules (weekly for a ward chairman, Luật TCD Điều 15 k2 d; the 1st and 15th
 * for the party secretary, seed 003; monthly for the province chairman, Điều 12 k5) and the 2026
 * sessions, two of them missed and one delegated, so the compliance view has something to show.
 */
export async function seedReceptionSchedule(db: Db, province: SeedUnit, wards: SeedUnit[], today: IsoDate) {
  const rnd = seededRandom(2026);
  const rules: {
    id: string;
    unit: SeedUnit;
    title: string;
    frequency: 'weekly' | 'monthly' | 'fixed_days';
    days: number[];
    basis: string;
  }[] = [
    {
      id: randomUUID(),
      unit: province,
      title: 'Chủ tịch UBND tỉnh Quảng Ninh',
      frequency: 'monthly',
      days: [],
      basis: 'Luật Tiếp công dân 2013, Điều 12 khoản 5',
    },
  ];
  for (const w of wards) {
    const ward = w.name.replace('Phường', 'phường');
    rules.push({
      id: randomUUID(),
      unit: w,
      title: `Chủ tịch UBND ${ward}`,
      frequency: 'weekly',
      days: [],
      basis: 'Luật Tiếp công dân 2013, Điều 15 khoản 2 điểm d',
    });
    rules.push({
      id: randomUUID(),
      unit: w,
      title: `Bí thư Đảng ủy ${ward}`,
      frequency: 'fixed_days',
      days: [1, 15],
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
  const sessions = [];
  for (const r of rules.filter((x) => x.frequency === 'fixed_days')) {
    const leader = `${personName(rnd)}`;
    for (let day = '2026-01-01'; day <= today; day = addDays(day, 1)) {
      if (!r.days.includes(Number(day.slice(8)))) continue;
      const missed = rnd() < 0.06;
      const delegated = !missed && day >= '2026-07-01' && rnd() < 0.08;
      sessions.push({
        province_id: r.unit.provinceId,
        id: randomUUID(),
        admin_unit_id: r.unit.id,
        unit_path: r.unit.path,
        rule_id: r.id,
        leader_user_id: null,
        leader_name: leader,
        planned_on: day,
        channel: 'in_person' as const,
        status: missed ? ('cancelled' as const) : ('held' as const),
        held_by_user_id: null,
        held_by_name: missed ? null : delegated ? `Phó Bí thư ${personName(rnd)}` : leader,
        note: missed ? 'Lãnh đạo bận công tác đột xuất, không bố trí được người tiếp' : null,
      });
    }
  }
  if (sessions.length) await db.insertInto('reception_session').values(sessions).execute();
  return { rules: rules.length, sessions: sessions.length };
}
