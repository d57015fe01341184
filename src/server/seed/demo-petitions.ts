import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { createCalendar } from '../../domain/calendar.js';
import { addDays, type IsoDate, weekday } from '../../domain/dates.js';
import { defaultCalendarSettings } from '../../domain/holidays-vn.js';
import { computeDeadline, type DeadlineRuleId } from '../../domain/legal-rules.js';
import { foldVietnamese } from '../../domain/text.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Db } from '../db/database.js';
import type { PetitionTable } from '../db/schema.js';
import { pick, seededRandom } from './random.js';

interface SeedUnit {
  id: string;
  path: string;
  provinceId: string;
  name: string;
}

type Kind = 'complaint' | 'denunciation' | 'recommendation' | 'feedback';
const subjects: Record<Kind, string[]> = {
  complaint: [
    'Khiếu nại quyết định thu hồi đất thực hiện dự án mở rộng đường',
    'Khiếu nại mức bồi thường, hỗ trợ khi giải phóng mặt bằng',
    'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng',
  ],
  denunciation: [
    'Tố cáo cán bộ có dấu hiệu sách nhiễu khi giải quyết hồ sơ đất đai',
    'Tố cáo việc thu sai quy định các khoản đóng góp của nhân dân',
  ],
  recommendation: [
    'Kiến nghị sửa chữa tuyến đường nội khu bị xuống cấp',
    'Kiến nghị bố trí thêm điểm thu gom rác thải sinh hoạt',
    'Kiến nghị xem xét chế độ cho người có công với cách mạng',
  ],
  feedback: [
    'Phản ánh bụi than từ xe vận chuyển qua khu dân cư',
    'Phản ánh tình trạng lấn chiếm vỉa hè kinh doanh',
    'Phản ánh đèn chiếu sáng công cộng bị hỏng kéo dài',
  ],
};
const names = [
  'Nguyễn Văn Hải',
  'Trần Thị Thu',
  'Lê Đức Minh',
  'Phạm Thị Hoa',
  'Vũ Văn Nam',
  'Đặng Thị Yến',
  'Bùi Quang Huy',
  'Hoàng Văn Long',
];
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const ruleFor = (kind: Kind): DeadlineRuleId =>
  kind === 'complaint'
    ? 'complaint_first_instance'
    : kind === 'denunciation'
      ? 'denunciation_resolution'
      : 'recommendation_answer';

/**
 * About three thousand petitions since 2024 in the demo wards, in every state of the workflow, some
 * overdue, the resolved ones mostly rated: enough for the lists and statistics to look real.
 */
export async function seedPetitionDemo(
  db: Db,
  units: SeedUnit[],
  provinceCode: string,
  today: IsoDate,
  box: SecretBox,
) {
  const rnd = seededRandom(2024);
  const cal = createCalendar(defaultCalendarSettings);
  const rows: Insertable<PetitionTable>[] = [];
  for (const unit of units) {
    for (let day = '2024-01-02'; day <= today; day = addDays(day, 1)) {
      if (weekday(day) === 0 || weekday(day) === 6 || rnd() > 0.35) continue;
      const r = rnd();
      const kind: Kind =
        r < 0.3 ? 'complaint' : r < 0.4 ? 'denunciation' : r < 0.7 ? 'recommendation' : 'feedback';
      const age = Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
      const sender = {
        name: pick(rnd, names),
        idNumber: `0220${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
      };
      const inCompetence = rnd() < 0.8;
      const handling = computeDeadline(
        kind === 'denunciation' ? 'denunciation_classification' : 'petition_handling',
        day,
        { remote: false, complex: false },
        cal,
      );
      const acceptedOn = addDays(day, 5);
      const resolution = computeDeadline(ruleFor(kind), acceptedOn, { remote: false, complex: false }, cal);
      // Old petitions are finished; recent ones are still on their way; a few were left overdue.
      let status = 'received';
      if (!inCompetence) status = age > 10 ? (rnd() < 0.5 ? 'guided' : 'forwarded') : 'classified';
      else if (age > 60) status = rnd() < 0.06 ? 'accepted' : rnd() < 0.7 ? 'closed' : 'resolved';
      else if (age > 8) status = rnd() < 0.5 ? 'accepted' : 'resolved';
      else if (age > 2) status = 'classified';
      const resolvedOn = ['resolved', 'closed'].includes(status)
        ? addDays(acceptedOn, Math.floor(rnd() * 40))
        : null;
      const tail = Array.from({ length: 8 }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('');
      const code = `${provinceCode}-${day.slice(2, 4)}${tail}`;
      const subject = pick(rnd, subjects[kind]);
      const secret = kind === 'denunciation';
      rows.push({
        province_id: unit.provinceId,
        id: randomUUID(),
        tracking_code: code,
        admin_unit_id: unit.id,
        unit_path: unit.path,
        matter_id: randomUUID(),
        channel: pick(rnd, ['in_person', 'in_person', 'post', 'online', 'hotline', 'forwarded'] as const),
        received_on: day,
        received_at: new Date(`${day}T09:00:00+07:00`),
        kind,
        status,
        instance: kind === 'complaint' ? 1 : null,
        subject,
        content: `${subject}. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định của pháp luật.`,
        is_anonymous: false,
        is_remote: false,
        complexity: 'normal',
        signer_count: rnd() < 0.05 ? 5 + Math.floor(rnd() * 20) : 1,
        sender_name: secret ? null : sender.name,
        sender_id_number: secret ? null : sender.idNumber,
        denouncer_secret: secret ? box.seal(sender) : null,
        sender_fingerprint: box.fingerprint(`id:${sender.idNumber}`),
        accused_name: secret ? 'Cán bộ địa chính phường' : null,
        competence: status === 'received' ? null : inCompetence ? 'in' : 'out',
        handling_due_on: handling.dueOn,
        resolution_due_on: ['accepted', 'resolved', 'closed'].includes(status) ? resolution.dueOn : null,
        resolution_basis: ['accepted', 'resolved', 'closed'].includes(status) ? resolution.basis : null,
        accepted_on: ['accepted', 'resolved', 'closed'].includes(status) ? acceptedOn : null,
        resolved_on: resolvedOn,
        decision_no:
          resolvedOn && (kind === 'complaint' || kind === 'denunciation')
            ? `${Math.floor(rnd() * 900) + 100}/QĐ-UBND`
            : null,
        decision_date: resolvedOn && (kind === 'complaint' || kind === 'denunciation') ? resolvedOn : null,
        result_summary: resolvedOn ? 'Đã xem xét, trả lời người gửi đơn bằng văn bản' : null,
        guided_to: status === 'guided' ? 'Tòa án nhân dân khu vực' : null,
        forwarded_to: status === 'forwarded' ? 'UBND tỉnh Quảng Ninh' : null,
        rating: status === 'closed' ? 3 + Math.floor(rnd() * 3) : null,
        search_text: foldVietnamese(
          `${subject} ${code} ${secret ? '' : `${sender.name} ${sender.idNumber}`}`,
        ),
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('petition')
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

/**
 * The demo citizen has a history to look at in "Đơn của tôi": a few of his ward's petitions, one in
 * each stage, are his.
 */
export async function giveCitizenHistory(
  db: Db,
  citizen: { id: string; fullName: string; unitId: string },
  box: SecretBox,
) {
  const idNumber = '022090001234';
  for (const status of ['closed', 'resolved', 'accepted', 'classified']) {
    const row = await db
      .selectFrom('petition')
      .select(['province_id', 'id', 'subject', 'tracking_code'])
      .where('admin_unit_id', '=', citizen.unitId)
      .where('status', '=', status)
      .where('kind', 'in', ['complaint', 'recommendation', 'feedback'])
      .orderBy('received_on', 'desc')
      .executeTakeFirst();
    if (!row) continue;
    await db
      .updateTable('petition')
      .set({
        citizen_user_id: citizen.id,
        channel: 'online',
        sender_name: citizen.fullName,
        sender_id_number: idNumber,
        sender_fingerprint: box.fingerprint(`id:${idNumber}`),
        search_text: foldVietnamese(`${row.subject} ${row.tracking_code} ${citizen.fullName} ${idNumber}`),
      })
      .where('province_id', '=', row.province_id)
      .where('id', '=', row.id)
      .execute();
  }
}
