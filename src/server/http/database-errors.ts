import { type Problem, problem } from './problem.js';

interface DatabaseError {
  code: string;
  detail?: string;
}

const isDatabaseError = (err: unknown): err is DatabaseError =>
  typeof err === 'object' &&
  err !== null &&
  typeof (err as { code?: unknown }).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((err as { code: string }).code);

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The field a constraint error is about, read from PostgreSQL's detail ("Key (lower(username))=(an)
 * already exists."): the last column that is not the province partition key, in camelCase.
 */
function fieldOf(detail: string | undefined): string {
  const key = /^Key \((.+?)\)=/.exec(detail ?? '')?.[1] ?? '';
  const columns = key
    .split(',')
    .map((c) => /([a-z_][a-z0-9_]*)\)*\s*$/i.exec(c.trim())?.[1] ?? '')
    .filter((c) => c && c !== 'province_id');
  return camel(columns.at(-1) ?? '');
}

/**
 * A constraint the services check first can still fail in a race (two creations of one username at
 * the same instant): the database has the last word, and its refusal is the caller's conflict, not a
 * 500. Null for any other error.
 */
export function problemOfDatabaseError(err: unknown): Problem | null {
  if (!isDatabaseError(err)) return null;
  const path = fieldOf(err.detail);
  if (err.code === '23505') return problem.conflict(path, 'Giá trị này đã tồn tại');
  if (err.code !== '23503') return null;
  // "is not present in table": the request names a record that does not exist.
  if (err.detail?.includes('is not present')) {
    return problem.validation([{ path, message: 'Bản ghi được chọn không tồn tại' }]);
  }
  return problem.conflict(path, 'Bản ghi đang được dùng ở nơi khác');
}
