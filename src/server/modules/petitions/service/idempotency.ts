import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Db } from '../../../db/database.js';
import { Problem } from '../../../http/problem.js';

/** An Idempotency-Key with the hash of the request it came with. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  hash: string;
}

/**
 * The request as the server understood it: the validated body (so spacing a Zod trim removes does not
 * count), each file's name and digest, and who sent it, so a key replayed from another account, or
 * anonymously, does not match a signed-in citizen's request.
 */
export function requestHash(parts: {
  body: unknown;
  files: { name: string; sha256: string }[];
  sender: string | null;
}) {
  const canonical = canonicalize(parts) ?? '';
  return createHash('sha256').update(canonical).digest('hex');
}

const mismatch = () =>
  new Problem(
    422,
    '/problems/idempotency-mismatch',
    'Mã Idempotency-Key này đã được dùng cho một yêu cầu khác',
    [{ path: 'idempotency-key', message: 'Mỗi lần gửi đơn mới cần một mã Idempotency-Key mới' }],
  );

/**
 * The stored answer when the same request comes again; a 422 when the key came first with another
 * request, so the first answer (a tracking code) never reaches a second sender.
 */
export async function findReplay<T>(db: Db, claim: IdempotencyClaim): Promise<T | null> {
  const seen = await db
    .selectFrom('idempotency_key')
    .select(['response', 'request_hash'])
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  if (!seen) return null;
  if (seen.request_hash !== claim.hash) throw mismatch();
  return seen.response as T;
}

/** Stores the answer with its request's hash; runs in the transaction that made the answer. */
export async function rememberAnswer(trx: Db, claim: IdempotencyClaim, response: unknown) {
  await trx
    .insertInto('idempotency_key')
    .values({
      scope: claim.scope,
      key: claim.key,
      request_hash: claim.hash,
      response: JSON.stringify(response),
    })
    .execute();
}
