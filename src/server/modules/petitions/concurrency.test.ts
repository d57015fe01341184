import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { updatePetition } from './repo.js';

// Two officers acting on one petition at once both read it before either writes. The step saves with a
// guard on the state it read, so the second finds the petition moved on: one succeeds, the other is told
// to reload (409), and nothing is done twice.

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let officer: Client;
let colleague: Client;
let leader: Client;
let handlerId: string;

const act = (c: Client, id: string, body: Record<string, unknown>) =>
  c.post(`/api/petitions/${id}/actions`, body);

async function classified(competence: 'in' | 'out') {
  const created = await officer.post('/api/petitions', {
    unitId: units.haTu.id,
    channel: 'post',
    kind: 'feedback',
    subject: 'Phản ánh đèn đường khu phố 3 hỏng nhiều tháng',
    content: 'Đèn đường khu phố 3 hỏng đã nhiều tháng, buổi tối đi lại rất nguy hiểm cho người dân',
    sender: { name: 'Trần Văn Bình', idNumber: '022070003333' },
  });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  expect((await act(officer, id, { action: 'classify', kind: 'feedback', competence })).statusCode).toBe(200);
  return id;
}

async function copiesOf(id: string) {
  const rows = await world.database.db
    .selectFrom('petition')
    .select('admin_unit_id')
    .where('forwarded_from_id', '=', id)
    .execute();
  return rows.map((r) => r.admin_unit_id);
}

const codes = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('hatu.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.tiepdan2', [['reception_officer', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  handlerId = await world.newUser('hatu.thuly', [['case_handler', units.haTu]]);
  officer = await world.as('hatu.tiepdan');
  colleague = await world.as('hatu.tiepdan2');
  leader = await world.as('hatu.lanhdao');
});
afterAll(() => world.close());

describe('two steps on one petition at once', () => {
  it('forwards once: one 200, one 409, one copy at the receiving unit', async () => {
    const id = await classified('out');
    const forward = { action: 'forward', targetUnitId: units.baiChay.id };
    const both = await Promise.all([act(officer, id, forward), act(colleague, id, forward)]);
    expect(codes(both)).toEqual([200, 409]);
    const refused = both.find((r) => r.statusCode === 409);
    expect(refused?.headers['content-type']).toContain('application/problem+json');
    // The guard's 409, or the workflow's own when the second read came after the first had saved.
    expect(refused?.json().type).toMatch(/^\/problems\/(stale|conflict)$/);
    expect(await copiesOf(id)).toEqual([units.baiChay.id]);
  });

  it('accepts once: one 200, one 409, one accept event', async () => {
    const id = await classified('in');
    const accept = { action: 'accept', handlerId };
    const both = await Promise.all([act(leader, id, accept), act(leader, id, accept)]);
    expect(codes(both)).toEqual([200, 409]);
    const accepts = await world.database.db
      .selectFrom('petition_event')
      .select('id')
      .where('petition_id', '=', id)
      .where('action', '=', 'accept')
      .execute();
    expect(accepts).toHaveLength(1);
  });

  it('saves nothing when a step that keeps the status (a re-classification) came in between', async () => {
    // PGlite runs one query at a time, so a race of two classify steps rarely interleaves there: the
    // guard is shown directly, with a read taken before the other officer's step.
    const id = await classified('in');
    const read = await world.database.db
      .selectFrom('petition')
      .select(['province_id', 'id', 'status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const other = await act(colleague, id, { action: 'classify', kind: 'feedback', competence: 'out' });
    expect(other.json()).toMatchObject({ status: 'classified', competence: 'out' });
    expect(await updatePetition(world.database.db, read, { status: 'accepted' })).toBe(false);
    expect((await officer.get(`/api/petitions/${id}`)).json()).toMatchObject({
      status: 'classified',
      competence: 'out',
    });
  });
});
