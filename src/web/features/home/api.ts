import { useQuery } from '@tanstack/react-query';
import { todayInVietnam } from '../../../domain/dates';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { Petition } from '../petitions/types';
import { type QueueFilter, toQueueCount } from './workQueue';

export interface HomeStats {
  units: number;
  communes: number;
  villages: number;
  organizations: number;
  users: number;
  auditToday: number;
}

export const homeKeys = {
  stats: ['home', 'stats'] as const,
  // Under 'petitions' so that every petition mutation (which invalidates ['petitions']) refreshes the counts.
  queue: (filter: QueueFilter) => ['petitions', 'home-queue', filter] as const,
};

/** The list endpoint's largest page; beyond it a count is shown as "200+". */
const QUEUE_PAGE = 200;

export function useHomeStats(enabled: boolean) {
  return useQuery({ queryKey: homeKeys.stats, queryFn: () => api<HomeStats>('/api/stats/home'), enabled });
}

/** How many petitions match a work-queue filter, from one page of GET /api/petitions (it has no total). */
export function useQueueCount(filter: QueueFilter, enabled: boolean) {
  return useQuery({
    queryKey: homeKeys.queue(filter),
    queryFn: async ({ signal }) => {
      const page = await api<Page<Petition>>('/api/petitions', {
        query: { ...filter, overdue: filter.overdue ? 'true' : undefined, limit: QUEUE_PAGE },
        signal,
      });
      // Reduced at once: the cache keeps three numbers, not two hundred petitions.
      return toQueueCount(page, todayInVietnam());
    },
    enabled,
  });
}
