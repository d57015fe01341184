import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  provinceId: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  unitPath: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  prevHash: string;
}

/**
 * sha256 over the canonical JSON (RFC 8785) of the entry and the previous hash. jsonb reorders keys,
 * so the canonical form is what makes a row read back hash to the same value.
 */
export function hashEntry(e: ChainedFields): string {
  const text = canonicalize({
    ...e,
    at: e.at.toISOString(),
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256')
    .update(text ?? '')
    .digest('hex');
}

/** Dates and other non-JSON values become what jsonb will give back. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
