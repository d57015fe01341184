import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from '../../../../test/support/app.js';

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let admin: Client;
let adminId: string;
let inspector: Client;
/** Entity ids written in each ward, to tell whose entries a list shows. */
const written = { haTu: new Set<string>(), baiChay: new Set<string>() };
const ids: Record<string, string> = {};
const SECRET_PASSWORD = 'MatKhauBiMat2026';

async function ok<T>(
  res: Promise<{ statusCode: number; body: string; json(): T }>,
  status = 200,
): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return status === 204 ? (undefined as T) : r.json();
}

async function multipartCsv(client: Client, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'don-vi.csv');
  const encoded = new Response(form);
  return client.request({
    method: 'POST',
    url: '/api/units/import',
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  });
}

/** One of each write, by a province admin: the entries the tests below look for. */
async function writeOneOfEach() {
  type Id = { id: string };
  const unit = await ok<Id>(
    admin.post('/api/units', {
      parentId: units.haTu.id,
      code: 'AUD-T1',
      name: 'Tổ dân phố 9',
      kind: 'residential_group',
    }),
    201,
  );
  ids.unit = unit.id;
  await ok(admin.patch(`/api/units/${unit.id}`, { name: 'Tổ dân phố 9A' }));
  await ok(admin.post(`/api/units/${unit.id}/move`, { parentId: units.haTuVillage.id }));
  const org = await ok<Id>(
    admin.post('/api/organizations', {
      unitId: units.haTu.id,
      kind: 'front',
      name: 'Ủy ban MTTQ phường Hà Tu',
    }),
    201,
  );
  ids.organization = org.id;
  await ok(admin.patch(`/api/organizations/${org.id}`, { name: 'Ban công tác Mặt trận khu 3' }));
  const user = await ok<Id>(
    admin.post('/api/users', {
      username: 'hatu.moi',
      fullName: 'Phạm Văn Mới',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password: SECRET_PASSWORD,
    }),
    201,
  );
  ids.user = user.id;
  await ok(admin.patch(`/api/users/${user.id}`, { fullName: 'Phạm Văn Mới Sửa' }));
  const grant = await ok<Id>(
    admin.post(`/api/users/${user.id}/grants`, { role: 'leader', unitId: units.haTu.id }),
    201,
  );
  await ok(admin.delete(`/api/users/${user.id}/grants/${grant.id}`), 204);
  await ok(admin.post(`/api/users/${user.id}/password`, { password: `${SECRET_PASSWORD}x` }), 204);
  await ok(admin.patch(`/api/users/${user.id}`, { disabled: true }));
  const imported = await multipartCsv(
    admin,
    `Mã,Tên,Loại,Mã cấp trên\nAUD-I1,Tổ dân phố 10,Tổ dân phố,${units.haTu.code}\n`,
  );
  expect(imported.json().imported).toBe(1);
  const [importedUnit] = (await ok<{ items: Id[] }>(admin.get('/api/units/search?q=AUD-I1'))).items;
  ids.imported = importedUnit?.id ?? '';
  for (const id of [unit.id, org.id, user.id, ids.imported]) written.haTu.add(id);

  // The neighbour's share, which the inspector of Hà Tu must not see.
  const bcUnit = await ok<Id>(
    admin.post('/api/units', {
      parentId: units.baiChay.id,
      code: 'AUD-B1',
      name: 'Khu phố 8 Bãi Cháy',
      kind: 'quarter',
    }),
    201,
  );
  const bcOrg = await ok<Id>(
    admin.post('/api/organizations', {
      unitId: units.baiChay.id,
      kind: 'mass_org',
      name: 'Hội Nông dân Bãi Cháy',
    }),
    201,
  );
  const bcUser = await ok<Id>(
    admin.post('/api/users', {
      username: 'baichay.moi',
      fullName: 'Vũ Thị Bãi Cháy',
      kind: 'staff',
      homeUnitId: units.baiChay.id,
      password: SECRET_PASSWORD,
    }),
    201,
  );
  for (const id of [bcUnit.id, bcOrg.id, bcUser.id, units.baiChay.id]) written.baiChay.add(id);
}

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  adminId = await world.newUser('tinh.quantri', [['unit_admin', units.province]]);
  await world.newUser('hatu.thanhtra', [['inspector', units.haTu]]);
  admin = await world.as('tinh.quantri');
  inspector = await world.as('hatu.thanhtra');
  await writeOneOfEach();
});
afterAll(() => world.close());

async function listAll(client: Client, query = '') {
  const res = await client.get(`/api/audit?limit=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().nextCursor).toBeNull();
  return res.json().items as Entry[];
}

const vnDate = (offsetDays = 0) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
  });

describe('every write leaves an entry', () => {
  it.each([
    ['creating a unit', 'admin_unit', 'create', 'unit', null, { code: 'AUD-T1', name: 'Tổ dân phố 9' }],
    ['editing a unit', 'admin_unit', 'update', 'unit', { name: 'Tổ dân phố 9' }, { name: 'Tổ dân phố 9A' }],
    ['moving a unit', 'admin_unit', 'move', 'unit', { parentId: 'haTu' }, { parentId: 'haTuVillage' }],
    [
      'importing a unit',
      'admin_unit',
      'import',
      'imported',
      null,
      { code: 'AUD-I1', kind: 'residential_group' },
    ],
    ['creating an organization', 'organization', 'create', 'organization', null, { kind: 'front' }],
    [
      'editing an organization',
      'organization',
      'update',
      'organization',
      { name: 'Ủy ban MTTQ phường Hà Tu' },
      { name: 'Ban công tác Mặt trận khu 3' },
    ],
    ['creating a user', 'user', 'create', 'user', null, { username: 'hatu.moi', fullName: 'Phạm Văn Mới' }],
    [
      'editing a user',
      'user',
      'update',
      'user',
      { fullName: 'Phạm Văn Mới' },
      { fullName: 'Phạm Văn Mới Sửa' },
    ],
    ['disabling a user', 'user', 'disable', 'user', { disabled: false }, { disabled: true }],
    ['granting a role', 'user', 'grant', 'user', null, { role: 'leader', unitId: 'haTu' }],
    ['revoking a role', 'user', 'revoke', 'user', { role: 'leader', unitId: 'haTu' }, null],
    ['resetting a password', 'user', 'password_reset', 'user', null, null],
  ] as const)(
    '%s: entity %s, action %s, with actor and before/after',
    async (_what, entity, action, key, before, after) => {
      const unitIds: Record<string, string> = { haTu: units.haTu.id, haTuVillage: units.haTuVillage.id };
      // Unit names in the table stand for their ids, known only once the world is built.
      const resolve = (v: Record<string, string | boolean> | null) =>
        v &&
        Object.fromEntries(
          Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? (unitIds[x] ?? x) : x]),
        );
      const entries = (await listAll(admin, `&entity=${entity}&action=${action}`)).filter(
        (e) => e.entityId === ids[key],
      );
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({ actorId: adminId, actorName: 'Cán bộ tinh.quantri', entity, action });
      expect(entry?.summary.length).toBeGreaterThan(0);
      expect(entry?.ip).toBeTruthy();
      if (before) expect(entry?.before).toMatchObject(resolve(before) ?? {});
      else expect(entry?.before).toBeNull();
      if (after) expect(entry?.after).toMatchObject(resolve(after) ?? {});
      else expect(entry?.after).toBeNull();
    },
  );

  it('never records a password', async () => {
    const text = JSON.stringify(await listAll(admin));
    expect(text).not.toContain(SECRET_PASSWORD);
    expect(text).not.toContain('password_hash');
  });
});

describe('filters and pages', () => {
  it('filters by entity and by action', async () => {
    const orgs = await listAll(admin, '&entity=organization');
    expect(orgs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(orgs.map((e) => e.entity))).toEqual(new Set(['organization']));
    const updates = await listAll(admin, '&action=update');
    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(new Set(updates.map((e) => e.action))).toEqual(new Set(['update']));
  });

  it('filters by actor', async () => {
    const mine = await listAll(admin, `&actorId=${adminId}`);
    expect(mine.length).toBeGreaterThan(10);
    expect(new Set(mine.map((e) => e.actorId))).toEqual(new Set([adminId]));
  });

  it('filters by day in Việt Nam time, from and to both inclusive', async () => {
    const all = await listAll(admin);
    expect(await listAll(admin, `&from=${vnDate()}&to=${vnDate()}`)).toHaveLength(all.length);
    expect(await listAll(admin, `&from=${vnDate(1)}`)).toEqual([]);
    expect(await listAll(admin, `&to=${vnDate(-1)}`)).toEqual([]);
  });

  it('pages newest first with nextCursor, without a duplicate or a gap', async () => {
    const all = await listAll(admin);
    const paged: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await admin.get(`/api/audit?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      paged.push(...res.json().items);
      cursor = res.json().nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(3);
    expect(new Set(paged.map((e) => e.id)).size).toBe(paged.length);
    expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
    const times = paged.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('refuses a forged cursor with 400 naming the cursor', async () => {
    const forged = Buffer.from(JSON.stringify(['không phải ngày', 'x', '1'])).toString('base64url');
    const res = await admin.get(`/api/audit?cursor=${forged}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('cursor');
  });
});

describe('scope', () => {
  it('shows the inspector of one ward the entries of his subtree only', async () => {
    const seen = await listAll(inspector);
    const entityIds = new Set(seen.map((e) => e.entityId));
    for (const id of written.haTu) expect(entityIds).toContain(id);
    for (const id of written.baiChay) expect(entityIds).not.toContain(id);
    expect(JSON.stringify(seen)).not.toContain('Bãi Cháy');
    // The province admin does see them: the check above is not vacuous.
    expect(JSON.stringify(await listAll(admin))).toContain('Bãi Cháy');
  });

  it('refuses an account without audit rights (403)', async () => {
    await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
    const leader = await world.as('hatu.lanhdao');
    expect((await leader.get('/api/audit')).statusCode).toBe(403);
    expect((await leader.get('/api/audit/verify')).statusCode).toBe(403);
  });
});

describe('the hash chain', () => {
  it('verifies as intact', async () => {
    const res = await admin.get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, brokenAt: null });
    expect(res.json().checked).toBeGreaterThan(15);
    expect((await inspector.get('/api/audit/verify')).json().ok).toBe(true);
  });

  it('is append-only in the database: UPDATE and DELETE are refused', async () => {
    const { db } = world.database;
    await expect(sql`update audit_log set summary = 'sửa lén'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect((await admin.get('/api/audit/verify')).json().ok).toBe(true);
  });

  it('finds a row rewritten behind the trigger and names it', async () => {
    const { db } = world.database;
    const [target] = (await listAll(admin, '&entity=organization&action=create')).filter(
      (e) => e.entityId === ids.organization,
    );
    expect(target).toBeDefined();
    const id = target?.id ?? '';
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
    try {
      await sql`update audit_log set summary = ${'Thêm tổ chức (đã bị sửa)'} where id = ${id}::bigint`.execute(
        db,
      );
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
    }
    const res = await admin.get('/api/audit/verify');
    expect(res.json()).toMatchObject({ ok: false, brokenAt: { provinceId: units.province.id, id } });
    expect((await inspector.get('/api/audit/verify')).json()).toMatchObject({ ok: false, brokenAt: { id } });
  });
});
