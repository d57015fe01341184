import type { Role } from './roles.js';

export const petitionKinds = ['complaint', 'denunciation', 'recommendation', 'feedback'] as const;
export type PetitionKind = (typeof petitionKinds)[number];

export const petitionStatuses = [
  'received',
  'classified',
  'accepted',
  'resolved',
  'closed',
  'guided',
  'forwarded',
  'filed',
  'withdrawn',
] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];

/** Calendar days ahead within which an open petition's running deadline counts as "due soon" on the home page. */
export const DUE_SOON_DAYS = 5;

export const petitionActions = [
  'classify',
  'assign',
  'accept',
  'guide',
  'forward',
  'file',
  'extend',
  'resolve',
  'withdraw',
  'rate',
] as const;
export type PetitionAction = (typeof petitionActions)[number];

export interface Transition {
  from: readonly PetitionStatus[];
  to: PetitionStatus | 'same';
  /** Who may take it; 'assigned_handler' is the case handler the petition is assigned to. */
  by: readonly (Role | 'assigned_handler' | 'sender')[];
  kinds: readonly PetitionKind[] | 'any';
  basis: string;
}

const ALL = 'any' as const;
const officers = ['reception_officer', 'leader', 'system_admin'] as const;

/**
 * One table for the four legal workflows (TT 05/2021/TT-TTCP for handling; Luật Khiếu nại 2011,
 * Luật Tố cáo 2018; recommendations/feedback have no statutory procedure). The petition's kind picks
 * the rows that apply.
 */
export const transitions: Record<PetitionAction, Transition> = {
  classify: {
    from: ['received', 'classified'],
    to: 'classified',
    by: officers,
    kinds: ALL,
    basis: 'Thông tư 05/2021/TT-TTCP, Điều 6',
  },
  assign: {
    from: ['classified', 'accepted'],
    to: 'same',
    by: ['leader', 'system_admin'],
    kinds: ALL,
    basis: 'Phân công thụ lý',
  },
  accept: {
    from: ['classified'],
    to: 'accepted',
    by: ['leader', 'assigned_handler', 'system_admin'],
    kinds: ALL,
    basis: 'Luật Khiếu nại 2011, Điều 27; Luật Tố cáo 2018, Điều 29',
  },
  guide: {
    from: ['classified'],
    to: 'guided',
    by: officers,
    kinds: ALL,
    basis: 'Thông tư 05/2021/TT-TTCP: hướng dẫn một lần',
  },
  forward: {
    from: ['classified'],
    to: 'forwarded',
    by: officers,
    kinds: ALL,
    basis: 'Thông tư 05/2021/TT-TTCP, Điều 14 khoản 1 (chuyển đơn một lần); Luật Tố cáo 2018, Điều 24',
  },
  file: {
    from: ['received', 'classified'],
    to: 'filed',
    by: ['leader', 'reception_officer', 'system_admin'],
    kinds: ALL,
    basis: 'Thông tư 05/2021/TT-TTCP, Điều 28; Luật Tố cáo 2018, Điều 25 (tố cáo nặc danh)',
  },
  extend: {
    from: ['accepted'],
    to: 'same',
    by: ['leader', 'system_admin'],
    kinds: ['denunciation'],
    basis: 'Luật Tố cáo 2018, Điều 30',
  },
  resolve: {
    from: ['accepted'],
    to: 'resolved',
    by: ['leader', 'assigned_handler', 'system_admin'],
    kinds: ALL,
    basis: 'Luật Khiếu nại 2011, Điều 31, 40; Luật Tố cáo 2018, Điều 35',
  },
  withdraw: {
    from: ['classified', 'accepted'],
    to: 'withdrawn',
    by: [...officers, 'sender'],
    kinds: ['complaint'],
    basis: 'Luật Khiếu nại 2011, Điều 10; Luật 136/2025/QH15',
  },
  rate: {
    from: ['resolved'],
    to: 'closed',
    by: ['sender'],
    kinds: ALL,
    basis: 'Đánh giá mức độ hài lòng của người gửi',
  },
};

export interface Actor {
  roles: readonly Role[];
  isAssignedHandler: boolean;
  isSender: boolean;
}

export type TransitionCheck =
  | { ok: true; to: PetitionStatus }
  | { ok: false; reason: 'status' | 'kind' | 'role'; message: string };

const statusNames: Record<PetitionStatus, string> = {
  received: 'Mới tiếp nhận',
  classified: 'Đã phân loại',
  accepted: 'Đã thụ lý',
  resolved: 'Đã giải quyết',
  closed: 'Đã kết thúc',
  guided: 'Đã hướng dẫn',
  forwarded: 'Đã chuyển đơn',
  filed: 'Lưu đơn',
  withdrawn: 'Đã rút',
};
export const petitionStatusName = (s: PetitionStatus) => statusNames[s];

const actionNames: Record<PetitionAction, string> = {
  classify: 'Phân loại đơn',
  assign: 'Giao cán bộ thụ lý',
  accept: 'Thụ lý',
  guide: 'Hướng dẫn',
  forward: 'Chuyển đơn',
  file: 'Lưu đơn',
  extend: 'Gia hạn giải quyết',
  resolve: 'Giải quyết',
  withdraw: 'Rút đơn',
  rate: 'Đánh giá kết quả',
};
export const petitionActionName = (a: PetitionAction) => actionNames[a];

/** Whether `actor` may take `action` on a petition of `kind` in `status`, and where it leads. */
export function checkTransition(
  action: PetitionAction,
  kind: PetitionKind | null,
  status: PetitionStatus,
  actor: Actor,
): TransitionCheck {
  const t = transitions[action];
  if (!t.from.includes(status)) {
    return {
      ok: false,
      reason: 'status',
      message: `Không thể thực hiện khi đơn ở trạng thái "${statusNames[status]}"`,
    };
  }
  if (t.kinds !== 'any' && (!kind || !t.kinds.includes(kind))) {
    return { ok: false, reason: 'kind', message: 'Thao tác không áp dụng cho loại đơn này' };
  }
  if (action !== 'classify' && !kind) {
    return { ok: false, reason: 'kind', message: 'Đơn chưa được phân loại' };
  }
  const allowed = t.by.some(
    (who) =>
      (who === 'assigned_handler' && actor.isAssignedHandler) ||
      (who === 'sender' && actor.isSender) ||
      actor.roles.includes(who as Role),
  );
  if (!allowed)
    return { ok: false, reason: 'role', message: 'Bạn không có quyền thực hiện thao tác này với đơn' };
  return { ok: true, to: t.to === 'same' ? status : t.to };
}
