import type { ReceptionRule, SessionStatus, Visit, VisitChannel, VisitKind, VisitOutcome } from './types';

type Labelled = { label: string; color: string };

export const kindLabels: Record<VisitKind, Labelled> = {
  regular: { label: 'Thường xuyên', color: 'blue' },
  leader_periodic: { label: 'Định kỳ (lãnh đạo)', color: 'purple' },
  unannounced: { label: 'Đột xuất', color: 'orange' },
};

export const channelLabels: Record<VisitChannel, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
};

export const outcomeLabels: Record<VisitOutcome, Labelled> = {
  guided: { label: 'Hướng dẫn', color: 'cyan' },
  petition_received: { label: 'Nhận đơn', color: 'geekblue' },
  answered: { label: 'Trả lời trực tiếp', color: 'green' },
  refused: { label: 'Từ chối tiếp', color: 'red' },
};

export const sessionStatusLabels: Record<SessionStatus, Labelled> = {
  planned: { label: 'Dự kiến', color: 'blue' },
  held: { label: 'Đã tiếp', color: 'green' },
  cancelled: { label: 'Hủy', color: 'default' },
};

export const frequencyOptions = [
  { value: 'weekly', label: 'Hằng tuần' },
  { value: 'monthly', label: 'Hằng tháng' },
  { value: 'fixed_days', label: 'Ngày cố định trong tháng' },
] as const;

/** "Hằng tuần", "Hằng tháng (2 buổi)", "Ngày cố định: 1, 15". */
export function frequencyLabel(
  rule: Pick<ReceptionRule, 'frequency' | 'minPerPeriod' | 'fixedDays'>,
): string {
  if (rule.frequency === 'fixed_days') return `Ngày cố định: ${rule.fixedDays.join(', ')}`;
  const base = rule.frequency === 'weekly' ? 'Hằng tuần' : 'Hằng tháng';
  return rule.minPerPeriod > 1 ? `${base} (${rule.minPerPeriod} buổi)` : base;
}

/** The name the logbook shows for a visit: the (first) representative, and how many came with him. */
export function citizenSummary(visit: Pick<Visit, 'citizens' | 'groupSize'>): {
  name: string;
  extra: string;
} {
  const lead = visit.citizens.find((c) => c.isRepresentative) ?? visit.citizens[0];
  const name = lead?.fullName ?? '(không ghi tên)';
  if (visit.groupSize >= 5) return { name, extra: `Đoàn ${visit.groupSize} người` };
  if (visit.groupSize > 1) return { name, extra: `và ${visit.groupSize - 1} người` };
  return { name, extra: '' };
}
