import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem, buildUrl, type ProblemFieldError } from '../../api/client';
import type { Session } from '../../api/types';
import type { PublicStatus, PublicSubmission, PublicUnit } from './types';

const fallback: Record<number, string> = {
  0: 'Không kết nối được máy chủ, vui lòng kiểm tra mạng và gửi lại',
  404: 'Không tìm thấy đơn với mã này',
  429: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút',
};

async function toProblem(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  const rec = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const status = response.status;
  // As in api/client.ts: a 429 or 5xx may carry a plugin's English message; keep our own wording.
  const title =
    typeof rec.title === 'string' && status !== 429 && status < 500
      ? rec.title
      : (fallback[status] ?? 'Máy chủ gặp sự cố, vui lòng thử lại sau');
  const errors: ProblemFieldError[] = Array.isArray(rec.errors)
    ? rec.errors
        .filter((e: unknown): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .map((e) => ({
          path: typeof e.path === 'string' ? e.path : undefined,
          message: typeof e.message === 'string' ? e.message : '',
        }))
    : [];
  return new ApiProblem(status, typeof rec.type === 'string' ? rec.type : 'about:blank', title, errors);
}

/**
 * The portal's own fetch: it never sends the staff session cookie (credentials "omit"). A citizen has
 * no session, and an officer signed in on the same browser would otherwise have his public POST
 * refused for the missing CSRF token; it also keeps the citizen's request anonymous.
 */
async function publicApi<T>(
  path: string,
  init: {
    method?: 'GET' | 'POST';
    body?: unknown;
    headers?: Record<string, string>;
    query?: Record<string, string>;
    /** A signed-in citizen's CSRF token: the request then goes with his session, to his history. */
    csrf?: string;
  } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...init.headers,
  };
  // A FormData body sets its own multipart Content-Type, with the boundary.
  const isForm = init.body instanceof FormData;
  if (init.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (init.csrf) headers['X-CSRF-Token'] = init.csrf;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, init.query), {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined || init.body instanceof FormData ? init.body : JSON.stringify(init.body),
      credentials: init.csrf ? 'same-origin' : 'omit',
    });
  } catch {
    throw new ApiProblem(0, '/problems/network', fallback[0] ?? '');
  }
  if (!response.ok) throw await toProblem(response);
  return (await response.json()) as T;
}

export const portalKeys = {
  units: (q: string) => ['portal', 'units', q] as const,
  status: (code: string) => ['portal', 'status', code] as const,
};

/** Communes and wards in force, by name (accents optional) or exact code; no sign-in needed. */
export function usePublicUnits(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: portalKeys.units(term),
    queryFn: () => publicApi<PublicUnit[]>('/api/public/units', { query: { q: term } }),
    enabled: term.length >= 2,
    staleTime: 5 * 60_000,
  });
}

/**
 * A UUID for the Idempotency-Key. crypto.randomUUID exists only in secure contexts; a commune office
 * may open the portal over plain http on its LAN, where getRandomValues still works.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The same key is sent again on a retry, so a lost answer never records the petition twice. The petition
 * goes as JSON in the field `petition` and each file as a part of `files` (multipart/form-data), which
 * the server streams to disk instead of holding base64 in memory.
 */
export function useSubmitPublicPetition() {
  return useMutation({
    mutationFn: ({
      body,
      files,
      key,
      csrf,
    }: {
      body: PublicSubmission;
      files: File[];
      key: string;
      csrf?: string;
    }) => {
      const form = new FormData();
      form.append('petition', JSON.stringify(body));
      for (const f of files) form.append('files', f, f.name);
      return publicApi<{ trackingCode: string; pin: string }>('/api/public/petitions', {
        method: 'POST',
        body: form,
        headers: { 'Idempotency-Key': key },
        csrf,
      });
    },
  });
}

/**
 * The signed-in citizen, if any: his petitions sent from the portal then join "Đơn của tôi". A staff
 * session on the same browser is ignored, so an officer's test petition stays anonymous.
 */
export function useCitizenSession() {
  return useQuery({
    queryKey: ['portal', 'citizen-session'] as const,
    queryFn: async (): Promise<Session | null> => {
      const response = await fetch('/api/auth/me', {
        headers: { Accept: 'application/json, application/problem+json' },
        credentials: 'same-origin',
      }).catch(() => null);
      if (!response?.ok) return null;
      const session = (await response.json()) as Session;
      return session.user.kind === 'citizen' ? session : null;
    },
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function usePublicStatus(code: string) {
  return useQuery({
    queryKey: portalKeys.status(code),
    queryFn: () => publicApi<PublicStatus>(`/api/public/petitions/${encodeURIComponent(code)}`),
    enabled: code.length > 0,
  });
}

export function useRatePetition(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { rating: number; comment: string | null; pin?: string }) =>
      publicApi<PublicStatus>(`/api/public/petitions/${encodeURIComponent(code)}/rating`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (status) => client.setQueryData(portalKeys.status(code), status),
  });
}

export type MyPetition = Omit<PublicStatus, 'resultSummary' | 'timeline'>;

/**
 * A signed-in citizen's own petitions. Unlike the rest of the portal this one sends the session cookie
 * (a GET, so no CSRF token is needed); a 401 means the citizen has not signed in.
 */
export function useMyPetitions() {
  return useQuery({
    queryKey: ['portal', 'mine'] as const,
    queryFn: async () => {
      let response: Response;
      try {
        response = await fetch('/api/public/my-petitions', {
          headers: { Accept: 'application/json, application/problem+json' },
          credentials: 'same-origin',
        });
      } catch {
        throw new ApiProblem(0, '/problems/network', fallback[0] ?? '');
      }
      if (!response.ok) throw await toProblem(response);
      return (await response.json()) as MyPetition[];
    },
    retry: false,
  });
}
