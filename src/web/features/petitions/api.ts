import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { PetitionKind } from '../../../domain/petition-workflow';
import { ApiProblem, api } from '../../api/client';
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
  handlers: (petitionId: string) => ['petitions', 'handlers', petitionId] as const,
  attachments: (petitionId: string) => ['petitions', 'attachments', petitionId] as const,
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
  fullName: string;
  role: string;
  roleName: string;
  unitName: string;
}

/**
 * The case handlers and leaders who may take the petition, among the units the caller oversees
 * (GET /api/petitions/:id/handlers; needs petition.read only).
 */
export function useHandlerCandidates(petitionId: string, enabled: boolean) {
  return useQuery({
    queryKey: petitionKeys.handlers(petitionId),
    queryFn: ({ signal }) =>
      api<HandlerCandidate[]>(`/api/petitions/${encodeURIComponent(petitionId)}/handlers`, { signal }),
    enabled,
  });
}

export interface ForwardTarget {
  id: string;
  name: string;
  code: string;
  provinceName: string;
}

/** Units in force a petition may be forwarded to, anywhere in the system (name without accents works). */
export function useForwardTargets(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['petitions', 'forward-targets', term] as const,
    queryFn: ({ signal }) =>
      api<ForwardTarget[]>('/api/petitions/forward-targets', { query: { q: term }, signal }),
    enabled: term.length >= 2,
    staleTime: 5 * 60_000,
  });
}

export interface RespondentBody {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
}

/** Public bodies of the whole system by name (accents optional): whose decision, who manages the accused. */
export function useRespondents(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['petitions', 'respondents', term] as const,
    queryFn: ({ signal }) =>
      api<RespondentBody[]>('/api/petitions/respondents', { query: { q: term }, signal }),
    enabled: term.length >= 2,
    staleTime: 5 * 60_000,
  });
}

export interface Attachment {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

export function useAttachments(petitionId: string) {
  return useQuery({
    queryKey: petitionKeys.attachments(petitionId),
    queryFn: ({ signal }) =>
      api<Attachment[]>(`/api/petitions/${encodeURIComponent(petitionId)}/attachments`, { signal }),
  });
}

/** Multipart upload through api(), which adds the CSRF header and lets the browser set the boundary. */
export function useUploadAttachment(petitionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return api<Attachment>(`/api/petitions/${encodeURIComponent(petitionId)}/attachments`, {
        method: 'POST',
        body,
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: petitionKeys.attachments(petitionId) }),
  });
}

/** Fetches one attachment with the session cookie and saves it through a Blob; a refusal throws its problem. */
export async function downloadAttachment(petitionId: string, file: Attachment): Promise<void> {
  let response: Response;
  try {
    response = await fetch(
      `/api/petitions/${encodeURIComponent(petitionId)}/attachments/${encodeURIComponent(file.id)}`,
      { credentials: 'same-origin' },
    );
  } catch {
    throw new ApiProblem(0, '/problems/network', 'Không kết nối được máy chủ, vui lòng kiểm tra mạng');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const rec = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const title =
      typeof rec.title === 'string' && response.status < 500
        ? rec.title
        : response.status === 403
          ? 'Bạn không có quyền mở tệp này'
          : 'Không tải được tệp, vui lòng thử lại sau';
    throw new ApiProblem(response.status, typeof rec.type === 'string' ? rec.type : 'about:blank', title);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface SplitResult {
  petition: Petition;
  parts: string[];
}

export function useSplitPetition(petitionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { parts: { kind: PetitionKind; subject: string; content: string }[] }) =>
      api<SplitResult>(`/api/petitions/${encodeURIComponent(petitionId)}/split`, { method: 'POST', body }),
    onSuccess: (r) => {
      client.setQueryData(petitionKeys.detail(petitionId), r.petition);
      return client.invalidateQueries({ queryKey: petitionKeys.all });
    },
  });
}

export interface AppealBody {
  unitId: string;
  receivedOn?: string;
  content: string;
  lateReason?: string | null;
}

export function useAppeal(petitionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AppealBody) =>
      api<PetitionCreated>(`/api/petitions/${encodeURIComponent(petitionId)}/appeal`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: petitionKeys.all }),
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
  /** The visit's citizens are sealed: the intake takes the denouncer from it on the server. */
  citizensSealed?: boolean;
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
