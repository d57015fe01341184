import { runningDeadline } from '../../../domain/running-deadline';
import type { Petition } from './types';

export interface CurrentDeadline {
  label: string;
  dueOn: string;
  basis: string;
}

/** The deadline that runs now (the domain's rule), labelled for the petition's page. */
export function currentDeadline(p: Petition): CurrentDeadline | null {
  const running = runningDeadline(p.status, p.handlingDue, p.resolutionDue);
  if (!running) return null;
  const label = running.stage === 'resolution' ? 'Hạn giải quyết' : 'Hạn xử lý đơn';
  return { label, dueOn: running.due.dueOn, basis: running.due.basis };
}
