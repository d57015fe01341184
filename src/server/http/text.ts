import type { FastifyInstance } from 'fastify';
import { problem } from './problem.js';

// A UTF-16 half without its pair: JSON can carry it ("\ud800"), UTF-8 cannot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL text can hold the string. */
export const isStorableText = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

// Recursive, which is safe only because the JSON parser refuses bodies nested deeper than 32 (json.ts).
function* unstorableFields(value: unknown, path: string): Generator<string> {
  if (typeof value === 'string') {
    if (!isStorableText(value)) yield path;
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* unstorableFields(v, path ? `${path}.${i}` : String(i));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* unstorableFields(v, path ? `${path}.${k}` : k);
  }
}

/**
 * PostgreSQL text cannot hold a NUL character nor a lone surrogate; left alone, either reaches the
 * database and fails there as a 500. Refused before validation, with the field named.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const fields = [...unstorableFields(req.query, ''), ...unstorableFields(req.body, '')];
    if (fields.length > 0) {
      throw problem.validation(fields.map((path) => ({ path, message: 'Chứa ký tự không hợp lệ' })));
    }
  });
}
