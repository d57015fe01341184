import { maxDenunciationExtensions } from '../../../domain/legal-rules';
import { type Actor, checkTransition } from '../../../domain/petition-workflow';
import type { Petition, WorkflowAction } from './types';

export const workflowActions: WorkflowAction[] = [
  'classify',
  'assign',
  'accept',
  'guide',
  'forward',
  'file',
  'extend',
  'resolve',
  'withdraw',
];

export const actionButtonLabels: Record<WorkflowAction, string> = {
  classify: 'Phân loại',
  assign: 'Giao thụ lý',
  accept: 'Thụ lý',
  guide: 'Hướng dẫn',
  forward: 'Chuyển đơn',
  file: 'Lưu đơn',
  extend: 'Gia hạn',
  resolve: 'Giải quyết',
  withdraw: 'Rút đơn',
};

function isComplexity(value: string): value is 'normal' | 'complex' | 'especially_complex' {
  return value === 'normal' || value === 'complex' || value === 'especially_complex';
}

/**
 * Rules of the server's use cases (service/workflow.ts) that the transition table does not hold: a
 * button that could only fail is not offered.
 */
function meetsPreconditions(action: WorkflowAction, p: Petition, canListUsers: boolean): boolean {
  switch (action) {
    case 'assign':
      // Choosing the handler needs the unit's staff list (user.read).
      return canListUsers;
    case 'accept':
      // Luật Tố cáo 2018, Điều 25: an anonymous denunciation is not accepted as a denunciation.
      if (p.kind === 'denunciation' && p.isAnonymous) return false;
      return p.competence === 'in' && (p.handlerId !== null || canListUsers);
    case 'guide':
    case 'forward':
      return p.competence === 'out';
    case 'extend':
      // Luật Tố cáo 2018, Điều 30: one extension for a complex case, two for an especially complex one.
      return isComplexity(p.complexity) && p.extensions < maxDenunciationExtensions(p.complexity);
    default:
      return true;
  }
}

/** The actions this actor may take now, in the order of the workflow (checkTransition decides). */
export function availableActions(p: Petition, actor: Actor, canListUsers: boolean): WorkflowAction[] {
  return workflowActions.filter(
    (a) => checkTransition(a, p.kind, p.status, actor).ok && meetsPreconditions(a, p, canListUsers),
  );
}

/** The step the petition most likely waits for, shown as the primary button. */
export function nextStep(p: Petition): WorkflowAction | null {
  if (p.status === 'received') return 'classify';
  if (p.status === 'classified') return p.handlerId ? 'accept' : p.competence === 'in' ? 'assign' : null;
  if (p.status === 'accepted') return 'resolve';
  return null;
}
