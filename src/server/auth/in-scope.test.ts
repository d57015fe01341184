import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import type { Database } from '../db/database.js';
import { insertUnit } from '../modules/org/repo.js';
import { inScope, inSubtrees } from './scope.js';

/*
 * inScope adds a province test to the subtree test so that the (province_id, …) indexes are used; it
 * must find exactly the rows inSubtrees finds. The tree has a province placed under another (it keeps
 * its own chain) and petitions appealed upwards, which keep the province of the petition appealed.
 */
let database: Database;
const unit: Record<string, { id: string; path: string; provinceId: string }> = {};
const petitions: Record<string, string> = {};

async function addUnit(name: string, parent: string | null, kind: string) {
  const id = randomUUID();
  const up = parent ? unit[parent] : undefined;
  const ownChain = !up || kind === 'province';
  const path = await insertUnit(database.db, {
    id,
    parentId: up?.id ?? null,
    parentPath: up?.path ?? null,
    provinceId: ownChain ? null : (up?.provinceId ?? null),
    code: `S-${name}`,
    name,
    kind,
    isRemote: false,
  });
  unit[name] = { id, path, provinceId: ownChain ? id : (up?.provinceId as string) };
}

/** A petition at `at`, carrying the province of `from` (itself unless it is an appeal from below). */
async function addPetition(name: string, at: string, from = at) {
  const id = randomUUID();
  const u = unit[at] as (typeof unit)[string];
  // Raw SQL: only the columns without a default, whatever else the table gains.
  await sql`
    insert into petition (province_id, id, tracking_code, admin_unit_id, unit_path, matter_id, channel,
      received_on, received_at, status, subject, content, handling_due_on, search_text)
    values (${(unit[from] as (typeof unit)[string]).provinceId}, ${id}, ${name}, ${u.id}, ${u.path}::ltree,
      ${randomUUID()}, 'post', date '2026-11-02', timestamptz '2026-11-02T09:00:00+07', 'received', ${name},
      ${name}, date '2026-11-12', ${name})`.execute(database.db);
  petitions[id] = name;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await addUnit('vn', null, 'country');
  await addUnit('a', 'vn', 'province');
  await addUnit('a1', 'a', 'commune');
  await addUnit('a1v', 'a1', 'village');
  await addUnit('a2', 'a', 'ward');
  await addUnit('b', 'a', 'province');
  await addUnit('b1', 'b', 'commune');
  await addUnit('c', 'vn', 'province');
  await addUnit('c1', 'c', 'commune');
  for (const at of ['a', 'a1', 'a1v', 'a2', 'b', 'b1', 'c', 'c1']) await addPetition(`at ${at}`, at);
  await addPetition('appeal a1 → a', 'a', 'a1');
  await addPetition('appeal b1 → a', 'a', 'b1');
  await addPetition('appeal c1 → vn', 'vn', 'c1');
  await addPetition('appeal a → vn', 'vn', 'a');
});
afterAll(() => database.close());

async function found(where: Awaited<ReturnType<typeof inScope>>) {
  const rows = await database.db.selectFrom('petition as p').select('p.id').where(where).execute();
  return rows.map((r) => petitions[r.id]).sort();
}

const scopes = [
  [],
  ['vn'],
  ['a'],
  ['a1'],
  ['a1v'],
  ['a2'],
  ['b'],
  ['b1'],
  ['c'],
  ['c1'],
  ['a1', 'c1'],
  ['a', 'c'],
  ['a2', 'b'],
  ['b1', 'c'],
  ['a1v', 'b1', 'c1'],
];

describe('inScope', () => {
  it.each(scopes.map((names) => [names.join(' + ') || '(none)', names] as const))(
    'finds exactly what the subtree test finds: %s',
    async (_, names) => {
      const paths = names.map((n) => (unit[n] as (typeof unit)[string]).path);
      const expected = await found(inSubtrees('p.unit_path', paths));
      const actual = await found(
        await inScope(database.db, { path: 'p.unit_path', province: 'p.province_id' }, paths),
      );
      expect(actual).toEqual(expected);
    },
  );

  it('tests the province for a whole province only: not below it, not for the country', async () => {
    const sqlOf = async (name: string) => {
      const where = await inScope(database.db, { path: 'p.unit_path', province: 'p.province_id' }, [
        (unit[name] as (typeof unit)[string]).path,
      ]);
      return database.db.selectFrom('petition as p').select('p.id').where(where).compile();
    };
    const province = await sqlOf('a');
    expect(province.sql).toContain('"p"."province_id" in (');
    expect(province.parameters).toEqual(expect.arrayContaining([unit.a?.id, unit.b?.id]));
    expect((await sqlOf('c')).sql).toContain('"p"."province_id" = ');
    expect((await sqlOf('a1')).sql).not.toContain('province_id');
    expect((await sqlOf('vn')).sql).not.toContain('province_id');
  });
});
