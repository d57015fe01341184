import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Permission, type Role, rolePermissions } from '../src/domain/roles.js';
import {
  Client,
  createWorld,
  neighbourhood,
  PASSWORD,
  type TestUnit,
  type TestWorld,
} from './support/app.js';

/*
 * Two neighbouring wards. Every user of Hà Tu, whatever his role, calls every route of the API with the
 * ids and codes of Bãi Cháy. The answer must be the one for an id that does not exist (404, or 400 on
 * the field that names a target out of reach, or 403 to a role that may not use the route at all), a
 * list must not hold anything of Bãi Cháy, and no answer may carry a Bãi Cháy name or id.
 */

type Request = Parameters<Client['request']>[0];
type Response = Awaited<ReturnType<Client['request']>>;

/** Names and ids of Bãi Cháy; none may appear in an answer to a Hà Tu user. */
const secrets = new Set<string>(['Bãi Cháy', 'Cái Dăm', 'Khu phố 3', 'bc.quantri', 'bc.canbo']);

function expectNoSecret(body: string, label: string) {
  expect(
    [...secrets].filter((s) => body.includes(s)),
    `${label} leaks`,
  ).toEqual([]);
}

/** A client whose every answer is searched for Bãi Cháy's names and ids. */
class WatchedClient extends Client {
  override async request(opts: Request): Promise<Response> {
    const res = await super.request(opts);
    expectNoSecret(res.body, `${opts.method} ${opts.url}`);
    return res;
  }
}

const HA_TU_ROLES = [
  'unit_admin',
  'leader',
  'inspector',
  'reception_officer',
  'mobilization_officer',
  'case_handler',
] as const satisfies readonly Role[];

interface Caller {
  role: Role;
  client: WatchedClient;
  can(p: Permission): boolean;
}

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let callers: Caller[];
let noGrants: WatchedClient;
let citizen: WatchedClient;
let bcAdmin: Client;

/** Hà Tu's own data, used as the legitimate half of a request. */
const ht = { unit: {} as TestUnit, orgId: '', targetUserId: '', dualUserId: '', users: [] as string[] };
/** Bãi Cháy's data, created by its own admin through the API so that it has audit entries. */
const bc = {
  unitId: '',
  unitCode: 'BC-CAIDAM',
  orgId: '',
  adminId: '',
  userId: '',
  userGrantId: '',
  dualGrantId: '',
  visitId: '',
  matterId: '',
  ruleId: '',
  sessionId: '',
  petitionId: '',
};

async function watched(username: string) {
  const client = new WatchedClient(world.app);
  const res = await client.login(username);
  expect(res.statusCode, res.body).toBe(200);
  return client;
}

async function haTuUser(username: string, grants: Parameters<TestWorld['newUser']>[1], kind?: 'citizen') {
  const id = await world.newUser(username, grants, { home: units.haTu, kind });
  ht.users.push(username);
  return id;
}

async function grantIdOf(userId: string, unitId: string) {
  const row = await world.database.db
    .selectFrom('user_grant')
    .select('id')
    .where('user_id', '=', userId)
    .where('admin_unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function created(res: Promise<Response>) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);

  bc.adminId = await world.newUser('bc.quantri', [['unit_admin', units.baiChay]]);
  bcAdmin = await world.as('bc.quantri');
  bc.unitId = await created(
    bcAdmin.post('/api/units', {
      parentId: units.baiChay.id,
      code: bc.unitCode,
      name: 'Khu phố Cái Dăm',
      kind: 'quarter',
    }),
  );
  bc.orgId = await created(
    bcAdmin.post('/api/organizations', {
      unitId: units.baiChay.id,
      kind: 'mass_org',
      name: 'Hội Cựu chiến binh phường Bãi Cháy',
    }),
  );
  bc.userId = await created(
    bcAdmin.post('/api/users', {
      username: 'bc.canbo',
      fullName: 'Đỗ Thị Cái Dăm',
      kind: 'staff',
      homeUnitId: bc.unitId,
      password: PASSWORD,
    }),
  );
  bc.userGrantId = await created(
    bcAdmin.post(`/api/users/${bc.userId}/grants`, { role: 'leader', unitId: units.baiChay.id }),
  );

  await world.newUser('bc.tiepdan', [['reception_officer', units.baiChay]]);
  const bcOfficer = await world.as('bc.tiepdan');
  bc.ruleId = await created(
    bcAdmin.post('/api/reception/rules', {
      unitId: units.baiChay.id,
      leaderTitle: 'Chủ tịch UBND phường Bãi Cháy',
      frequency: 'monthly',
      basis: 'Luật Tiếp công dân 2013, Điều 15',
    }),
  );
  bc.sessionId = await created(
    bcOfficer.post('/api/reception/sessions', {
      unitId: units.baiChay.id,
      ruleId: bc.ruleId,
      leaderName: 'Chủ tịch Bãi Cháy',
      plannedOn: '2026-11-16',
    }),
  );
  const visit = await bcOfficer.post(
    '/api/reception/visits',
    visitBody(units.baiChay.id, {
      citizens: [{ fullName: 'Lý Văn Cái Dăm', idNumber: '022087009999' }],
      content: 'Đề nghị giải quyết tranh chấp đất tại khu phố Cái Dăm',
    }),
  );
  expect(visit.statusCode, visit.body).toBe(201);
  bc.visitId = visit.json().id;
  bc.matterId = visit.json().matterId;
  bc.petitionId = await created(
    bcOfficer.post(
      '/api/petitions',
      petitionBody(units.baiChay.id, {
        kind: 'denunciation',
        sender: { name: 'Lý Văn Cái Dăm', idNumber: '022087009999' },
        visitId: bc.visitId,
      }),
    ),
  );

  // A sender in clear and the codes of Bãi Cháy's petitions: none of it may reach Hà Tu (a duplicate
  // match once sent a code across wards).
  const bcSender = {
    name: 'Vương Thị Biển Xanh',
    idNumber: '022190004321',
    phone: '0912004321',
    address: 'Số 5 đường Vòng Bãi Cháy',
    email: 'vuong.bienxanh@example.vn',
  };
  const feedback = await bcOfficer.post(
    '/api/petitions',
    petitionBody(units.baiChay.id, { kind: 'feedback', sender: bcSender }),
  );
  expect(feedback.statusCode, feedback.body).toBe(201);
  for (const v of Object.values(bcSender)) secrets.add(v);
  secrets.add('022087009999');
  const bcCodes = await world.database.db
    .selectFrom('petition')
    .select('tracking_code')
    .where('unit_path', '=', units.baiChay.path)
    .execute();
  for (const r of bcCodes) secrets.add(r.tracking_code);

  ht.unit = await world.newUnit(units.haTu, 'residential_group', 'Tổ dân phố 2');
  for (const role of HA_TU_ROLES) await haTuUser(`ht.${role}`, [[role, units.haTu]]);
  ht.targetUserId = await haTuUser('ht.muctieu', [['leader', units.haTu]]);
  await haTuUser('ht.doimatkhau', [['leader', units.haTu]]);
  // Lives in Hà Tu and also leads in Bãi Cháy: Hà Tu may see him, not his Bãi Cháy role.
  ht.dualUserId = await haTuUser('ht.kiemnhiem', [
    ['leader', units.haTu],
    ['leader', units.baiChay],
  ]);
  await haTuUser('ht.chuaquyen', []);
  await haTuUser('ht.congdan', [['citizen', units.haTu]], 'citizen');
  bc.dualGrantId = await grantIdOf(ht.dualUserId, units.baiChay.id);

  const unitAdmin = await world.as('ht.unit_admin');
  ht.orgId = await created(
    unitAdmin.post('/api/organizations', {
      unitId: units.haTu.id,
      kind: 'front',
      name: 'Mặt trận phường Hà Tu',
    }),
  );

  for (const id of [units.baiChay.id, units.baiChayVillage.id, ...Object.values(bc)]) secrets.add(id);
  secrets.add(await grantIdOf(bc.adminId, units.baiChay.id));

  callers = [];
  for (const role of HA_TU_ROLES) {
    callers.push({
      role,
      client: await watched(`ht.${role}`),
      can: (p) => rolePermissions[role].includes(p),
    });
  }
  noGrants = await watched('ht.chuaquyen');
  citizen = await watched('ht.congdan');
});
afterAll(() => world.close());

function problemOf(res: Response) {
  expect(res.headers['content-type']).toContain('application/problem+json');
  const { type, title, status, errors } = res.json();
  return { type, title, status, errors };
}

/** The neighbour's id gets the answer of an id that does not exist: 404 if the role may act, else 403. */
async function expectUnseen(
  c: Caller,
  perm: Permission,
  send: (id: string) => Promise<Response>,
  id: string,
) {
  const theirs = await send(id);
  const nobody = await send(randomUUID());
  expect(theirs.statusCode, `${c.role}: ${theirs.body}`).toBe(c.can(perm) ? 404 : 403);
  expect(problemOf(theirs)).toEqual(problemOf(nobody));
}

/** A write aimed at the neighbour's unit is refused on the field naming it, like a unit that does not exist. */
async function expectTargetRefused(
  c: Caller,
  perm: Permission,
  field: string,
  send: (id: string) => Promise<Response>,
  id: string,
) {
  const theirs = await send(id);
  const nobody = await send(randomUUID());
  expect(theirs.statusCode, `${c.role}: ${theirs.body}`).toBe(c.can(perm) ? 400 : 403);
  if (c.can(perm)) expect(theirs.json().errors.map((e: { path: string }) => e.path)).toEqual([field]);
  expect(problemOf(theirs)).toEqual(problemOf(nobody));
}

async function expectList(c: Caller, perm: Permission, url: string) {
  const res = await c.client.get(url);
  expect(res.statusCode, `${c.role} ${url}: ${res.body}`).toBe(c.can(perm) ? 200 : 403);
  return c.can(perm) ? res.json() : null;
}

async function importRequest(parentCode: string): Promise<Request> {
  const form = new FormData();
  form.append('mode', 'all');
  form.append(
    'file',
    new Blob([
      `Mã,Tên,Loại,Mã cấp trên\nHT-NHAP-${randomUUID().slice(0, 8)},Tổ mới,Tổ dân phố,${parentCode}\n`,
    ]),
    'don-vi.csv',
  );
  const encoded = new Response(form);
  return {
    method: 'POST',
    url: '/api/units/import',
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}

let codeSeq = 0;
const unitBody = (parentId: string) => ({
  parentId,
  code: `HT-MOI-${++codeSeq}`,
  name: 'Tổ dân phố mới',
  kind: 'residential_group',
});
const userBody = (homeUnitId: string) => ({
  username: `ht.moi.${++codeSeq}`,
  fullName: 'Cán bộ mới',
  kind: 'staff',
  homeUnitId,
  password: 'MatKhauMoi2030',
});

function visitBody(unitId: string, extra: Record<string, unknown> = {}) {
  return {
    unitId,
    receivedAt: '2026-11-17T02:00:00Z',
    place: 'Trụ sở UBND phường',
    kind: 'regular',
    citizens: [{ fullName: 'Nguyễn Văn Hùng' }],
    content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất',
    outcome: 'guided',
    ...extra,
  };
}
const ruleBody = (unitId: string) => ({
  unitId,
  leaderTitle: 'Chủ tịch UBND phường',
  frequency: 'monthly',
  basis: 'Luật Tiếp công dân 2013, Điều 15',
});
const sessionBody = (unitId: string, extra: Record<string, unknown> = {}) => ({
  unitId,
  leaderName: 'Chủ tịch phường',
  plannedOn: '2026-11-18',
  ...extra,
});
const PERIOD = 'from=2026-01-01&to=2026-12-31';
const appealBody = (unitId: string) => ({
  unitId,
  content: 'Khiếu nại lần hai đối với quyết định giải quyết',
});
const splitBody = {
  parts: [
    { kind: 'complaint', subject: 'Khiếu nại thu hồi đất', content: 'Khiếu nại quyết định thu hồi đất số 1' },
    { kind: 'feedback', subject: 'Phản ánh ô nhiễm', content: 'Phản ánh bụi than từ xe vận chuyển' },
  ],
};
function petitionBody(unitId: string, extra: Record<string, unknown> = {}) {
  return {
    unitId,
    channel: 'in_person',
    kind: 'complaint',
    subject: 'Khiếu nại việc thu hồi đất',
    content: 'Khiếu nại quyết định thu hồi đất vì mức bồi thường chưa thỏa đáng',
    sender: { name: 'Nguyễn Văn Hùng' },
    ...extra,
  };
}

const calendarBody = { basis: 'Thông báo lịch nghỉ năm 2029', daysOff: [], workingDays: [] };

interface RouteCase {
  /** What the route needs; null for the caller's own account and the catalogs. */
  perm: Permission | null;
  /** A valid request on Hà Tu's own data, which an account without the permission must see refused. */
  sample?: () => Promise<Request> | Request;
  /** Runs once (with the unit admin) rather than for every role: it spends the caller's own account. */
  once?: boolean;
  probe(c: Caller): Promise<void>;
}

const routes: Record<string, RouteCase> = {
  'POST /api/auth/login': {
    perm: null,
    once: true,
    async probe() {
      const theirs = await world.anonymous().login('bc.canbo', 'SaiMatKhau123');
      const nobody = await world.anonymous().login('khong.ai.ca', 'SaiMatKhau123');
      expect(theirs.statusCode).toBe(401);
      expect(theirs.json()).toEqual(nobody.json());
      const mine = await new WatchedClient(world.app).login('ht.leader');
      expect(mine.statusCode).toBe(200);
      expectNoSecret(mine.body, 'login');
    },
  },
  'POST /api/auth/logout': {
    perm: null,
    once: true,
    async probe() {
      const client = await watched('ht.doimatkhau');
      expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
      expect((await bcAdmin.get('/api/auth/me')).statusCode).toBe(200);
    },
  },
  'GET /api/auth/me': {
    perm: null,
    async probe(c) {
      const res = await c.client.get('/api/auth/me');
      expect(res.statusCode).toBe(200);
      expect(res.json().user.grants.map((g: { unitId: string }) => g.unitId)).toEqual([units.haTu.id]);
    },
  },
  'POST /api/auth/password': {
    perm: null,
    once: true,
    async probe() {
      const client = await watched('ht.doimatkhau');
      const res = await client.post('/api/auth/password', {
        currentPassword: PASSWORD,
        newPassword: 'MatKhauRieng2031',
      });
      expect(res.statusCode).toBe(204);
      expect((await world.anonymous().login('bc.canbo')).statusCode).toBe(200);
    },
  },
  'POST /api/auth/totp/setup': {
    perm: null,
    once: true,
    async probe(c) {
      const res = await c.client.post('/api/auth/totp/setup');
      expect(res.statusCode).toBe(200);
      expect(res.json().otpauthUrl).toContain('ht.unit_admin');
      expect((await world.anonymous().login('bc.quantri')).statusCode).toBe(200);
    },
  },
  'POST /api/auth/totp/enable': {
    perm: null,
    once: true,
    async probe(c) {
      const res = await c.client.post('/api/auth/totp/enable', { code: '000000' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('code');
    },
  },
  'POST /api/auth/totp/disable': {
    perm: null,
    once: true,
    async probe(c) {
      const res = await c.client.post('/api/auth/totp/disable', { password: 'SaiMatKhau123' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('password');
    },
  },
  'GET /api/unit-kinds': {
    perm: null,
    async probe(c) {
      const res = await c.client.get('/api/unit-kinds');
      expect(res.statusCode).toBe(200);
      expect(res.json().length).toBeGreaterThan(5);
    },
  },
  'GET /api/organization-kinds': {
    perm: null,
    async probe(c) {
      const res = await c.client.get('/api/organization-kinds');
      expect(res.statusCode).toBe(200);
      expect(res.json().length).toBeGreaterThan(5);
    },
  },
  'GET /api/units': {
    perm: 'org.read',
    sample: () => ({ method: 'GET', url: `/api/units?parentId=${units.haTu.id}` }),
    async probe(c) {
      const roots = await expectList(c, 'org.read', '/api/units');
      expect(roots.items.map((u: { id: string }) => u.id)).toEqual([units.haTu.id]);
      const send = (id: string) => c.client.get(`/api/units?parentId=${id}`);
      await expectUnseen(c, 'org.read', send, units.baiChay.id);
      await expectUnseen(c, 'org.read', send, units.province.id);
    },
  },
  'GET /api/units/search': {
    perm: 'org.read',
    sample: () => ({ method: 'GET', url: '/api/units/search?q=ha%20tu' }),
    async probe(c) {
      for (const q of ['bai chay', 'cai dam', 'khu pho', bc.unitCode]) {
        const res = await c.client.get(`/api/units/search?q=${encodeURIComponent(q)}`);
        expect(res.json().items, `${c.role} q=${q}`).toEqual([]);
      }
      const wards = await c.client.get('/api/units/search?q=phuong');
      expect(wards.json().items.map((u: { id: string }) => u.id)).toEqual([units.haTu.id]);
    },
  },
  'GET /api/units/{id}': {
    perm: 'org.read',
    sample: () => ({ method: 'GET', url: `/api/units/${units.haTu.id}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/units/${id}`);
      for (const id of [units.baiChay.id, units.baiChayVillage.id, bc.unitId, units.province.id])
        await expectUnseen(c, 'org.read', send, id);
    },
  },
  'POST /api/units': {
    perm: 'org.write',
    sample: () => ({ method: 'POST', url: '/api/units', payload: unitBody(units.haTu.id) }),
    async probe(c) {
      const send = (id: string) => c.client.post('/api/units', unitBody(id));
      await expectTargetRefused(c, 'org.write', 'parentId', send, units.baiChay.id);
    },
  },
  'PATCH /api/units/{id}': {
    perm: 'org.write',
    sample: () => ({ method: 'PATCH', url: `/api/units/${ht.unit.id}`, payload: { name: 'Tổ dân phố 2A' } }),
    async probe(c) {
      const send = (id: string) => c.client.patch(`/api/units/${id}`, { name: 'Tên do Hà Tu đặt' });
      for (const id of [units.baiChay.id, bc.unitId]) await expectUnseen(c, 'org.write', send, id);
    },
  },
  'POST /api/units/{id}/move': {
    perm: 'org.write',
    sample: () => ({
      method: 'POST',
      url: `/api/units/${ht.unit.id}/move`,
      payload: { parentId: units.haTuVillage.id },
    }),
    async probe(c) {
      const moveTheirs = (id: string) => c.client.post(`/api/units/${id}/move`, { parentId: units.haTu.id });
      await expectUnseen(c, 'org.write', moveTheirs, bc.unitId);
      const moveOurs = (id: string) => c.client.post(`/api/units/${ht.unit.id}/move`, { parentId: id });
      await expectTargetRefused(c, 'org.write', 'parentId', moveOurs, units.baiChay.id);
    },
  },
  'POST /api/units/import': {
    perm: 'org.write',
    sample: () => importRequest(units.haTu.code),
    async probe(c) {
      const theirs = await c.client.request(await importRequest(units.baiChay.code));
      const nobody = await c.client.request(await importRequest('KHONG-CO-MA-NAY'));
      expect(theirs.statusCode, theirs.body).toBe(c.can('org.write') ? 422 : 403);
      if (c.can('org.write'))
        expect(theirs.json().errors.map((e: { path: string }) => e.path)).toEqual(['rows.2.ma_cap_tren']);
      expect(problemOf(theirs)).toEqual(problemOf(nobody));
    },
  },
  'GET /api/organizations': {
    perm: 'org.read',
    sample: () => ({ method: 'GET', url: `/api/organizations?unitId=${units.haTu.id}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/organizations?unitId=${id}`);
      await expectUnseen(c, 'org.read', send, units.baiChay.id);
      const ours = await expectList(c, 'org.read', `/api/organizations?unitId=${units.haTu.id}`);
      expect(ours.map((o: { id: string }) => o.id)).toEqual([ht.orgId]);
    },
  },
  'POST /api/organizations': {
    perm: 'org.write',
    sample: () => ({
      method: 'POST',
      url: '/api/organizations',
      payload: { unitId: units.haTu.id, kind: 'front', name: 'Tổ chức mới' },
    }),
    async probe(c) {
      const atTheirs = (id: string) =>
        c.client.post('/api/organizations', { unitId: id, kind: 'front', name: 'Tổ chức của Hà Tu' });
      await expectTargetRefused(c, 'org.write', 'unitId', atTheirs, units.baiChay.id);
      const underTheirs = (id: string) =>
        c.client.post('/api/organizations', {
          unitId: units.haTu.id,
          parentId: id,
          kind: 'front',
          name: 'Chi hội của Hà Tu',
        });
      await expectTargetRefused(c, 'org.write', 'parentId', underTheirs, bc.orgId);
    },
  },
  'PATCH /api/organizations/{id}': {
    perm: 'org.write',
    sample: () => ({ method: 'PATCH', url: `/api/organizations/${ht.orgId}`, payload: { name: 'Mặt trận' } }),
    async probe(c) {
      const send = (id: string) => c.client.patch(`/api/organizations/${id}`, { name: 'Tên do Hà Tu đặt' });
      await expectUnseen(c, 'org.write', send, bc.orgId);
      const reparent = (id: string) => c.client.patch(`/api/organizations/${ht.orgId}`, { parentId: id });
      await expectTargetRefused(c, 'org.write', 'parentId', reparent, bc.orgId);
    },
  },
  'GET /api/stats/home': {
    perm: 'org.read',
    sample: () => ({ method: 'GET', url: '/api/stats/home' }),
    async probe(c) {
      const stats = (await expectList(c, 'org.read', '/api/stats/home')) ?? {};
      expect(stats).toMatchObject({
        units: 3, // the ward, Tổ dân phố 1 and Tổ dân phố 2
        communes: 1,
        villages: 2,
        organizations: 1,
        users: ht.users.length,
      });
      if (!c.can('audit.read')) expect(stats.auditToday).toBe(0);
      else {
        const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
        const seen = (await c.client.get(`/api/audit?from=${today}&limit=200`)).json();
        expect(seen.nextCursor).toBeNull();
        expect(stats.auditToday).toBe(seen.items.length);
      }
    },
  },
  'GET /api/users': {
    perm: 'user.read',
    sample: () => ({ method: 'GET', url: '/api/users' }),
    async probe(c) {
      const all = await expectList(c, 'user.read', '/api/users?limit=200');
      if (all)
        expect(all.items.map((u: { username: string }) => u.username).sort()).toEqual([...ht.users].sort());
      const send = (id: string) => c.client.get(`/api/users?unitId=${id}`);
      await expectUnseen(c, 'user.read', send, units.baiChay.id);
      const found = await expectList(c, 'user.read', '/api/users?q=cai%20dam');
      if (found) expect(found.items).toEqual([]);
    },
  },
  'GET /api/users/{id}': {
    perm: 'user.read',
    sample: () => ({ method: 'GET', url: `/api/users/${ht.targetUserId}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/users/${id}`);
      for (const id of [bc.userId, bc.adminId]) await expectUnseen(c, 'user.read', send, id);
      const dual = await expectList(c, 'user.read', `/api/users/${ht.dualUserId}`);
      if (dual) expect(dual.grants.map((g: { unitId: string }) => g.unitId)).toEqual([units.haTu.id]);
    },
  },
  'POST /api/users': {
    perm: 'user.write',
    sample: () => ({ method: 'POST', url: '/api/users', payload: userBody(units.haTu.id) }),
    async probe(c) {
      const send = (id: string) => c.client.post('/api/users', userBody(id));
      await expectTargetRefused(c, 'user.write', 'homeUnitId', send, units.baiChay.id);
    },
  },
  'PATCH /api/users/{id}': {
    perm: 'user.write',
    sample: () => ({
      method: 'PATCH',
      url: `/api/users/${ht.targetUserId}`,
      payload: { fullName: 'Mục Tiêu' },
    }),
    async probe(c) {
      const send = (id: string) => c.client.patch(`/api/users/${id}`, { disabled: true });
      await expectUnseen(c, 'user.write', send, bc.userId);
      const rehome = (id: string) => c.client.patch(`/api/users/${ht.targetUserId}`, { homeUnitId: id });
      await expectTargetRefused(c, 'user.write', 'homeUnitId', rehome, units.baiChay.id);
    },
  },
  'POST /api/users/{id}/password': {
    perm: 'user.write',
    sample: () => ({
      method: 'POST',
      url: `/api/users/${ht.targetUserId}/password`,
      payload: { password: 'MatKhauMoi2030' },
    }),
    async probe(c) {
      const send = (id: string) =>
        c.client.post(`/api/users/${id}/password`, { password: 'MatKhauCuaHaTu1' });
      for (const id of [bc.userId, bc.adminId]) await expectUnseen(c, 'user.write', send, id);
    },
  },
  'POST /api/users/{id}/grants': {
    perm: 'user.write',
    sample: () => ({
      method: 'POST',
      url: `/api/users/${ht.targetUserId}/grants`,
      payload: { role: 'inspector', unitId: units.haTu.id },
    }),
    async probe(c) {
      const grantTheirs = (id: string) =>
        c.client.post(`/api/users/${id}/grants`, { role: 'leader', unitId: units.haTu.id });
      await expectUnseen(c, 'user.write', grantTheirs, bc.userId);
      const grantThere = (id: string) =>
        c.client.post(`/api/users/${ht.targetUserId}/grants`, { role: 'leader', unitId: id });
      await expectTargetRefused(c, 'user.write', 'unitId', grantThere, units.baiChay.id);
    },
  },
  'DELETE /api/users/{id}/grants/{grantId}': {
    perm: 'user.write',
    sample: () => ({ method: 'DELETE', url: `/api/users/${ht.targetUserId}/grants/${randomUUID()}` }),
    async probe(c) {
      const ofTheirUser = (id: string) => c.client.delete(`/api/users/${id}/grants/${bc.userGrantId}`);
      await expectUnseen(c, 'user.write', ofTheirUser, bc.userId);
      const theirGrantOfOurs = (id: string) => c.client.delete(`/api/users/${ht.dualUserId}/grants/${id}`);
      await expectUnseen(c, 'user.write', theirGrantOfOurs, bc.dualGrantId);
      const theirGrantElsewhere = (id: string) =>
        c.client.delete(`/api/users/${ht.targetUserId}/grants/${id}`);
      await expectUnseen(c, 'user.write', theirGrantElsewhere, bc.userGrantId);
    },
  },
  'GET /api/audit': {
    perm: 'audit.read',
    sample: () => ({ method: 'GET', url: '/api/audit' }),
    async probe(c) {
      const all = await expectList(c, 'audit.read', '/api/audit?limit=200');
      if (all) expect(all.items.length).toBeGreaterThan(0);
      const byTheirAdmin = await expectList(c, 'audit.read', `/api/audit?actorId=${bc.adminId}`);
      if (byTheirAdmin) expect(byTheirAdmin.items).toEqual([]);
      const found = await expectList(c, 'audit.read', '/api/audit?q=bai%20chay');
      if (found) expect(found.items).toEqual([]);
    },
  },
  'GET /api/audit/verify': {
    perm: 'audit.read',
    sample: () => ({ method: 'GET', url: '/api/audit/verify' }),
    async probe(c) {
      const result = await expectList(c, 'audit.read', '/api/audit/verify');
      if (result) expect(result).toMatchObject({ ok: true, brokenAt: null });
    },
  },
  // The working-day calendar is national: nothing in it belongs to a ward, only who may change it matters.
  'GET /api/calendar/{year}': {
    perm: null,
    async probe(c) {
      expect((await c.client.get('/api/calendar/2026')).statusCode).toBe(200);
    },
  },
  'PUT /api/calendar/{year}': {
    perm: 'calendar.write',
    sample: () => ({ method: 'PUT', url: '/api/calendar/2029', payload: calendarBody }),
    async probe(c) {
      const res = await c.client.request({ method: 'PUT', url: '/api/calendar/2029', payload: calendarBody });
      expect(res.statusCode, c.role).toBe(c.can('calendar.write') ? 200 : 403);
    },
  },
  'PUT /api/calendar/pending/{key}': {
    perm: 'calendar.write',
    sample: () => ({ method: 'PUT', url: '/api/calendar/pending/11-24', payload: { enabled: false } }),
    async probe(c) {
      const res = await c.client.request({
        method: 'PUT',
        url: '/api/calendar/pending/11-24',
        payload: { enabled: false },
      });
      expect(res.statusCode, c.role).toBe(c.can('calendar.write') ? 204 : 403);
    },
  },
  'GET /api/deadlines/preview': {
    perm: null,
    async probe(c) {
      const res = await c.client.get('/api/deadlines/preview?rule=denunciation_forwarding&from=2026-03-02');
      expect(res.statusCode).toBe(200);
    },
  },
  'GET /api/reception/matters': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: '/api/reception/matters?q=dat' }),
    async probe(c) {
      for (const query of ['idNumber=022087009999', `q=${encodeURIComponent('tranh chap dat cai dam')}`]) {
        const found = await expectList(c, 'reception.read', `/api/reception/matters?${query}`);
        if (found) expect(found).toEqual([]);
      }
      const send = (id: string) => c.client.get(`/api/reception/matters?q=dat&unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
    },
  },
  'GET /api/reception/visits': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: '/api/reception/visits' }),
    async probe(c) {
      const all = await expectList(c, 'reception.read', '/api/reception/visits?limit=200');
      if (all) expect(all.items).toEqual([]);
      const send = (id: string) => c.client.get(`/api/reception/visits?unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
      for (const q of ['ly van cai dam', '022087009999']) {
        const found = await expectList(
          c,
          'reception.read',
          `/api/reception/visits?q=${encodeURIComponent(q)}`,
        );
        if (found) expect(found.items).toEqual([]);
      }
    },
  },
  'POST /api/reception/visits': {
    perm: 'reception.write',
    sample: () => ({ method: 'POST', url: '/api/reception/visits', payload: visitBody(units.haTu.id) }),
    async probe(c) {
      const atTheirs = (id: string) => c.client.post('/api/reception/visits', visitBody(id));
      await expectTargetRefused(c, 'reception.write', 'unitId', atTheirs, units.baiChay.id);
      const onTheirMatter = (id: string) =>
        c.client.post('/api/reception/visits', visitBody(units.haTu.id, { matterId: id }));
      await expectTargetRefused(c, 'reception.write', 'matterId', onTheirMatter, bc.matterId);
      const inTheirSession = (id: string) =>
        c.client.post('/api/reception/visits', visitBody(units.haTu.id, { sessionId: id }));
      await expectTargetRefused(c, 'reception.write', 'sessionId', inTheirSession, bc.sessionId);
    },
  },
  'GET /api/reception/visits/{id}': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: `/api/reception/visits/${randomUUID()}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/reception/visits/${id}`);
      await expectUnseen(c, 'reception.read', send, bc.visitId);
    },
  },
  'GET /api/reception/visits/{id}/citizens': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: `/api/reception/visits/${randomUUID()}/citizens` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/reception/visits/${id}/citizens`);
      await expectUnseen(c, 'reception.read', send, bc.visitId);
    },
  },
  'GET /api/reception/stats': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: `/api/reception/stats?${PERIOD}` }),
    async probe(c) {
      const stats = await expectList(c, 'reception.read', `/api/reception/stats?${PERIOD}`);
      if (stats) expect(stats.current).toMatchObject({ visits: 0, people: 0, matters: 0 });
      const send = (id: string) => c.client.get(`/api/reception/stats?${PERIOD}&unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
    },
  },
  'GET /api/reception/rules': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: '/api/reception/rules' }),
    async probe(c) {
      const rules = await expectList(c, 'reception.read', '/api/reception/rules');
      if (rules) expect(rules).toEqual([]);
      const send = (id: string) => c.client.get(`/api/reception/rules?unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
    },
  },
  'POST /api/reception/rules': {
    perm: 'org.write',
    sample: () => ({ method: 'POST', url: '/api/reception/rules', payload: ruleBody(units.haTu.id) }),
    async probe(c) {
      const send = (id: string) => c.client.post('/api/reception/rules', ruleBody(id));
      await expectTargetRefused(c, 'org.write', 'unitId', send, units.baiChay.id);
    },
  },
  'GET /api/reception/sessions': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: `/api/reception/sessions?${PERIOD}` }),
    async probe(c) {
      const sessions = await expectList(c, 'reception.read', `/api/reception/sessions?${PERIOD}`);
      if (sessions) expect(sessions).toEqual([]);
      const send = (id: string) => c.client.get(`/api/reception/sessions?${PERIOD}&unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
    },
  },
  'POST /api/reception/sessions': {
    perm: 'reception.write',
    sample: () => ({ method: 'POST', url: '/api/reception/sessions', payload: sessionBody(units.haTu.id) }),
    async probe(c) {
      const atTheirs = (id: string) => c.client.post('/api/reception/sessions', sessionBody(id));
      await expectTargetRefused(c, 'reception.write', 'unitId', atTheirs, units.baiChay.id);
      const underTheirRule = (id: string) =>
        c.client.post('/api/reception/sessions', sessionBody(units.haTu.id, { ruleId: id }));
      await expectTargetRefused(c, 'reception.write', 'ruleId', underTheirRule, bc.ruleId);
    },
  },
  'POST /api/reception/sessions/{id}/held': {
    perm: 'reception.write',
    sample: () => ({
      method: 'POST',
      url: `/api/reception/sessions/${randomUUID()}/held`,
      payload: { heldByName: 'Chủ tịch phường' },
    }),
    async probe(c) {
      const send = (id: string) =>
        c.client.post(`/api/reception/sessions/${id}/held`, { heldByName: 'Cán bộ Hà Tu' });
      await expectUnseen(c, 'reception.write', send, bc.sessionId);
    },
  },
  'GET /api/reception/compliance': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: `/api/reception/compliance?${PERIOD}` }),
    async probe(c) {
      const result = await expectList(c, 'reception.read', `/api/reception/compliance?${PERIOD}`);
      if (result) expect(result.items).toEqual([]);
      const send = (id: string) => c.client.get(`/api/reception/compliance?${PERIOD}&unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
    },
  },
  'GET /api/petitions': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: '/api/petitions' }),
    async probe(c) {
      const all = await expectList(c, 'petition.read', '/api/petitions?limit=200');
      if (all) expect(all.items.map((p: { id: string }) => p.id)).not.toContain(bc.petitionId);
      const send = (id: string) => c.client.get(`/api/petitions?unitId=${id}`);
      await expectUnseen(c, 'petition.read', send, units.baiChay.id);
      for (const q of ['cai dam', '022087009999']) {
        const found = await expectList(c, 'petition.read', `/api/petitions?q=${encodeURIComponent(q)}`);
        if (found) expect(found.items).toEqual([]);
      }
    },
  },
  'POST /api/petitions': {
    perm: 'petition.write',
    sample: () => ({ method: 'POST', url: '/api/petitions', payload: petitionBody(units.haTu.id) }),
    async probe(c) {
      const atTheirs = (id: string) => c.client.post('/api/petitions', petitionBody(id));
      await expectTargetRefused(c, 'petition.write', 'unitId', atTheirs, units.baiChay.id);
      const fromTheirVisit = (id: string) =>
        c.client.post('/api/petitions', petitionBody(units.haTu.id, { visitId: id }));
      await expectTargetRefused(c, 'petition.write', 'visitId', fromTheirVisit, bc.visitId);
    },
  },
  'GET /api/petitions/{id}': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/${randomUUID()}` }),
    async probe(c) {
      await expectUnseen(c, 'petition.read', (id) => c.client.get(`/api/petitions/${id}`), bc.petitionId);
    },
  },
  'GET /api/petitions/{id}/events': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/${randomUUID()}/events` }),
    async probe(c) {
      await expectUnseen(
        c,
        'petition.read',
        (id) => c.client.get(`/api/petitions/${id}/events`),
        bc.petitionId,
      );
    },
  },
  'POST /api/petitions/{id}/actions': {
    perm: 'petition.read',
    sample: () => ({
      method: 'POST',
      url: `/api/petitions/${randomUUID()}/actions`,
      payload: { action: 'file', note: 'Lưu' },
    }),
    async probe(c) {
      const send = (id: string) =>
        c.client.post(`/api/petitions/${id}/actions`, { action: 'file', note: 'Lưu đơn' });
      await expectUnseen(c, 'petition.read', send, bc.petitionId);
    },
  },
  'GET /api/petitions/{id}/denouncer': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/${randomUUID()}/denouncer` }),
    async probe(c) {
      await expectUnseen(
        c,
        'petition.read',
        (id) => c.client.get(`/api/petitions/${id}/denouncer`),
        bc.petitionId,
      );
    },
  },
  'GET /api/petitions/stats': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/stats?${PERIOD}` }),
    async probe(c) {
      await expectList(c, 'petition.read', `/api/petitions/stats?${PERIOD}`);
      const send = (id: string) => c.client.get(`/api/petitions/stats?${PERIOD}&unitId=${id}`);
      await expectUnseen(c, 'petition.read', send, units.baiChay.id);
    },
  },
  'GET /api/petitions/work-queue': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: '/api/petitions/work-queue' }),
    async probe(c) {
      const queue = await expectList(c, 'petition.read', '/api/petitions/work-queue');
      if (!queue) return;
      // Bãi Cháy's received petition is counted for Bãi Cháy (checked below), never here: each count
      // equals the length of the list this caller gets with the same filter.
      const handler = (await c.client.get('/api/auth/me')).json().user.id;
      const parts = {
        overdue: 'overdue=true',
        received: 'status=received',
        classified: 'status=classified',
        mineClassified: `status=classified&handlerId=${handler}`,
        mineAccepted: `status=accepted&handlerId=${handler}`,
      };
      for (const [part, filter] of Object.entries(parts)) {
        const list = (await c.client.get(`/api/petitions?${filter}&limit=200`)).json();
        expect(queue[part].count, `${c.role} ${part}`).toBe(list.items.length);
      }
    },
  },
  'GET /api/reports/reception.xlsx': {
    perm: 'reception.read',
    sample: () => ({ method: 'GET', url: `/api/reports/reception.xlsx?${PERIOD}&unitId=${units.haTu.id}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/reports/reception.xlsx?${PERIOD}&unitId=${id}`);
      await expectUnseen(c, 'reception.read', send, units.baiChay.id);
    },
  },
  'GET /api/reports/petitions.xlsx': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/reports/petitions.xlsx?${PERIOD}&unitId=${units.haTu.id}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/reports/petitions.xlsx?${PERIOD}&unitId=${id}`);
      await expectUnseen(c, 'petition.read', send, units.baiChay.id);
    },
  },
  'GET /api/petitions/{id}/attachments': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/${randomUUID()}/attachments` }),
    async probe(c) {
      await expectUnseen(
        c,
        'petition.read',
        (id) => c.client.get(`/api/petitions/${id}/attachments`),
        bc.petitionId,
      );
    },
  },
  'POST /api/petitions/{id}/attachments': {
    perm: 'petition.write',
    sample: async () => {
      const form = new FormData();
      form.append('file', new Blob(['%PDF-1.4 mau']), 'don.pdf');
      const encoded = new Response(form);
      return {
        method: 'POST',
        url: `/api/petitions/${randomUUID()}/attachments`,
        payload: Buffer.from(await encoded.arrayBuffer()),
        headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
      };
    },
    async probe(c) {
      const send = async (id: string) => {
        const form = new FormData();
        form.append('file', new Blob(['%PDF-1.4 mau']), 'don.pdf');
        const encoded = new Response(form);
        return c.client.request({
          method: 'POST',
          url: `/api/petitions/${id}/attachments`,
          payload: Buffer.from(await encoded.arrayBuffer()),
          headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
        });
      };
      await expectUnseen(c, 'petition.write', send, bc.petitionId);
    },
  },
  'GET /api/petitions/{id}/attachments/{attachmentId}': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/${randomUUID()}/attachments/${randomUUID()}` }),
    async probe(c) {
      const send = (id: string) => c.client.get(`/api/petitions/${id}/attachments/${randomUUID()}`);
      await expectUnseen(c, 'petition.read', send, bc.petitionId);
    },
  },
  'POST /api/petitions/{id}/appeal': {
    perm: 'petition.write',
    sample: () => ({
      method: 'POST',
      url: `/api/petitions/${randomUUID()}/appeal`,
      payload: appealBody(units.province.id),
    }),
    async probe(c) {
      const send = (id: string) =>
        c.client.post(`/api/petitions/${id}/appeal`, appealBody(units.province.id));
      await expectUnseen(c, 'petition.write', send, bc.petitionId);
    },
  },
  'POST /api/petitions/{id}/split': {
    perm: 'petition.write',
    sample: () => ({ method: 'POST', url: `/api/petitions/${randomUUID()}/split`, payload: splitBody }),
    async probe(c) {
      await expectUnseen(
        c,
        'petition.write',
        (id) => c.client.post(`/api/petitions/${id}/split`, splitBody),
        bc.petitionId,
      );
    },
  },
  'GET /api/petitions/{id}/handlers': {
    perm: 'petition.read',
    sample: () => ({ method: 'GET', url: `/api/petitions/${randomUUID()}/handlers` }),
    async probe(c) {
      await expectUnseen(
        c,
        'petition.read',
        (id) => c.client.get(`/api/petitions/${id}/handlers`),
        bc.petitionId,
      );
    },
  },
  // Unit names are public (the portal lists them); the search gives nothing else of any unit.
  'GET /api/petitions/forward-targets': {
    perm: 'petition.write',
    sample: () => ({ method: 'GET', url: `/api/petitions/forward-targets?q=${encodeURIComponent('ha tu')}` }),
    async probe(c) {
      const res = await c.client.get(`/api/petitions/forward-targets?q=${encodeURIComponent('ha tu')}`);
      expect(res.statusCode, `${c.role}: ${res.body}`).toBe(c.can('petition.write') ? 200 : 403);
      if (!c.can('petition.write')) return;
      expect(res.json()).toEqual([
        {
          id: units.haTu.id,
          name: 'Phường Hà Tu',
          code: expect.any(String),
          provinceName: 'Tỉnh Quảng Ninh',
        },
      ]);
    },
  },
  // Names of public bodies are public, like unit names: the search gives nothing else of them.
  'GET /api/petitions/respondents': {
    perm: 'petition.write',
    sample: () => ({ method: 'GET', url: `/api/petitions/respondents?q=${encodeURIComponent('mat tran')}` }),
    async probe(c) {
      const res = await c.client.get(`/api/petitions/respondents?q=${encodeURIComponent('mat tran')}`);
      expect(res.statusCode, `${c.role}: ${res.body}`).toBe(c.can('petition.write') ? 200 : 403);
      if (!c.can('petition.write')) return;
      expect(res.json()).toEqual([
        { id: ht.orgId, name: 'Mặt trận phường Hà Tu', unitId: units.haTu.id, unitName: 'Phường Hà Tu' },
      ]);
    },
  },
  'GET /api/public/my-petitions': {
    perm: null,
    async probe(c) {
      expect((await c.client.get('/api/public/my-petitions')).json()).toEqual([]);
    },
  },
  // A user's own reminders: nothing of anybody else, whatever the id.
  'GET /api/notifications': {
    perm: null,
    async probe(c) {
      expect((await c.client.get('/api/notifications')).json()).toEqual([]);
    },
  },
  'POST /api/notifications/{id}/read': {
    perm: null,
    async probe(c) {
      expect((await c.client.post(`/api/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
    },
  },
  // Only the caller's own rows: marking all read leaves the neighbour's reminder unread.
  'POST /api/notifications/read-all': {
    perm: null,
    async probe(c) {
      await world.database.db
        .insertInto('notification')
        .values({
          province_id: units.province.id,
          id: randomUUID(),
          user_id: bc.adminId,
          petition_id: bc.petitionId,
          kind: 'due_soon',
          due_on: '2026-12-01',
          message: 'Nhắc việc của Bãi Cháy',
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      expect((await c.client.post('/api/notifications/read-all')).statusCode).toBe(204);
      const row = await world.database.db
        .selectFrom('notification')
        .select('read_at')
        .where('user_id', '=', bc.adminId)
        .where('due_on', '=', '2026-12-01')
        .executeTakeFirstOrThrow();
      expect(row.read_at).toBeNull();
    },
  },
  // The portal is public by design: anyone may send to any ward, and the tracking code is the key.
  'POST /api/public/petitions': {
    perm: null,
    once: true,
    async probe(c) {
      const body = { ...petitionBody(units.haTu.id), kind: 'feedback' };
      expect((await c.client.post('/api/public/petitions', body)).statusCode).toBe(201);
    },
  },
  // Public catalog: the names of communes in force, for the portal's picker.
  'GET /api/public/units': {
    perm: null,
    once: true,
    async probe(c) {
      const found = (await c.client.get(`/api/public/units?q=${encodeURIComponent('ha tu')}`)).json();
      expect(found.map((u: { name: string }) => u.name)).toEqual(['Phường Hà Tu']);
    },
  },
  'GET /api/public/petitions/{code}': {
    perm: null,
    once: true,
    async probe(c) {
      expect((await c.client.get('/api/public/petitions/22-26ABCDEFGH')).statusCode).toBe(404);
    },
  },
  'POST /api/public/petitions/{code}/rating': {
    perm: null,
    once: true,
    async probe(c) {
      expect(
        (await c.client.post('/api/public/petitions/22-26ABCDEFGH/rating', { rating: 5 })).statusCode,
      ).toBe(404);
    },
  },
};

describe('scope between two neighbouring wards', () => {
  it('Bãi Cháy sees its own data, so the checks below are not vacuous', async () => {
    expect((await bcAdmin.get('/api/units/search?q=cai dam')).json().items).toHaveLength(1);
    expect((await bcAdmin.get(`/api/organizations?unitId=${units.baiChay.id}`)).json()).toHaveLength(1);
    const bcQueue = (await (await world.as('bc.tiepdan')).get('/api/petitions/work-queue')).json();
    expect(bcQueue.received.count).toBeGreaterThanOrEqual(1);
    const users = (await bcAdmin.get('/api/users')).json().items.map((u: { username: string }) => u.username);
    expect(users).toEqual(expect.arrayContaining(['bc.quantri', 'bc.canbo']));
    const audit = (await bcAdmin.get('/api/audit?limit=200')).json().items;
    expect(audit.map((e: { entityId: string }) => e.entityId)).toEqual(
      expect.arrayContaining([bc.unitId, bc.orgId, bc.userId]),
    );
  });

  it('the table below covers every route of the OpenAPI document, and only those', async () => {
    const doc = (await bcAdmin.get('/api/docs/json')).json() as { paths: Record<string, object> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.length).toBeGreaterThan(20);
    // A new route fails here until it gets a line in `routes` with its scope probe.
    expect(Object.keys(routes).sort()).toEqual(documented.sort());
  });

  it.each(Object.keys(routes))('%s gives no Hà Tu role anything of Bãi Cháy', async (route) => {
    const { probe, once } = routes[route] ?? { probe: undefined };
    if (!probe) throw new Error(`no probe for ${route}`);
    for (const caller of once ? callers.slice(0, 1) : callers) await probe(caller);
  });

  it('left Bãi Cháy untouched after all those attempts', async () => {
    const unit = (await bcAdmin.get(`/api/units/${bc.unitId}`)).json();
    expect(unit).toMatchObject({ name: 'Khu phố Cái Dăm', parentId: units.baiChay.id });
    const user = (await bcAdmin.get(`/api/users/${bc.userId}`)).json();
    expect(user).toMatchObject({ disabled: false, homeUnitId: bc.unitId });
    expect(user.grants.map((g: { id: string }) => g.id)).toEqual([bc.userGrantId]);
    expect((await world.anonymous().login('bc.canbo')).statusCode).toBe(200);
    const orgs = (await bcAdmin.get(`/api/organizations?unitId=${units.baiChay.id}`)).json();
    expect(orgs.map((o: { name: string; parentId: string | null }) => [o.name, o.parentId])).toEqual([
      ['Hội Cựu chiến binh phường Bãi Cháy', null],
    ]);
    const sessions = (await bcAdmin.get(`/api/reception/sessions?${PERIOD}`)).json();
    expect(
      sessions.map((x: { id: string; status: string; visitCount: number }) => [x.id, x.status, x.visitCount]),
    ).toEqual([[bc.sessionId, 'planned', 0]]);
    const dual = await world.database.db
      .selectFrom('user_grant')
      .select('id')
      .where('id', '=', bc.dualGrantId)
      .executeTakeFirst();
    expect(dual).toBeDefined();
  });
});

describe('accounts without staff rights', () => {
  const staffRoutes = Object.entries(routes).filter(([, r]) => r.perm !== null);

  it('a staff account without any grant is refused every staff route (403) and holds no permission', async () => {
    for (const [route, { sample }] of staffRoutes) {
      if (!sample) throw new Error(`no sample for ${route}`);
      const res = await noGrants.request(await sample());
      expect(res.statusCode, `${route}: ${res.body}`).toBe(403);
      expect(res.json().type).toBe('/problems/forbidden');
    }
    const me = (await noGrants.get('/api/auth/me')).json().user;
    expect(me).toMatchObject({ grants: [], permissions: [] });
  });

  it('a citizen is refused every staff route (403), even on his own ward', async () => {
    for (const [route, { sample }] of staffRoutes) {
      if (!sample) throw new Error(`no sample for ${route}`);
      const res = await citizen.request(await sample());
      expect(res.statusCode, `${route}: ${res.body}`).toBe(403);
    }
    expect((await citizen.get('/api/auth/me')).json().user).toMatchObject({
      kind: 'citizen',
      permissions: [],
    });
  });

  it('the samples are valid: a system admin is not refused them', async () => {
    await world.newUser('quantri.hethong', [['system_admin', units.country]]);
    const admin = await world.as('quantri.hethong');
    for (const [route, { sample }] of staffRoutes) {
      if (!sample) throw new Error(`no sample for ${route}`);
      const res = await admin.request(await sample());
      // The grant sample revokes an id that does not exist: 404 is its success.
      expect([200, 201, 204, 404], `${route}: ${res.body}`).toContain(res.statusCode);
    }
  });
});
