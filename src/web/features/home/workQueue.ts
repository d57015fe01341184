import { type PetitionStatus, transitions } from '../../../domain/petition-workflow';
import type { Role } from '../../../domain/roles';
import type { Me } from '../../api/types';

/** The filters of GET /api/petitions a home count uses; the same names go in the petition list's address. */
export interface QueueFilter {
  status?: PetitionStatus;
  overdue?: true;
  handlerId?: string;
}

/** One count of GET /api/petitions/work-queue: the length of the list it links to. */
export interface QueueCount {
  count: number;
  /** Of those, how many have their running deadline within DUE_SOON_DAYS. */
  dueSoon: number;
}

/** GET /api/petitions/work-queue (src/server/modules/petitions/schemas.ts, WorkQueue). */
export interface WorkQueue {
  overdue: QueueCount;
  received: QueueCount;
  classified: QueueCount;
  mineClassified: QueueCount;
  mineAccepted: QueueCount;
}
export type QueuePart = keyof WorkQueue;

/** "/don-thu?status=received": the petition list with the same filter as the count. */
export function petitionListHref(filter: QueueFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.overdue) params.set('overdue', 'true');
  if (filter.handlerId) params.set('handlerId', filter.handlerId);
  const query = params.toString();
  return query ? `/don-thu?${query}` : '/don-thu';
}

function hasAnyRole(user: Me, roles: readonly string[]): boolean {
  return user.grants.some((g) => roles.includes(g.role));
}

// Petitions are assigned to case handlers and leaders (GET /api/petitions/:id/handlers).
const handlerRoles: readonly Role[] = ['case_handler', 'leader'];

/** Which parts of "Việc cần làm" concern the user; the workflow table says who takes each step. */
export function queueParts(user: Me) {
  const reads = user.permissions.includes('petition.read');
  return {
    overdue: reads,
    toClassify: reads && hasAnyRole(user, transitions.classify.by),
    toAssign: reads && hasAnyRole(user, transitions.assign.by),
    mine: reads && hasAnyRole(user, handlerRoles),
  };
}
