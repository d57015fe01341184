import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';

/** Counts the queries that read the stored calendar years: one per calendar load. */
class CalendarReads implements KyselyPlugin {
  count = 0;
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'SelectQueryNode' && JSON.stringify(node).includes('"calendar_year"')) this.count += 1;
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
const reads = new CalendarReads();
let counted: Awaited<ReturnType<typeof buildApp>>;
let officer: Client;
let admin: Client;

const petition = (receivedOn: string) => ({
  unitId: units.haTu.id,
  channel: 'post',
  kind: 'recommendation',
  receivedOn,
  subject: 'Kiến nghị về tuyến đường dân sinh',
  content: 'Đề nghị sửa chữa tuyến đường dân sinh bị sụt lún sau đợt mưa lớn vừa qua',
});

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('ht.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('quantri.tw', [['system_admin', units.country]]);
  // A second app on the same database, whose queries are counted.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    DENOUNCER_KEY: Buffer.alloc(32, 7).toString('base64'),
  });
  counted = await buildApp({
    config,
    database: { ...world.database, db: world.database.db.withPlugin(reads) },
  });
  officer = new Client(counted);
  expect((await officer.login('ht.tiepdan')).statusCode).toBe(200);
  admin = await world.as('quantri.tw');
});
afterAll(async () => {
  await counted.close();
  await world.close();
});

/** How many times the request read the calendar from the database. */
async function readsOf(send: () => Promise<{ statusCode: number; body: string }>) {
  reads.count = 0;
  const res = await send();
  expect(res.statusCode, res.body).toBeLessThan(300);
  return reads.count;
}

describe('the calendar of a request', () => {
  it('is read from the database once per request, however many steps use it', async () => {
    let id = '';
    expect(
      await readsOf(async () => {
        const res = await officer.post('/api/petitions', petition('2026-11-23'));
        id = res.json().id;
        return res;
      }),
    ).toBe(1);
    const classify = { action: 'classify', kind: 'recommendation', competence: 'out' };
    // Both the step's deadlines and the answer's periods need it: once.
    expect(await readsOf(() => officer.post(`/api/petitions/${id}/actions`, classify))).toBe(1);
    // Forwarding also computes the copy's handling deadline inside its transaction: still once.
    const forward = { action: 'forward', targetUnitId: units.baiChay.id, note: 'Thuộc phường Bãi Cháy' };
    expect(await readsOf(() => officer.post(`/api/petitions/${id}/actions`, forward))).toBe(1);
    expect(await readsOf(() => officer.get(`/api/petitions/${id}`))).toBe(1);
  });

  it('shows an edit at once: the very next intake counts the new days off', async () => {
    const intake = async () =>
      (await officer.post('/api/petitions', petition('2025-03-03'))).json().id as string;
    const handlingDue = async (id: string) =>
      (await officer.get(`/api/petitions/${id}`)).json().handlingDue.dueOn as string;
    const before = await handlingDue(await intake());
    const saved = await admin.request({
      method: 'PUT',
      url: '/api/calendar/2025',
      payload: {
        basis: 'Lịch nghỉ thử nghiệm',
        daysOff: ['2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'].map((date) => ({
          date,
          name: 'Nghỉ thử nghiệm',
        })),
        workingDays: [],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await handlingDue(await intake());
    // Four more days off (Tuesday to Friday) push the deadline by four working days.
    expect([before, after]).toEqual(['2025-03-17', '2025-03-21']);
  });
});
