import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type {
  Compliance,
  Matter,
  Period,
  ReceptionRule,
  ReceptionSession,
  ReceptionStats,
  RuleCreate,
  SessionCreate,
  SessionHeld,
  Visit,
  VisitCreate,
  VisitFilter,
} from './types';

type Scoped = Period & { unitId?: string };

export const receptionKeys = {
  all: ['reception'] as const,
  visits: (filter: VisitFilter) => ['reception', 'visits', filter] as const,
  visit: (id: string) => ['reception', 'visit', id] as const,
  stats: (q: Scoped) => ['reception', 'stats', q] as const,
  rules: (unitId: string | undefined) => ['reception', 'rules', unitId ?? null] as const,
  sessions: (q: Scoped) => ['reception', 'sessions', q] as const,
  compliance: (q: Scoped) => ['reception', 'compliance', q] as const,
};

export function useVisits(filter: VisitFilter) {
  return useInfiniteQuery({
    queryKey: receptionKeys.visits(filter),
    queryFn: ({ pageParam, signal }) =>
      api<Page<Visit>>('/api/reception/visits', {
        query: {
          ...filter,
          groupsOnly: filter.groupsOnly ? 'true' : undefined,
          cursor: pageParam,
          limit: 50,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useVisit(id: string) {
  return useQuery({
    queryKey: receptionKeys.visit(id),
    queryFn: ({ signal }) => api<Visit>(`/api/reception/visits/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useReceptionStats(q: Scoped) {
  return useQuery({
    queryKey: receptionKeys.stats(q),
    queryFn: ({ signal }) => api<ReceptionStats>('/api/reception/stats', { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRules(unitId: string | undefined) {
  return useQuery({
    queryKey: receptionKeys.rules(unitId),
    queryFn: ({ signal }) => api<ReceptionRule[]>('/api/reception/rules', { query: { unitId }, signal }),
  });
}

/** Null while the period is not known yet (no query is sent). */
export function useSessions(q: Scoped | null) {
  return useQuery({
    queryKey: receptionKeys.sessions(q ?? { from: '', to: '' }),
    queryFn: ({ signal }) =>
      api<ReceptionSession[]>('/api/reception/sessions', { query: q ? { ...q } : undefined, signal }),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCompliance(q: Scoped) {
  return useQuery({
    queryKey: receptionKeys.compliance(q),
    queryFn: ({ signal }) => api<Compliance>('/api/reception/compliance', { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Any write changes the logbook, the figures and the compliance at once: refresh the whole family. */
function useInvalidateReception() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: receptionKeys.all });
}

/** Matters of the unit by a citizen's ID number or by words of their subject; idle until one is given. */
export function useMatters(q: { unitId?: string; idNumber?: string; q?: string }) {
  const enabled = Boolean(q.idNumber) || (q.q?.trim().length ?? 0) >= 2;
  return useQuery({
    queryKey: ['reception', 'matters', q] as const,
    queryFn: ({ signal }) =>
      api<Matter[]>('/api/reception/matters', {
        query: { unitId: q.unitId, idNumber: q.idNumber, q: q.q?.trim() || undefined },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCreateVisit() {
  const invalidate = useInvalidateReception();
  return useMutation({
    mutationFn: (input: VisitCreate) => api<Visit>('/api/reception/visits', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useCreateRule() {
  const invalidate = useInvalidateReception();
  return useMutation({
    mutationFn: (input: RuleCreate) =>
      api<ReceptionRule>('/api/reception/rules', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function usePlanSession() {
  const invalidate = useInvalidateReception();
  return useMutation({
    mutationFn: (input: SessionCreate) =>
      api<ReceptionSession>('/api/reception/sessions', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useMarkSessionHeld() {
  const invalidate = useInvalidateReception();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: SessionHeld }) =>
      api<ReceptionSession>(`/api/reception/sessions/${encodeURIComponent(id)}/held`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: invalidate,
  });
}
