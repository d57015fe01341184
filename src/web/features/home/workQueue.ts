import { addDays, type IsoDate } from '../../../domain/dates';
import { type PetitionStatus, transitions } from '../../../domain/petition-workflow';
import type { Role } from '../../../domain/roles';
import { runningDeadline } from '../../../domain/running-deadline';
import type { Me } from '../../api/types';
import { formatNumber } from '../../lib/format';
import type { Petition } from '../petitions/types';

/** The filters of GET /api/petitions a home count uses; the same names go in the petition list's address. */
export interface QueueFilter {
  status?: PetitionStatus;
  overdue?: true;
  handlerId?: string;
}

/** The first page of a filtered list, reduced to what the home page shows. */
export interface QueueCount {
  count: number;
  /** The server has more than one page: the count is a floor, not a total. */
  more: boolean;
  dueSoon: number;
}

/** Days ahead within which an open petition counts as due soon. */
export const DUE_SOON_DAYS = 5;

/** "/don-thu?status=received": the petition list with the same filter as the count. */
export function petitionListHref(filter: QueueFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.overdue) params.set('overdue', 'true');
  if (filter.handlerId) params.set('handlerId', filter.handlerId);
  const query = params.toString();
  return query ? `/don-thu?${query}` : '/don-thu';
}

/** The list endpoint gives no total: a full page shows as "200+" rather than a false exact figure. */
export function displayCount({ count, more }: Pick<QueueCount, 'count' | 'more'>): string {
  return more ? `${formatNumber(count)}+` : formatNumber(count);
}

// The deadline that runs now, by the rule the server judges "overdue" with.
function runningDue(p: Pick<Petition, 'status' | 'handlingDue' | 'resolutionDue'>): IsoDate | undefined {
  return runningDeadline(p.status, p.handlingDue, p.resolutionDue)?.due.dueOn;
}

/** Open petitions whose running deadline falls from today to DUE_SOON_DAYS ahead (not yet overdue). */
export function countDueSoon(
  petitions: Pick<Petition, 'status' | 'handlingDue' | 'resolutionDue'>[],
  today: IsoDate,
): number {
  const last = addDays(today, DUE_SOON_DAYS);
  return petitions.filter((p) => {
    const due = runningDue(p);
    return due !== undefined && due >= today && due <= last;
  }).length;
}

export function toQueueCount(
  page: { items: Pick<Petition, 'status' | 'handlingDue' | 'resolutionDue'>[]; nextCursor: string | null },
  today: IsoDate,
): QueueCount {
  return {
    count: page.items.length,
    more: page.nextCursor !== null,
    dueSoon: countDueSoon(page.items, today),
  };
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
