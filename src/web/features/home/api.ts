import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { WorkQueue } from './workQueue';

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
  queue: ['petitions', 'work-queue'] as const,
};

export function useHomeStats(enabled: boolean) {
  return useQuery({ queryKey: homeKeys.stats, queryFn: () => api<HomeStats>('/api/stats/home'), enabled });
}

/** Every count of "Việc cần làm" in one request, counted by the server on the lists' own filters and scope. */
export function useWorkQueue(enabled: boolean) {
  return useQuery({
    queryKey: homeKeys.queue,
    queryFn: ({ signal }) => api<WorkQueue>('/api/petitions/work-queue', { signal }),
    enabled,
  });
}
