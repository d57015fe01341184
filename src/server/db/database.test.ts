import { fc, test } from '@fast-check/vitest';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import { foldVietnamese } from '../../domain/text.js';
import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const letters = [...'aăâdđeêioôơuưyAĂÂĐEÊOÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ '];

describe('database', () => {
  it('hands dates as strings, int8 as strings and timestamptz as Date on both drivers', async () => {
    const { rows } = await sql<{ d: unknown; n: unknown; t: unknown }>`
      select date '2026-02-17' as d, 9007199254740993::int8 as n, now() as t`.execute(database.db);
    expect(rows[0]).toMatchObject({ d: '2026-02-17', n: '9007199254740993' });
    expect(rows[0]?.t).toBeInstanceOf(Date);
  });

  it('runs the migrations once: a second run applies nothing', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('finds every unit under a unit with the ltree subtree predicate', async () => {
    const { rows } = await sql<{ inside: boolean; sibling: boolean }>`
      select '1.2.3'::ltree <@ '1.2'::ltree as inside, '1.21'::ltree <@ '1.2'::ltree as sibling`.execute(
      database.db,
    );
    expect(rows[0]).toEqual({ inside: true, sibling: false });
  });

  test.prop([fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((cs) => cs.join(''))], {
    numRuns: 40,
  })('folds Vietnamese in SQL (vn_fold) exactly as in code', async (text) => {
    const { rows } = await sql<{ f: string }>`select vn_fold(${text}) as f`.execute(database.db);
    expect(rows[0]?.f).toBe(foldVietnamese(text));
  });
});
