import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/db.js';
import type { Database } from '../db/database.js';
import { insertUnit } from '../modules/org/repo.js';
import { seedReceptionDemo } from './demo-reception.js';
import { seedReceptionSchedule } from './demo-reception-schedule.js';

const TODAY = '2026-11-23';
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const unit = async (parent: { id: string; path: string } | null, code: string, name: string) => {
    const id = randomUUID();
    const path = await insertUnit(db, {
      id,
      parentId: parent?.id ?? null,
      parentPath: parent?.path ?? null,
      provinceId: parent?.id ?? null,
      code,
      name,
      kind: parent ? 'ward' : 'province',
      isRemote: false,
    });
    return { id, path, provinceId: parent?.id ?? id, name, code };
  };
  const province = await unit(null, '22', 'Tỉnh Quảng Ninh');
  const wards = [];
  for (const [code, name] of [
    ['06652', 'Phường Hà Tu'],
    ['06658', 'Phường Hà Lầm'],
    ['06661', 'Phường Cao Xanh'],
    ['06673', 'Phường Bãi Cháy'],
  ] as const)
    wards.push(await unit(province, code, name));
  await seedReceptionSchedule(db, province, wards, TODAY);
  await seedReceptionDemo(db, wards, TODAY);
});
afterAll(() => database.close());

describe('demo reception seed', () => {
  it("counts every leader's visit under a held session of the same unit, day and leader", async () => {
    const visits = await database.db
      .selectFrom('reception_visit as v')
      .leftJoin('reception_session as s', (j) =>
        j.onRef('s.province_id', '=', 'v.province_id').onRef('s.id', '=', 'v.session_id'),
      )
      .select(['v.kind', 'v.admin_unit_id', 'v.received_on', 'v.receiver_name', 'v.receiver_is_leader'])
      .select(['s.id as sid', 's.admin_unit_id as sunit', 's.planned_on', 's.status', 's.held_by_name'])
      .execute();
    const leaders = visits.filter((v) => v.kind === 'leader_periodic');
    expect(leaders.length).toBeGreaterThan(100);
    for (const v of leaders) {
      expect(v).toMatchObject({
        sunit: v.admin_unit_id,
        planned_on: v.received_on,
        status: 'held',
        held_by_name: v.receiver_name,
        receiver_is_leader: true,
      });
    }
    expect(visits.filter((v) => v.kind !== 'leader_periodic' && v.sid)).toEqual([]);
  });

  it('gives every held session its visits, none to the others, and plans the sessions from today on', async () => {
    const sessions = await database.db
      .selectFrom('reception_session as s')
      .select(['s.status', 's.planned_on'])
      .select((eb) =>
        eb
          .selectFrom('reception_visit as v')
          .whereRef('v.province_id', '=', 's.province_id')
          .whereRef('v.session_id', '=', 's.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('visits'),
      )
      .execute();
    const count = (s: { visits: number | string | null }) => Number(s.visits);
    expect(sessions.filter((s) => s.status === 'held' && count(s) === 0)).toEqual([]);
    expect(sessions.filter((s) => s.status !== 'held' && count(s) > 0)).toEqual([]);
    expect(sessions.filter((s) => s.planned_on < TODAY === (s.status === 'planned'))).toEqual([]);
    expect(sessions.some((s) => s.status === 'cancelled')).toBe(true);
    expect(sessions.some((s) => s.planned_on > TODAY)).toBe(true);
  });
});
