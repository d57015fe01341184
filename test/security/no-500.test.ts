import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, PASSWORD, type TestWorld } from '../support/app.js';

/*
 * Inputs that once crashed the server (issue 11, §3). Each answers a problem+json 4xx with a Vietnamese
 * title and, where a field is at fault, names it.
 */

type Response = Awaited<ReturnType<Client['request']>>;

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let admin: Client;
let officer: Client;
let handler: Client;
let htLeaderId: string;
let bcLeaderId: string;
let citizenId: string;

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUser('ht.quantri', [['unit_admin', units.haTu]]);
  await world.newUser('ht.tiepdan', [['reception_officer', units.haTu]]);
  await world.newUser('ht.thuly', [['case_handler', units.haTu]]);
  htLeaderId = await world.newUser('ht.lanhdao', [['leader', units.haTu]]);
  bcLeaderId = await world.newUser('bc.lanhdao', [['leader', units.baiChay]]);
  citizenId = await world.newUser('ht.congdan', [['citizen', units.haTu]], { kind: 'citizen' });
  admin = await world.as('ht.quantri');
  officer = await world.as('ht.tiepdan');
  handler = await world.as('ht.thuly');
});
afterAll(() => world.close());

function expectProblem(res: Response, status: number, label = '') {
  expect(res.statusCode, `${label} ${res.body.slice(0, 300)}`).toBe(status);
  expect(res.headers['content-type'], label).toContain('application/problem+json');
  const body = res.json();
  expect(body.status).toBe(status);
  // A Vietnamese title: at least one letter with a diacritic.
  expect(body.title, label).toMatch(/[à-ỹđ]/i);
  return body as { type: string; errors?: { path: string; message: string }[] };
}

const fieldsOf = (res: Response) => (res.json().errors ?? []).map((e: { path: string }) => e.path);

const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('deeply nested JSON', () => {
  it.each([
    ['anonymous login', 'POST', '/api/auth/login', null],
    ['anonymous portal submission', 'POST', '/api/public/petitions', null],
    ['staff unit creation', 'POST', '/api/units', 'admin'],
    ['staff petition edit', 'PATCH', `/api/petitions/${randomUUID()}`, 'handler'],
  ] as const)('4.000 levels on %s answer 400, not 500', async (_label, method, url, who) => {
    const client = who === 'admin' ? admin : who === 'handler' ? handler : world.anonymous();
    for (const payload of [nestedObject(4000), nestedArray(4000), `{"subject":${nestedArray(4000)}}`]) {
      const res = await client.request({
        method,
        url,
        payload,
        headers: { 'content-type': 'application/json' },
      });
      const body = expectProblem(res, 400, url);
      expect(body.type).toBe('/problems/validation');
    }
  });

  it('names the field under which the nesting goes too deep', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/units',
      payload: `{"name":${nestedArray(100)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400);
    expect(fieldsOf(res).filter((f: string) => f.startsWith('name'))).toEqual([`name${'.0'.repeat(31)}`]);
  });

  it('still takes an ordinary nested body', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/units',
      payload: { parentId: units.haTu.id, code: 'HT-TO9', name: 'Tổ dân phố 9', kind: 'residential_group' },
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('users named as reception leaders', () => {
  const rule = (leaderUserId: string) => ({
    unitId: units.haTu.id,
    leaderTitle: 'Chủ tịch UBND phường',
    leaderUserId,
    frequency: 'monthly',
    basis: 'Luật Tiếp công dân 2013, Điều 15',
  });
  const session = (leaderUserId: string) => ({
    unitId: units.haTu.id,
    leaderUserId,
    leaderName: 'Chủ tịch phường',
    plannedOn: '2026-11-18',
  });

  it.each([
    ['a user who does not exist', () => randomUUID()],
    ['a leader of the neighbouring ward', () => bcLeaderId],
    ['a citizen', () => citizenId],
  ])('a rule led by %s is refused with 400 naming leaderUserId', async (_label, id) => {
    const res = await admin.post('/api/reception/rules', rule(id()));
    expectProblem(res, 400);
    expect(fieldsOf(res)).toEqual(['leaderUserId']);
  });

  it.each([
    ['a user who does not exist', () => randomUUID()],
    ['a leader of the neighbouring ward', () => bcLeaderId],
  ])('a session led by %s is refused with 400 naming leaderUserId', async (_label, id) => {
    const res = await officer.post('/api/reception/sessions', session(id()));
    expectProblem(res, 400);
    expect(fieldsOf(res)).toEqual(['leaderUserId']);
  });

  it('a session held by someone out of reach is refused with 400 naming heldByUserId', async () => {
    const created = await officer.post('/api/reception/sessions', session(htLeaderId));
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/reception/sessions/${created.json().id}/held`;
    for (const heldByUserId of [randomUUID(), bcLeaderId]) {
      const res = await officer.post(url, { heldByName: 'Phó Chủ tịch', heldByUserId });
      expectProblem(res, 400);
      expect(fieldsOf(res)).toEqual(['heldByUserId']);
    }
    const ok = await officer.post(url, { heldByName: 'Chủ tịch phường', heldByUserId: htLeaderId });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('a rule led by a leader of the ward is accepted', async () => {
    const res = await admin.post('/api/reception/rules', rule(htLeaderId));
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('extreme dates', () => {
  const petition = (receivedOn: string) => ({
    unitId: units.haTu.id,
    channel: 'in_person',
    kind: 'complaint',
    subject: 'Khiếu nại việc thu hồi đất',
    content: 'Khiếu nại quyết định thu hồi đất vì mức bồi thường chưa thỏa đáng',
    sender: { name: 'Nguyễn Văn Hùng' },
    receivedOn,
  });

  it.each(['9999-12-31', '2101-01-01', '0000-01-01', '2026-02-30'])(
    'receivedOn %s is refused with 400 naming it',
    async (date) => {
      const res = await handler.post('/api/petitions', petition(date));
      expectProblem(res, 400, date);
      expect(fieldsOf(res)).toContain('receivedOn');
    },
  );

  it.each([
    ['/api/petitions/stats', 'from=2026-01-01&to=9999-12-31', 'to'],
    ['/api/petitions/stats', 'from=9999-12-31&to=9999-12-31', 'from'],
    ['/api/reception/stats', 'from=2026-01-01&to=9999-12-31', 'to'],
    ['/api/reception/sessions', 'from=2026-01-01&to=9999-12-31', 'to'],
    ['/api/reception/compliance', 'from=2026-01-01&to=9999-12-31', 'to'],
    ['/api/audit', 'from=9999-12-31', 'from'],
  ])('%s?%s is refused with 400 naming %s', async (path, query, field) => {
    const who = path.startsWith('/api/petitions') ? handler : admin;
    const res = await who.get(`${path}?${query}`);
    expectProblem(res, 400, path);
    expect(fieldsOf(res)).toContain(field);
  });

  it('the last day of the supported range still computes its deadline', async () => {
    const res = await handler.post('/api/petitions', petition('2100-12-31'));
    expect(res.statusCode, res.body).toBe(201);
  });
});

function multipart(parts: { name: string; filename?: string; body: string }[], boundary = 'ranhgioi') {
  const chunks = parts.map((p) => {
    const disposition = p.filename
      ? `form-data; name="${p.name}"; filename="${p.filename}"`
      : `form-data; name="${p.name}"`;
    const type = p.filename ? 'Content-Type: text/csv\r\n' : '';
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n${p.body}\r\n`;
  });
  return {
    payload: `${chunks.join('')}--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('uploads', () => {
  const csv = 'ma,ten,loai,ma_cap_tren\nHT-TO7,Tổ dân phố 7,residential_group,';
  let petitionUrl: string;

  beforeAll(async () => {
    const res = await handler.post('/api/petitions', {
      unitId: units.haTu.id,
      channel: 'post',
      kind: 'recommendation',
      subject: 'Kiến nghị sửa đường',
      content: 'Đề nghị sửa đường ngõ 5 bị hỏng nặng sau mưa lũ',
      sender: { name: 'Trần Thị Mai' },
    });
    expect(res.statusCode, res.body).toBe(201);
    petitionUrl = `/api/petitions/${res.json().id}/attachments`;
  });

  it.each([
    ['the unit import', () => admin, () => '/api/units/import'],
    ['a petition attachment', () => handler, () => petitionUrl],
  ])('a truncated multipart body to %s is refused with 400', async (_label, who, url) => {
    const { payload, headers } = multipart([{ name: 'file', filename: 'a.csv', body: csv }]);
    const res = await who().request({ method: 'POST', url: url(), payload: payload.slice(0, 120), headers });
    expectProblem(res, 400);
  });

  it.each([
    ['the unit import', () => admin, () => '/api/units/import'],
    ['a petition attachment', () => handler, () => petitionUrl],
  ])('a NUL byte in a file name sent to %s is refused with 400 naming file', async (_label, who, url) => {
    const { payload, headers } = multipart([{ name: 'file', filename: 'don\u0000.pdf', body: '%PDF-1.4' }]);
    const res = await who().request({ method: 'POST', url: url(), payload, headers });
    expectProblem(res, 400);
    expect(fieldsOf(res)).toEqual(['file']);
  });

  it.each([
    ['the unit import', () => admin, () => '/api/units/import'],
    ['a petition attachment', () => handler, () => petitionUrl],
  ])('a second file sent to %s is refused with 400 naming it', async (_label, who, url) => {
    const { payload, headers } = multipart([
      { name: 'file', filename: 'a.csv', body: csv },
      { name: 'file2', filename: 'b.csv', body: csv },
    ]);
    const res = await who().request({ method: 'POST', url: url(), payload, headers });
    expectProblem(res, 400);
    expect(fieldsOf(res)).toEqual(['file2']);
  });
});

describe('races', () => {
  it('two concurrent creations of one username give 201 and 409', async () => {
    const body = {
      username: 'ht.trungten',
      fullName: 'Phạm Văn Trùng',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password: `${PASSWORD}-Dai`,
    };
    const answers = await Promise.all([admin.post('/api/users', body), admin.post('/api/users', body)]);
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses, answers.map((r) => r.body).join('\n')).toEqual([201, 409]);
    const conflict = answers.find((r) => r.statusCode === 409);
    if (!conflict) throw new Error('no conflict');
    expect(fieldsOf(conflict)).toEqual(['username']);
    expectProblem(conflict, 409);
  });
});

describe("the framework's own answers", () => {
  it('a path parameter too long answers a problem+json 414', async () => {
    const res = await admin.get(`/api/units/${'a'.repeat(2000)}`);
    expectProblem(res, 414);
  });

  it('a malformed URL component answers a problem+json 400', async () => {
    const res = await admin.get('/api/units/%E0%A4%A');
    expectProblem(res, 400);
  });

  it('a body over the limit answers a problem+json 413', async () => {
    const res = await world.anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ username: 'x'.repeat(2_000_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 413);
  });

  it('an unsupported content type answers a problem+json 415', async () => {
    const res = await world.anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      payload: '<xml/>',
      headers: { 'content-type': 'application/xml' },
    });
    expectProblem(res, 415);
  });

  it.each(['GET', 'PUT', 'OPTIONS'])('%s on an unknown route answers a problem+json 404', async (method) => {
    const res = await admin.request({ method, url: '/api/khong-co' });
    expectProblem(res, 404);
  });
});

describe('long periods', () => {
  it('a compliance report over the whole supported range answers within seconds', async () => {
    const started = Date.now();
    const res = await admin.get('/api/reception/compliance?from=1900-01-01&to=2100-12-31');
    expect(res.statusCode, res.body).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
