import type { Petition } from './types';

export interface CurrentDeadline {
  label: string;
  dueOn: string;
  basis: string;
}

/**
 * The deadline that runs now: handling (accept, guide, forward or file) until the petition is accepted,
 * then resolution. A petition already out of the workflow has none.
 */
export function currentDeadline(p: Petition): CurrentDeadline | null {
  if (p.status === 'accepted' && p.resolutionDue)
    return { label: 'Hạn giải quyết', dueOn: p.resolutionDue.dueOn, basis: p.resolutionDue.basis };
  if ((p.status === 'received' || p.status === 'classified') && p.handlingDue)
    return { label: 'Hạn xử lý đơn', dueOn: p.handlingDue.dueOn, basis: p.handlingDue.basis };
  return null;
}
