import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { addDays, todayInVietnam } from '../../../domain/dates.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
const ids: Record<string, string> = {};
const today = todayInVietnam();

const body = (unitId: string, receivedOn: string, n: number) => ({
  unitId,
  channel: 'in_person',
  kind: 'recommendation',
  receivedOn,
  subject: `Kiến nghị số ${n} về đường dân sinh`,
  content: `Kiến nghị số ${n}: đề nghị sửa chữa đoạn đường dân sinh bị sụt lún sau mưa lớn`,
  sender: { name: `Người kiến nghị ${n}`, idNumber: `0220870${String(n).padStart(5, '0')}` },
});

async function intake(c: Client, unitId: string, daysAgo: number, n: number) {
  const res = await c.post('/api/petitions', body(unitId, addDays(today, -daysAgo), n));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function act(c: Client, id: string, action: Record<string, unknown>) {
  const res = await c.post(`/api/petitions/${id}/actions`, action);
  expect(res.statusCode, res.body).toBe(200);
}

interface Listed {
  status: string;
  handlingDue: { dueOn: string | null };
  resolutionDue: { dueOn: string } | null;
}

// The rule the web applied to each page before: the running deadline falls within the next five days.
function dueSoonOf(items: Listed[]) {
  const last = addDays(today, 5);
  return items.filter((p) => {
    const due = p.status === 'accepted' ? p.resolutionDue?.dueOn : p.handlingDue.dueOn;
    return due !== undefined && due !== null && due >= today && due <= last;
  }).length;
}

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('ht.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('ht.lanhdao', [['leader', units.haTu]]);
  ids.handler = await world.newUser('ht.thuly', [['case_handler', units.haTu]]);
  ids.handler2 = await world.newUser('ht.thuly2', [['case_handler', units.haTu]]);
  await world.newUser('bc.tiepdan', [['reception_officer', units.baiChay]]);
  await world.newUser('tinh.lanhdao', [['leader', units.province]]);
  const officer = await world.as('ht.tiepdan');
  const leader = await world.as('ht.lanhdao');
  const bcOfficer = await world.as('bc.tiepdan');

  let n = 0;
  for (const days of [0, 3, 60]) await intake(officer, units.haTu.id, days, ++n);
  await intake(officer, units.haTuVillage.id, 1, ++n);
  const classify = { action: 'classify', kind: 'recommendation', competence: 'in' };
  for (const who of ['handler', 'handler', 'handler2', 'none']) {
    const id = await intake(officer, units.haTu.id, 2, ++n);
    await act(officer, id, classify);
    if (who !== 'none') await act(leader, id, { action: 'assign', handlerId: ids[who] });
    ids.lastClassified = id;
  }
  const accepted = await intake(officer, units.haTu.id, 2, ++n);
  await act(officer, accepted, classify);
  await act(leader, accepted, { action: 'accept', handlerId: ids.handler });
  for (const days of [0, 60]) await intake(bcOfficer, units.baiChay.id, days, ++n);
  // Deterministic "due soon": one received petition of each ward falls due in two days.
  await world.database.db
    .updateTable('petition')
    .set({ handling_due_on: addDays(today, 2) })
    .where('status', '=', 'received')
    .where('received_on', '=', today)
    .execute();
});
afterAll(() => world.close());

const parts = (userId: string) => ({
  overdue: 'overdue=true',
  received: 'status=received',
  classified: 'status=classified',
  mineClassified: `status=classified&handlerId=${userId}`,
  mineAccepted: `status=accepted&handlerId=${userId}`,
});

async function queueAndLists(username: string) {
  const c = await world.as(username);
  const me = (await c.get('/api/auth/me')).json().user.id as string;
  const res = await c.get('/api/petitions/work-queue');
  expect(res.statusCode, res.body).toBe(200);
  const lists: Record<string, Listed[]> = {};
  for (const [part, filter] of Object.entries(parts(me))) {
    const page = (await c.get(`/api/petitions?${filter}&limit=200`)).json();
    expect(page.nextCursor).toBeNull();
    lists[part] = page.items;
  }
  return { queue: res.json() as Record<string, { count: number; dueSoon: number }>, lists };
}

describe('GET /api/petitions/work-queue', () => {
  it.each(['ht.tiepdan', 'ht.lanhdao', 'ht.thuly', 'ht.thuly2', 'bc.tiepdan', 'tinh.lanhdao'])(
    'gives %s, for each part, the length of the list it links to',
    async (username) => {
      const { queue, lists } = await queueAndLists(username);
      for (const [part, items] of Object.entries(lists)) {
        expect(queue[part], `${username} ${part}`).toEqual({
          count: items.length,
          dueSoon: part === 'overdue' ? 0 : dueSoonOf(items),
        });
      }
    },
  );

  it('counts what each scope holds, so the comparison above is not vacuous', async () => {
    const ward = (await queueAndLists('ht.tiepdan')).queue;
    expect(ward).toMatchObject({
      overdue: { count: 1 },
      received: { count: 4, dueSoon: 1 },
      classified: { count: 4 },
    });
    const handler = (await queueAndLists('ht.thuly')).queue;
    expect(handler).toMatchObject({ mineClassified: { count: 2 }, mineAccepted: { count: 1 } });
    const province = (await queueAndLists('tinh.lanhdao')).queue;
    expect(province).toMatchObject({ overdue: { count: 2 }, received: { count: 6, dueSoon: 2 } });
    expect((await queueAndLists('bc.tiepdan')).queue).toMatchObject({ received: { count: 2 } });
  });

  it('is refused to a user who cannot read petitions', async () => {
    await world.newUser('ht.chuaquyen', []);
    const res = await (await world.as('ht.chuaquyen')).get('/api/petitions/work-queue');
    expect(res.statusCode).toBe(403);
  });
});
