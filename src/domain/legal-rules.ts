import type { WorkingCalendar } from './calendar.js';
import type { IsoDate } from './dates.js';
import { addCalendarDays, addWorkingDays } from './deadline.js';

export type DayCount = 'calendar' | 'working';

/** The circumstances that lengthen a period: a remote/disadvantaged area, a complex case. */
export interface CaseTraits {
  remote: boolean;
  complex: boolean;
}

/**
 * A period set by law. `days` may depend on the case's traits; `dayCount` says whether the law counts
 * calendar days ("ngày", BLDS 2015 Điều 145) or working days ("ngày làm việc"). Figures a unit may read
 * differently are configurable through overrides; `verified` is false where the article is not confirmed.
 */
export interface DeadlineRule {
  id: DeadlineRuleId;
  title: string;
  basis: string;
  inForceFrom: IsoDate;
  dayCount: DayCount;
  days: (t: CaseTraits) => number;
  verified: boolean;
}

export type DeadlineRuleId =
  | 'reception_reply'
  | 'petition_handling'
  | 'complaint_lodging'
  | 'complaint_acceptance'
  | 'complaint_first_instance'
  | 'complaint_second_lodging'
  | 'complaint_second_instance'
  | 'complaint_decision_effect'
  | 'denunciation_classification'
  | 'denunciation_forwarding'
  | 'denunciation_notice'
  | 'denunciation_resolution'
  | 'denunciation_extension'
  | 'denunciation_conclusion_notice'
  | 'recommendation_answer';

const fixed = (n: number) => () => n;
const KN = 'Luật Khiếu nại 02/2011/QH13';
const TC = 'Luật Tố cáo 25/2018/QH14';

export const deadlineRules: Record<DeadlineRuleId, DeadlineRule> = {
  reception_reply: {
    id: 'reception_reply',
    title: 'Trả lời công dân về việc thụ lý, chuyển hoặc không thụ lý nội dung trình bày',
    basis: 'Luật Tiếp công dân 2013, Điều 28 khoản 1',
    inForceFrom: '2014-07-01',
    dayCount: 'working',
    days: fixed(10),
    verified: true,
  },
  petition_handling: {
    id: 'petition_handling',
    title: 'Xử lý đơn (thụ lý, hướng dẫn, chuyển hoặc lưu)',
    basis: 'Thông tư 05/2021/TT-TTCP (quy trình xử lý đơn; điều khoản chưa xác minh)',
    inForceFrom: '2021-11-15',
    dayCount: 'working',
    days: fixed(10),
    verified: false,
  },
  complaint_lodging: {
    id: 'complaint_lodging',
    title: 'Thời hiệu khiếu nại',
    basis: `${KN}, Điều 9`,
    inForceFrom: '2012-07-01',
    dayCount: 'calendar',
    days: fixed(90),
    verified: true,
  },
  complaint_acceptance: {
    id: 'complaint_acceptance',
    title: 'Thụ lý khiếu nại lần đầu',
    basis: `${KN}, Điều 27`,
    inForceFrom: '2012-07-01',
    dayCount: 'calendar',
    days: fixed(10),
    verified: true,
  },
  complaint_first_instance: {
    id: 'complaint_first_instance',
    title: 'Giải quyết khiếu nại lần đầu',
    basis: `${KN}, Điều 28`,
    inForceFrom: '2012-07-01',
    dayCount: 'calendar',
    // 30 days, 45 if complex; remote/disadvantaged areas 45, complex 60
    days: ({ remote, complex }) => (remote ? (complex ? 60 : 45) : complex ? 45 : 30),
    verified: true,
  },
  complaint_second_lodging: {
    id: 'complaint_second_lodging',
    title: 'Thời hạn khiếu nại lần hai',
    basis: `${KN}, Điều 33`,
    inForceFrom: '2012-07-01',
    dayCount: 'calendar',
    days: ({ remote }) => (remote ? 45 : 30),
    verified: true,
  },
  complaint_second_instance: {
    id: 'complaint_second_instance',
    title: 'Giải quyết khiếu nại lần hai',
    basis: `${KN}, Điều 37`,
    inForceFrom: '2012-07-01',
    dayCount: 'calendar',
    // 45 days, 60 if complex; remote 60, complex 70
    days: ({ remote, complex }) => (remote ? (complex ? 70 : 60) : complex ? 60 : 45),
    verified: true,
  },
  complaint_decision_effect: {
    id: 'complaint_decision_effect',
    title: 'Quyết định giải quyết khiếu nại có hiệu lực',
    basis: `${KN}, Điều 44`,
    inForceFrom: '2012-07-01',
    dayCount: 'calendar',
    days: ({ remote }) => (remote ? 45 : 30),
    verified: true,
  },
  denunciation_classification: {
    id: 'denunciation_classification',
    title: 'Vào sổ, phân loại, kiểm tra điều kiện thụ lý tố cáo',
    basis: `${TC}, Điều 24 khoản 1`,
    inForceFrom: '2019-01-01',
    dayCount: 'working',
    // 7 working days; 10 when checks at several places are needed (recorded as "complex" here)
    days: ({ complex }) => (complex ? 10 : 7),
    verified: true,
  },
  denunciation_forwarding: {
    id: 'denunciation_forwarding',
    title: 'Chuyển tố cáo không thuộc thẩm quyền',
    basis: `${TC}, Điều 24 khoản 2`,
    inForceFrom: '2019-01-01',
    dayCount: 'working',
    days: fixed(5),
    verified: true,
  },
  denunciation_notice: {
    id: 'denunciation_notice',
    title: 'Thông báo thụ lý cho người tố cáo và người bị tố cáo',
    basis: `${TC}, Điều 29 khoản 3`,
    inForceFrom: '2019-01-01',
    dayCount: 'working',
    days: fixed(5),
    verified: true,
  },
  denunciation_resolution: {
    id: 'denunciation_resolution',
    title: 'Giải quyết tố cáo',
    basis: `${TC}, Điều 30`,
    inForceFrom: '2019-01-01',
    dayCount: 'calendar',
    days: fixed(30),
    verified: true,
  },
  denunciation_extension: {
    id: 'denunciation_extension',
    title: 'Gia hạn giải quyết tố cáo (mỗi lần)',
    basis: `${TC}, Điều 30 (phức tạp: 1 lần; đặc biệt phức tạp: 2 lần)`,
    inForceFrom: '2019-01-01',
    dayCount: 'calendar',
    days: fixed(30),
    verified: true,
  },
  denunciation_conclusion_notice: {
    id: 'denunciation_conclusion_notice',
    title: 'Gửi kết luận nội dung tố cáo, thông báo cho người tố cáo',
    basis: `${TC}, Điều 35 khoản 3`,
    inForceFrom: '2019-01-01',
    dayCount: 'working',
    days: fixed(5),
    verified: true,
  },
  recommendation_answer: {
    id: 'recommendation_answer',
    title: 'Trả lời kiến nghị, phản ánh (chỉ tiêu phục vụ)',
    basis: 'Không có thời hạn luật định; chỉ tiêu của đơn vị (mặc định 15 ngày làm việc)',
    inForceFrom: '2021-11-15',
    dayCount: 'working',
    days: fixed(15),
    verified: false,
  },
};

/** A unit's own reading of a rule: some provinces count the 10 days of petition handling as working days. */
export interface RuleOverride {
  days?: number;
  dayCount?: DayCount;
}

export interface Deadline {
  ruleId: DeadlineRuleId;
  dueOn: IsoDate;
  days: number;
  dayCount: DayCount;
  basis: string;
  verified: boolean;
}

/** Denunciations may be extended once if complex, twice if especially complex (Luật Tố cáo Điều 30). */
export function maxDenunciationExtensions(complexity: 'normal' | 'complex' | 'especially_complex'): number {
  return { normal: 0, complex: 1, especially_complex: 2 }[complexity];
}

/** The due date of a rule counted from `from` (the event's day, which itself is not counted). */
export function computeDeadline(
  ruleId: DeadlineRuleId,
  from: IsoDate,
  traits: CaseTraits,
  cal: WorkingCalendar,
  override: RuleOverride = {},
): Deadline {
  const rule = deadlineRules[ruleId];
  const days = override.days ?? rule.days(traits);
  const dayCount = override.dayCount ?? rule.dayCount;
  const dueOn = dayCount === 'working' ? addWorkingDays(from, days, cal) : addCalendarDays(from, days, cal);
  const basis = override.days || override.dayCount ? `${rule.basis} — theo cấu hình của đơn vị` : rule.basis;
  return { ruleId, dueOn, days, dayCount, basis, verified: rule.verified };
}

/**
 * What follows a complaint decision (Luật Khiếu nại 2011). After a first decision the complainant may
 * lodge a second complaint within the Điều 33 window; a decision, first or second, takes legal effect
 * once the Điều 44 period has passed without a further complaint. Both are counted from the decision's
 * date: the day the complainant received it is not recorded, and it is never earlier.
 */
export function complaintDecisionPeriods(
  decisionDate: IsoDate,
  instance: 1 | 2,
  traits: CaseTraits,
  cal: WorkingCalendar,
): { secondComplaintUntil: Deadline | null; effectiveAfter: Deadline } {
  return {
    secondComplaintUntil:
      instance === 1 ? computeDeadline('complaint_second_lodging', decisionDate, traits, cal) : null,
    effectiveAfter: computeDeadline('complaint_decision_effect', decisionDate, traits, cal),
  };
}
