import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Role } from '../../../domain/roles';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type {
  ActionBody,
  Petition,
  PetitionCreate,
  PetitionCreated,
  PetitionEvent,
  PetitionFilter,
  PetitionStats,
  PetitionStatsQuery,
  Sender,
} from './types';

export const petitionKeys = {
  all: ['petitions'] as const,
  list: (filter: PetitionFilter) => ['petitions', 'list', filter] as const,
  detail: (id: string) => ['petitions', 'detail', id] as const,
  events: (id: string) => ['petitions', 'events', id] as const,
  handlers: (unitId: string) => ['petitions', 'handlers', unitId] as const,
  stats: (q: PetitionStatsQuery) => ['petitions', 'stats', q] as const,
};

export function usePetitions(filter: PetitionFilter) {
  return useInfiniteQuery({
    queryKey: petitionKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api<Page<Petition>>('/api/petitions', {
        query: { ...filter, overdue: filter.overdue ? 'true' : undefined, cursor: pageParam, limit: 50 },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePetitionStats(q: PetitionStatsQuery) {
  return useQuery({
    queryKey: petitionKeys.stats(q),
    queryFn: ({ signal }) => api<PetitionStats>('/api/petitions/stats', { query: { ...q }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePetition(id: string) {
  return useQuery({
    queryKey: petitionKeys.detail(id),
    queryFn: ({ signal }) => api<Petition>(`/api/petitions/${encodeURIComponent(id)}`, { signal }),
  });
}

export function usePetitionEvents(id: string) {
  return useQuery({
    queryKey: petitionKeys.events(id),
    queryFn: ({ signal }) =>
      api<PetitionEvent[]>(`/api/petitions/${encodeURIComponent(id)}/events`, { signal }),
  });
}

export interface HandlerCandidate {
  id: string;
  username: string;
  fullName: string;
  disabled: boolean;
  grants: { role: Role; unitId: string; unitName: string }[];
}

/**
 * The people of the petition's unit who may take the case (case handlers and leaders); the server
 * checks again that the grant covers the unit. Needs user.read: without it the query stays off.
 */
export function useHandlerCandidates(unitId: string, enabled: boolean) {
  return useQuery({
    queryKey: petitionKeys.handlers(unitId),
    queryFn: async ({ signal }) => {
      const page = await api<Page<HandlerCandidate>>('/api/users', { query: { unitId, limit: 200 }, signal });
      return page.items.filter(
        (u) => !u.disabled && u.grants.some((g) => g.role === 'case_handler' || g.role === 'leader'),
      );
    },
    enabled,
  });
}

export function useCreatePetition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PetitionCreate) =>
      api<PetitionCreated>('/api/petitions', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: petitionKeys.all }),
  });
}

export function usePetitionAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionBody) =>
      api<Petition>(`/api/petitions/${encodeURIComponent(id)}/actions`, { method: 'POST', body }),
    onSuccess: (petition) => {
      client.setQueryData(petitionKeys.detail(id), petition);
      return client.invalidateQueries({ queryKey: petitionKeys.all });
    },
  });
}

/**
 * A mutation, not a query: each reveal is written to the audit log (Luật Tố cáo 2018, Điều 47), so it
 * happens only on the handler's click and is never refetched or cached behind his back.
 */
export function useRevealDenouncer(id: string) {
  return useMutation({
    mutationFn: () => api<Sender>(`/api/petitions/${encodeURIComponent(id)}/denouncer`),
  });
}

/** The part of a reception visit (src/server/modules/reception) that an intake from it starts from. */
export interface VisitSummary {
  id: string;
  unitId: string;
  unitName: string;
  receivedOn: string;
  groupSize: number;
  content: string;
  receiptNo: string;
  citizens: {
    fullName: string;
    idNumber?: string | null;
    address?: string | null;
    phone?: string | null;
    isRepresentative: boolean;
  }[];
}

export function useVisitForIntake(visitId: string | undefined) {
  return useQuery({
    queryKey: ['petitions', 'visit', visitId ?? ''],
    queryFn: ({ signal }) =>
      api<VisitSummary>(`/api/reception/visits/${encodeURIComponent(visitId ?? '')}`, { signal }),
    enabled: Boolean(visitId),
  });
}
