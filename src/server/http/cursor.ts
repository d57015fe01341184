import { problem } from './problem.js';

/**
 * Cursor of a list ordered by (time desc, id desc): opaque to the client, checked when it comes back,
 * since a forged one must be a 400, not a 500 in the SQL.
 */
export function encodeTimeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeTimeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw problem.validation([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ' }]);
  }
  return { at: new Date(at), id };
}

/** The page and the cursor of the next one, from rows fetched with one extra. */
export function pageOf<R extends { id: string }>(rows: R[], limit: number, at: (r: R) => Date) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? encodeTimeCursor(at(last), last.id) : null };
}
