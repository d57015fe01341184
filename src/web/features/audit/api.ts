import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditFilter {
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  brokenAt: { provinceId: string; id: string } | null;
}

export const auditKeys = {
  list: (filter: AuditFilter) => ['audit', 'list', filter] as const,
};

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api<Page<AuditEntry>>('/api/audit', { query: { ...filter, cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A mutation rather than a query: the check walks the whole chain and runs only when asked. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<AuditVerifyResult>('/api/audit/verify') });
}
