/** One field (or import row) error of a problem+json answer. */
export interface ProblemFieldError {
  path?: string;
  message: string;
  row?: number;
  field?: string;
}

/** An RFC 9457 problem answered by the server, or a network failure shaped like one. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly errors: ProblemFieldError[] = [],
    readonly detail?: string,
  ) {
    super(title);
    this.name = 'ApiProblem';
  }
}

// The CSRF token lives only in memory: it comes with /api/auth/me or the login answer, and a reload
// fetches it again, so it is never written where a script from another origin could read it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401, so the app can drop the session and show the login page. */
let onUnauthorized: (() => void) | null = null;

export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

const mutating = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Status-based Vietnamese fallbacks for answers that carry no problem title of their own. */
const fallbackTitles: Record<number, string> = {
  0: 'Không kết nối được máy chủ, vui lòng kiểm tra mạng',
  400: 'Dữ liệu không hợp lệ',
  401: 'Bạn cần đăng nhập',
  403: 'Bạn không có quyền thực hiện thao tác này',
  404: 'Không tìm thấy dữ liệu',
  409: 'Dữ liệu bị trùng hoặc xung đột',
  413: 'Tệp quá lớn',
  422: 'Không thể xử lý dữ liệu',
  429: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút',
};

function fallbackTitle(status: number): string {
  return fallbackTitles[status] ?? 'Máy chủ gặp sự cố, vui lòng thử lại sau';
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({
    path: typeof e.path === 'string' ? e.path : undefined,
    field: typeof e.field === 'string' ? e.field : undefined,
    row: typeof e.row === 'number' ? e.row : undefined,
    message: typeof e.message === 'string' ? e.message : '',
  }));
}

async function toProblem(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  const status = response.status;
  // 429 and 5xx answers may come from a plugin with an English message: keep our own wording.
  const trustTitle = isRecord(body) && typeof body.title === 'string' && status !== 429 && status < 500;
  const title = trustTitle ? String(body.title) : fallbackTitle(status);
  const type = isRecord(body) && typeof body.type === 'string' ? body.type : 'about:blank';
  const detail = isRecord(body) && typeof body.detail === 'string' ? body.detail : undefined;
  return new ApiProblem(status, type, title, isRecord(body) ? readErrors(body.errors) : [], detail);
}

function buildInit(method: string, body: unknown, signal?: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (mutating.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary itself
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return { method, headers, body: payload, credentials: 'same-origin', signal };
}

/** Calls the API; resolves with the parsed JSON (undefined for 204) or rejects with an ApiProblem. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), buildInit(method, options.body, options.signal));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem(0, '/problems/network', fallbackTitle(0));
  }
  if (!response.ok) {
    const problem = await toProblem(response);
    if (problem.status === 401 && path !== '/api/auth/login') onUnauthorized?.();
    throw problem;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The Vietnamese message to show for any error thrown by a query or mutation. */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiProblem) return error.title;
  return fallbackTitle(500);
}

export function isProblem(error: unknown, type: string): error is ApiProblem {
  return error instanceof ApiProblem && error.type === type;
}
