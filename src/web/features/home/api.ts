import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

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
};

export function useHomeStats(enabled: boolean) {
  return useQuery({ queryKey: homeKeys.stats, queryFn: () => api<HomeStats>('/api/stats/home'), enabled });
}
