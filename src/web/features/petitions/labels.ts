import {
  type PetitionAction,
  type PetitionKind,
  type PetitionStatus,
  petitionActionName,
  petitionActions,
  petitionKinds,
  petitionStatuses,
  petitionStatusName,
} from '../../../domain/petition-workflow';
import type { Competence, Complexity, PetitionChannel } from './types';

export const kindLabels: Record<PetitionKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  feedback: 'Phản ánh',
};

const kindColors: Record<PetitionKind, string> = {
  complaint: 'volcano',
  denunciation: 'magenta',
  recommendation: 'blue',
  feedback: 'cyan',
};

export function kindLabel(kind: PetitionKind | null | undefined): string {
  return kind ? kindLabels[kind] : 'Chưa phân loại';
}

export function kindColor(kind: PetitionKind | null | undefined): string {
  return kind ? kindColors[kind] : 'default';
}

export const kindOptions = petitionKinds.map((k) => ({ value: k, label: kindLabels[k] }));

export const channelLabels: Record<PetitionChannel, string> = {
  in_person: 'Trực tiếp',
  post: 'Qua bưu chính',
  online: 'Cổng trực tuyến',
  hotline: 'Đường dây nóng',
  forwarded: 'Cơ quan khác chuyển đến',
};

export function channelLabel(channel: string): string {
  return channel in channelLabels ? channelLabels[channel as PetitionChannel] : channel;
}

export const channelOptions = (Object.keys(channelLabels) as PetitionChannel[]).map((c) => ({
  value: c,
  label: channelLabels[c],
}));

export const competenceLabels: Record<Competence, string> = {
  in: 'Thuộc thẩm quyền',
  out: 'Không thuộc thẩm quyền',
};

export const complexityLabels: Record<Complexity, string> = {
  normal: 'Bình thường',
  complex: 'Phức tạp',
  especially_complex: 'Đặc biệt phức tạp',
};

export function complexityLabel(value: string): string {
  return value in complexityLabels ? complexityLabels[value as Complexity] : value;
}

const statusColors: Record<PetitionStatus, string> = {
  received: 'blue',
  classified: 'geekblue',
  accepted: 'purple',
  resolved: 'green',
  closed: 'default',
  guided: 'cyan',
  forwarded: 'cyan',
  filed: 'default',
  withdrawn: 'default',
};

export function statusColor(status: string): string {
  return isStatus(status) ? statusColors[status] : 'default';
}

export function isStatus(value: string): value is PetitionStatus {
  return (petitionStatuses as readonly string[]).includes(value);
}

export const statusOptions = petitionStatuses.map((s) => ({ value: s, label: petitionStatusName(s) }));

function isAction(value: string): value is PetitionAction {
  return (petitionActions as readonly string[]).includes(value);
}

/** The name of a step of the timeline; "receive" is the intake, not a workflow action. */
export function eventActionLabel(action: string): string {
  if (action === 'receive') return 'Tiếp nhận đơn';
  if (action === 'join_matter') return 'Gộp vào vụ việc';
  return isAction(action) ? petitionActionName(action) : action;
}
