import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { type ChainedFields, GENESIS_HASH, hashEntry } from './chain.js';

export type AuditInput = Omit<ChainedFields, 'prevHash' | 'at'>;

/**
 * Appends one entry to its province's chain. Must run inside the transaction of the write it records,
 * so a rolled-back write leaves no entry. The advisory lock serialises writers of one chain.
 */
export async function appendAudit(trx: Db, input: AuditInput): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`audit:${input.provinceId}`}))`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .where('province_id', '=', input.provinceId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Millisecond precision: what a JS Date holds, so the hash is reproducible after reading back.
  const fields: ChainedFields = { ...input, at: new Date(), prevHash: last?.hash ?? GENESIS_HASH };
  await trx
    .insertInto('audit_log')
    .values({
      province_id: fields.provinceId,
      at: fields.at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      unit_path: fields.unitPath,
      summary: fields.summary,
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      ip: fields.ip,
      prev_hash: fields.prevHash,
      hash: hashEntry(fields),
    })
    .execute();
}

export interface AuditFilter {
  entity?: string;
  action?: string;
  actorId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  q?: string;
  cursor?: { at: string; provinceId: string; id: string };
  limit: number;
}

/** Entries inside the given subtrees (unit_path), newest first. */
export function listAudit(db: Db, paths: string[], f: AuditFilter) {
  let query = db.selectFrom('audit_log').selectAll();
  if (paths.length === 0) return Promise.resolve([]);
  const inPaths = paths.map((p) => sql<boolean>`unit_path <@ ${p}::ltree`);
  query = query.where(sql<boolean>`(${sql.join(inPaths, sql` or `)})`);
  if (f.entity) query = query.where('entity', '=', f.entity);
  if (f.action) query = query.where('action', '=', f.action);
  if (f.actorId) query = query.where('actor_id', '=', f.actorId);
  if (f.from) query = query.where('at', '>=', f.from);
  if (f.to) query = query.where('at', '<', f.to);
  if (f.q) {
    const like = `%${f.q}%`;
    query = query.where(
      sql<boolean>`(vn_fold(summary) like vn_fold(${like}) or vn_fold(coalesce(actor_name, '')) like vn_fold(${like}))`,
    );
  }
  const c = f.cursor;
  if (c) {
    query = query.where(
      sql<boolean>`(at, province_id, id) < (${new Date(c.at)}::timestamptz, ${c.provinceId}::uuid, ${c.id}::bigint)`,
    );
  }
  return query
    .orderBy('at', 'desc')
    .orderBy('province_id', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .execute();
}

/** Every chain, in order, for verification. Streams one province at a time. */
export async function* readChains(db: Db, provinceIds: string[] | null) {
  if (provinceIds?.length === 0) return;
  let q = db.selectFrom('audit_log').select('province_id').distinct();
  if (provinceIds) q = q.where('province_id', 'in', provinceIds);
  const provinces = await q.execute();
  for (const { province_id } of provinces) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('province_id', '=', province_id)
      .orderBy('id', 'asc')
      .execute();
    yield { provinceId: province_id, rows };
  }
}

export async function countAuditSince(db: Db, paths: string[], since: Date): Promise<number> {
  if (paths.length === 0) return 0;
  const inPaths = paths.map((p) => sql<boolean>`unit_path <@ ${p}::ltree`);
  const row = await db
    .selectFrom('audit_log')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(sql<boolean>`(${sql.join(inPaths, sql` or `)})`)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.n;
}
