import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/roles.js';
import { foldVietnamese } from '../../src/domain/text.js';
import { type Client, createWorld, neighbourhood, type TestUnit, type TestWorld } from '../support/app.js';
import { dumpDatabase } from '../support/dump.js';
import { portalForm } from '../support/multipart.js';

/**
 * The denouncer's identity is a secret (Luật Tố cáo 2018, Điều 47): only the handler assigned to his case
 * may see it. Denunciations come in by every path the product has; then every other user hunts each
 * denouncer's name, ID number, phone and address through every GET route of the API (lists, searches,
 * details, exports, notifications, audit), the audit table itself and a backup of the database. A control
 * petition whose sender is not secret must be found the same ways, so the hunt cannot pass by looking
 * nowhere.
 */

interface Identity {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
const clients = new Map<string, Client>();
const denouncers: Identity[] = [];
const petitionIds: string[] = [];
const visitIds: string[] = [];
const codes: string[] = [];
let control: Identity;
let controlCode = '';

const users: [string, Role, keyof Awaited<ReturnType<typeof neighbourhood>>][] = [
  ['hatu.tiepdan', 'reception_officer', 'haTu'],
  ['hatu.thuly', 'case_handler', 'haTu'],
  ['hatu.thuly2', 'case_handler', 'haTu'],
  ['hatu.lanhdao', 'leader', 'haTu'],
  ['hatu.thanhtra', 'inspector', 'haTu'],
  ['hatu.quantri', 'unit_admin', 'haTu'],
  ['hatu.danvan', 'mobilization_officer', 'haTu'],
  ['qn.lanhdao', 'leader', 'province'],
  ['qn.thanhtra', 'inspector', 'province'],
  ['qn.quantri', 'system_admin', 'country'],
  ['baichay.tiepdan', 'reception_officer', 'baiChay'],
  ['baichay.thuly', 'case_handler', 'baiChay'],
  ['baichay.lanhdao', 'leader', 'baiChay'],
];

let seq = 0;
function identity(): Identity {
  seq += 1;
  const n = String(seq).padStart(2, '0');
  const who: Identity = {
    name: `Lưu Thị Kín Đáo ${['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'][seq - 1]}`,
    idNumber: `0221990077${n}`,
    phone: `09127700${n}`,
    address: `Số ${n} ngõ Ẩn Danh ${n}, tổ 9`,
  };
  denouncers.push(who);
  return who;
}

const sender = (who: Identity) => ({
  name: who.name,
  idNumber: who.idNumber,
  phone: who.phone,
  address: who.address,
});
const needles = (who: Identity) => [who.name, foldVietnamese(who.name), who.idNumber, who.phone, who.address];

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

/** The citizen portal's submission (anonymous or signed in), with files, as the web form sends it. */
async function submitPortal(
  client: Client,
  body: Record<string, unknown>,
  files: { name: string; data: Buffer }[] = [],
) {
  const form = await portalForm(body, files);
  const res = await client.request({ method: 'POST', url: '/api/public/petitions', ...form });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { trackingCode: string; pin: string };
}

const denunciationBody = (unit: TestUnit, who: Identity | null, n: number) => ({
  unitId: unit.id,
  kind: 'denunciation',
  subject: `Tố cáo cán bộ địa chính thu tiền trái phép lần ${n}`,
  content: `Tố cáo ông Trần Văn Nhận, cán bộ địa chính phường, nhận tiền của các hộ để làm sổ đỏ nhanh, vụ thứ ${n}`,
  accusedName: 'Trần Văn Nhận',
  accusedPosition: 'Cán bộ địa chính',
  ...(who ? { sender: sender(who) } : {}),
});

const visitBody = (unit: TestUnit, who: Identity, extra: Record<string, unknown> = {}) => ({
  unitId: unit.id,
  place: 'Trụ sở tiếp công dân phường',
  kind: 'regular',
  citizens: [
    {
      fullName: who.name,
      idNumber: who.idNumber,
      phone: who.phone,
      address: who.address,
      isRepresentative: false,
    },
  ],
  content: 'Công dân đến trình bày, tố cáo cán bộ địa chính nhận tiền của dân',
  outcome: 'petition_received',
  ...extra,
});

async function lookupId(code: string) {
  const row = await world.database.db
    .selectFrom('petition')
    .select('id')
    .where('tracking_code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function act(c: Client, id: string, body: Record<string, unknown>) {
  const res = await c.post(`/api/petitions/${id}/actions`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  for (const [username, role, unit] of users) await world.newUser(username, [[role, units[unit]]]);
  await world.newUser('congdan.kin', [['citizen', units.haTu]], { kind: 'citizen' });
  await world.newUser('congdan.khac', [['citizen', units.haTu]], { kind: 'citizen' });
  for (const [username] of users) clients.set(username, await world.as(username));
  clients.set('congdan.khac', await world.as('congdan.khac'));
  const officer = await world.as('hatu.tiepdan');
  const leader = await world.as('hatu.lanhdao');
  const handler = await world.as('hatu.thuly');

  // 1. Staff intake, then classified, assigned to hatu.thuly: he alone may reveal it.
  const staff = await officer.post('/api/petitions', {
    ...denunciationBody(units.haTu, identity(), 1),
    channel: 'post',
  });
  expect(staff.statusCode, staff.body).toBe(201);
  const staffId = staff.json().id as string;
  await act(officer, staffId, { action: 'classify', kind: 'denunciation', competence: 'in' });
  const handlerId = (await handler.get('/api/auth/me')).json().user.id;
  await act(leader, staffId, { action: 'assign', handlerId });

  // 2. Portal, anonymous sender who still names himself, with a photo.
  const anonymous = await submitPortal(world.anonymous(), denunciationBody(units.haTu, identity(), 2), [
    { name: 'anh-chup.png', data: PNG },
  ]);
  // 3. Portal, a signed-in citizen.
  const signedIn = await submitPortal(
    await world.as('congdan.kin'),
    denunciationBody(units.haTu, identity(), 3),
  );

  // 4. A visit recorded in clear, then a denunciation received from it: the visit is sealed after the fact.
  const whoCame = identity();
  const visit = await officer.post('/api/reception/visits', visitBody(units.haTu, whoCame));
  expect(visit.statusCode, visit.body).toBe(201);
  const fromVisit = await officer.post('/api/petitions', {
    ...denunciationBody(units.haTu, whoCame, 4),
    channel: 'in_person',
    visitId: visit.json().id,
  });
  expect(fromVisit.statusCode, fromVisit.body).toBe(201);
  visitIds.push(visit.json().id);
  await act(officer, fromVisit.json().id, { action: 'classify', kind: 'denunciation', competence: 'in' });
  await act(leader, fromVisit.json().id, { action: 'assign', handlerId });
  // 5. A visit marked as a denunciation from the start; its petition takes the sealed citizen as sender.
  const sealedVisit = await officer.post(
    '/api/reception/visits',
    visitBody(units.haTu, identity(), { denunciation: true }),
  );
  expect(sealedVisit.statusCode, sealedVisit.body).toBe(201);
  expect(sealedVisit.json().citizensSealed).toBe(true);
  visitIds.push(sealedVisit.json().id);
  const fromSealed = await officer.post('/api/petitions', {
    ...denunciationBody(units.haTu, null, 5),
    channel: 'in_person',
    visitId: sealedVisit.json().id,
  });
  expect(fromSealed.statusCode, fromSealed.body).toBe(201);
  expect((await officer.get(`/api/petitions/${fromSealed.json().id}`)).json().senderHidden).toBe(true);

  // 6. Forwarded out of competence to Bãi Cháy: the copy carries the sealed identity.
  const toForward = await officer.post('/api/petitions', {
    ...denunciationBody(units.haTu, identity(), 6),
    channel: 'post',
  });
  await act(officer, toForward.json().id, { action: 'classify', kind: 'denunciation', competence: 'out' });
  const forwarded = await act(officer, toForward.json().id, {
    action: 'forward',
    targetUnitId: units.baiChay.id,
  });
  expect(forwarded.forwardedToId).toBeTruthy();

  // 7. Split into two denunciations: each part carries it.
  const toSplit = await officer.post('/api/petitions', {
    ...denunciationBody(units.haTu, identity(), 7),
    channel: 'post',
  });
  const split = await officer.post(`/api/petitions/${toSplit.json().id}/split`, {
    parts: [
      {
        kind: 'denunciation',
        subject: 'Tố cáo nhận tiền làm sổ đỏ',
        content: 'Phần thứ nhất: nhận tiền làm sổ đỏ nhanh',
      },
      {
        kind: 'denunciation',
        subject: 'Tố cáo gây khó khăn cho dân',
        content: 'Phần thứ hai: cố ý gây khó khăn khi làm hồ sơ',
      },
    ],
  });
  expect(split.statusCode, split.body).toBe(200);

  // The control: a complaint whose sender is public, found by the same hunt.
  control = {
    name: 'Đinh Công Khai',
    idNumber: '022199008888',
    phone: '0912880088',
    address: 'Số 88 phố Công Khai',
  };
  const visible = await officer.post('/api/petitions', {
    unitId: units.haTu.id,
    channel: 'post',
    kind: 'complaint',
    subject: 'Khiếu nại quyết định thu hồi đất số 88',
    content: 'Khiếu nại quyết định thu hồi đất số 88/QĐ-UBND vì bồi thường thấp',
    sender: sender(control),
  });
  expect(visible.statusCode, visible.body).toBe(201);
  controlCode = visible.json().trackingCode;

  for (const code of [staff.json().trackingCode, anonymous.trackingCode, signedIn.trackingCode])
    codes.push(code);
  for (const r of [fromVisit, fromSealed, toForward, toSplit]) codes.push(r.json().trackingCode);
  codes.push(...(split.json().parts as string[]));
  for (const code of codes) petitionIds.push(await lookupId(code));
  petitionIds.push(forwarded.forwardedToId, visible.json().id);
  // Notifications, reminders and audit have all been written by now.
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/** Every GET route of the API with each known petition, visit and code, and the usual queries. */
async function everyGet(): Promise<string[]> {
  const doc = (await world.anonymous().get('/api/docs/json')).json() as { paths: Record<string, object> };
  const period = 'from=2025-01-01&to=2026-12-31';
  const urls: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!('get' in ops)) continue;
    if (path.includes('{id}') && path.startsWith('/api/petitions/')) {
      for (const id of petitionIds) urls.push(path.replace('{id}', id));
    } else if (path.includes('{id}') && path.startsWith('/api/reception/visits/')) {
      for (const id of visitIds) urls.push(path.replace('{id}', id));
    } else if (path.includes('{code}')) {
      for (const code of [...codes, controlCode]) urls.push(path.replace('{code}', code));
    } else if (!path.includes('{')) {
      urls.push(path, `${path}?${period}`);
      for (const unit of [units.haTu, units.baiChay, units.province])
        urls.push(`${path}?${period}&unitId=${unit.id}`);
    }
  }
  return urls;
}

/** The text of an answer: JSON as is, an Excel workbook cell by cell. */
async function textOf(res: { headers: Record<string, unknown>; rawPayload: Buffer; body: string }) {
  const type = String(res.headers['content-type'] ?? '');
  if (!type.includes('spreadsheetml')) return res.body;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? '')))),
  );
  return cells.join(' ');
}

const revealRoute = (url: string) => url.endsWith('/denouncer') || url.endsWith('/citizens');

describe('a denouncer is known to his handler only (Luật Tố cáo 2018, Điều 47)', () => {
  it('shows the identity to the assigned handler, and the control sender to his unit', async () => {
    const handler = clients.get('hatu.thuly');
    const [staffId] = petitionIds;
    const revealed = await handler?.get(`/api/petitions/${staffId}/denouncer`);
    expect(revealed?.json().name).toBe(denouncers[0]?.name);
    // The visit's citizens too, to him alone; his colleague and his leader are refused.
    const [visitId] = visitIds;
    const citizens = await handler?.get(`/api/reception/visits/${visitId}/citizens`);
    expect(citizens?.json()[0].fullName).toBe(denouncers[3]?.name);
    for (const other of ['hatu.thuly2', 'hatu.lanhdao', 'qn.quantri'])
      expect((await clients.get(other)?.get(`/api/reception/visits/${visitId}/citizens`))?.statusCode).toBe(
        403,
      );
    const found = await clients
      .get('hatu.tiepdan')
      ?.get(`/api/petitions?q=${encodeURIComponent(foldVietnamese(control.name))}`);
    expect(found?.json().items.map((p: { trackingCode: string }) => p.trackingCode)).toEqual([controlCode]);
  });

  it('is found by nobody else through any GET route, search or export', async () => {
    const urls = await everyGet();
    const searches = denouncers.flatMap((who) =>
      [foldVietnamese(who.name), who.idNumber, who.phone]
        .flatMap((q) => [
          `/api/petitions?q=${encodeURIComponent(q)}`,
          `/api/reception/visits?q=${encodeURIComponent(q)}`,
          `/api/reception/matters?q=${encodeURIComponent(q)}`,
        ])
        .concat(`/api/reception/matters?idNumber=${who.idNumber}`),
    );
    const leaks: string[] = [];
    let requests = 0;
    let controlSeen = 0;
    for (const [username, client] of clients) {
      for (const url of urls) {
        // The assigned handler reveals his own cases: shown in the first test, not a leak.
        if (revealRoute(url) && username === 'hatu.thuly') continue;
        const res = await client.get(url);
        requests += 1;
        expect(res.statusCode, `${username} GET ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        const text = await textOf(res);
        if (text.includes(control.idNumber)) controlSeen += 1;
        for (const who of denouncers)
          for (const needle of needles(who))
            if (text.includes(needle)) leaks.push(`${username} GET ${url}: ${needle}`);
      }
      for (const url of searches) {
        const res = await client.get(url);
        requests += 1;
        if (res.statusCode !== 200) continue;
        const body = res.json();
        const items = Array.isArray(body) ? body : (body.items ?? []);
        // The denouncers' words match nothing: a match alone would say "this person came".
        if (items.length > 0) leaks.push(`${username} GET ${url}: ${items.length} found`);
      }
    }
    expect(leaks).toEqual([]);
    expect(requests).toBeGreaterThan(1000);
    // The same hunt finds the public sender: it looks where identities would be.
    expect(controlSeen).toBeGreaterThan(10);
  }, 300_000);

  it('is kept out of every audit entry, notification and public timeline', async () => {
    const entries = await world.database.db.selectFrom('audit_log').selectAll().execute();
    // A citizen's own sign-in is his: every other entry must not name a denouncer.
    const audit = JSON.stringify(entries.filter((e) => e.entity !== 'user'));
    const notices = JSON.stringify(await world.database.db.selectFrom('notification').selectAll().execute());
    for (const who of denouncers)
      for (const needle of needles(who)) {
        expect(audit, needle).not.toContain(needle);
        expect(notices, needle).not.toContain(needle);
      }
    expect(audit).toContain(control.name);
    // A denunciation sent from the portal names no actor and keeps no address, signed in or not.
    const intakes = entries.filter(
      (e) => e.entity === 'petition' && e.action === 'create' && e.actor_id === null,
    );
    expect(intakes.length).toBeGreaterThanOrEqual(2);
    for (const e of intakes) expect([e.actor_name, e.ip]).toEqual([null, null]);
    const citizen = await world.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'congdan.kin')
      .executeTakeFirstOrThrow();
    expect(audit).not.toContain(citizen.id);
  });

  it('is not in a backup in clear, and the backup holds no key', async () => {
    const dump = await dumpDatabase(world.database);
    for (const who of denouncers)
      for (const needle of needles(who)) expect(dump.includes(needle), needle).toBe(false);
    expect(dump.includes(control.name)).toBe(true);
    expect(dump.includes(Buffer.alloc(32, 7).toString('base64'))).toBe(false);
  });
});

describe('a denouncer matched on his ID number (the CCCD probe)', () => {
  it('gives another sender or another ward nothing of the denunciation', async () => {
    const [who] = denouncers;
    if (!who) throw new Error('no denouncer');
    const probe = {
      ...denunciationBody(units.haTu, who, 1),
      kind: 'complaint',
      subject: 'Tố cáo cán bộ địa chính thu tiền trái phép lần 1',
    };
    // From the portal, anonymous: the answer and the public timeline.
    const sent = await submitPortal(world.anonymous(), probe);
    const status = await world.anonymous().get(`/api/public/petitions/${sent.trackingCode}`);
    for (const code of codes) expect(status.body).not.toContain(code);
    // From Bãi Cháy's staff: no duplicateOf, no code in their petition's history.
    const bc = clients.get('baichay.tiepdan');
    const created = await bc?.post('/api/petitions', { ...probe, unitId: units.baiChay.id, channel: 'post' });
    expect(created?.statusCode).toBe(201);
    expect(created?.json()).toMatchObject({ duplicateOf: null });
    const events = await bc?.get(`/api/petitions/${created?.json().id}/events`);
    for (const code of codes) expect(events?.body).not.toContain(code);
    // And the code alone no longer lets a stranger rate (and so close) it.
    const rate = await world.anonymous().post(`/api/public/petitions/${codes[1]}/rating`, { rating: 1 });
    expect(rate.statusCode).not.toBe(200);
  });
});
