import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createWorld,
  neighbourhood,
  type TestUnit,
  type TestWorld,
} from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let haTuAdmin: Client;
let provinceAdmin: Client;

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  await world.newUnit(units.haTu, 'village', 'Thôn Đông Sơn');
  await world.newUser('hatu.quantri', [['unit_admin', units.haTu]]);
  await world.newUser('tinh.quantri', [['unit_admin', units.province]]);
  haTuAdmin = await world.as('hatu.quantri');
  provinceAdmin = await world.as('tinh.quantri');
});
afterAll(() => world.close());

let seq = 0;
/** A code no other test uses: codes are unique among units in force. */
const newCode = (prefix: string) => `${prefix}${process.pid}-${++seq}`;

async function childrenOf(client: Client, parent: { id: string }) {
  const res = await client.get(`/api/units?parentId=${parent.id}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as { id: string; name: string; path: string }[];
}

async function createUnit(client: Client, parent: { id: string }, kind: string, name: string) {
  const res = await client.post('/api/units', { parentId: parent.id, code: newCode('U'), name, kind });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TestUnit & { parentId: string; kind: string };
}

describe('creating a unit', () => {
  it('answers 201 with a path under the parent, and the parent lists the new unit', async () => {
    const code = newCode('TDP');
    const res = await haTuAdmin.post('/api/units', {
      parentId: units.haTu.id,
      code,
      name: 'Tổ dân phố 8',
      kind: 'residential_group',
      isRemote: true,
    });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toMatchObject({
      parentId: units.haTu.id,
      provinceId: units.province.id,
      code,
      name: 'Tổ dân phố 8',
      kind: 'residential_group',
      kindName: 'Tổ dân phố',
      isRemote: true,
      childCount: 0,
    });
    expect(unit.path.startsWith(`${units.haTu.path}.`)).toBe(true);
    expect(unit.level).toBe(units.haTu.path.split('.').length + 1);
    expect(unit.ancestors.map((a: { name: string }) => a.name)).toEqual(['Phường Hà Tu']);
    expect((await childrenOf(haTuAdmin, units.haTu)).map((u) => u.id)).toContain(unit.id);
  });

  it('refuses a code already in use with 409 naming the code', async () => {
    const res = await haTuAdmin.post('/api/units', {
      parentId: units.haTu.id,
      code: units.haTuVillage.code,
      name: 'Tổ dân phố trùng mã',
      kind: 'residential_group',
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0].path).toBe('code');
  });

  it('refuses an unknown kind with 400 naming the kind', async () => {
    const res = await haTuAdmin.post('/api/units', {
      parentId: units.haTu.id,
      code: newCode('K'),
      name: 'Tổ lạ',
      kind: 'galaxy',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'kind', message: 'Loại đơn vị không tồn tại' }]);
  });
});

describe('editing a unit', () => {
  it('changes name, kind and remoteness, and the unit reads back changed', async () => {
    const unit = await createUnit(haTuAdmin, units.haTu, 'residential_group', 'Tổ dân phố 9');
    const res = await haTuAdmin.patch(`/api/units/${unit.id}`, {
      name: 'Thôn Khe Cá',
      kind: 'village',
      isRemote: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Thôn Khe Cá',
      kind: 'village',
      kindName: 'Thôn',
      isRemote: true,
    });
    expect((await haTuAdmin.get(`/api/units/${unit.id}`)).json()).toMatchObject({
      name: 'Thôn Khe Cá',
      kind: 'village',
    });
  });

  it('refuses a code taken by another unit with 409, but keeps its own code', async () => {
    const unit = await createUnit(haTuAdmin, units.haTu, 'residential_group', 'Tổ dân phố 10');
    const taken = await haTuAdmin.patch(`/api/units/${unit.id}`, { code: units.haTuVillage.code });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].path).toBe('code');
    expect((await haTuAdmin.patch(`/api/units/${unit.id}`, { code: unit.code })).statusCode).toBe(200);
  });

  it('refuses an unknown kind with 400 naming the kind', async () => {
    const res = await haTuAdmin.patch(`/api/units/${units.haTuVillage.id}`, { kind: 'galaxy' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('kind');
  });
});

describe('moving a unit', () => {
  it('carries the whole subtree: a village of the moved ward is found under the new parent', async () => {
    const city = await createUnit(provinceAdmin, units.province, 'provincial_city', 'Thành phố Hạ Long');
    const ward = await createUnit(provinceAdmin, units.province, 'ward', 'Phường Cao Xanh');
    const village = await createUnit(provinceAdmin, ward, 'residential_group', 'Tổ dân phố 4 Cao Xanh');

    const res = await provinceAdmin.post(`/api/units/${ward.id}/move`, { parentId: city.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().parentId).toBe(city.id);

    const moved = (await provinceAdmin.get(`/api/units/${village.id}`)).json();
    expect(moved.path.startsWith(`${res.json().path}.`)).toBe(true);
    expect(moved.path.startsWith(`${city.path}.`)).toBe(true);
    expect(moved.ancestors.map((a: { name: string }) => a.name)).toEqual([
      'Tỉnh Quảng Ninh',
      'Thành phố Hạ Long',
      'Phường Cao Xanh',
    ]);
    expect((await childrenOf(provinceAdmin, city)).map((u) => u.id)).toEqual([ward.id]);
    expect((await childrenOf(provinceAdmin, units.province)).map((u) => u.id)).not.toContain(ward.id);
    const found = (await provinceAdmin.get('/api/units/search?q=to dan pho 4 cao xanh')).json().items;
    expect(found.map((u: { id: string }) => u.id)).toEqual([village.id]);
  });

  it('refuses to move a unit into its own descendant, or into itself, with 400 naming parentId', async () => {
    const ward = await createUnit(provinceAdmin, units.province, 'ward', 'Phường Hồng Gai');
    const village = await createUnit(provinceAdmin, ward, 'residential_group', 'Tổ dân phố 2 Hồng Gai');
    for (const target of [village, ward]) {
      const res = await provinceAdmin.post(`/api/units/${ward.id}/move`, { parentId: target.id });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('parentId');
    }
    expect((await provinceAdmin.get(`/api/units/${ward.id}`)).json().parentId).toBe(units.province.id);
  });
});

describe('moving a unit to another province', () => {
  it('refuses a commune that holds petitions (their key and code belong to its province), not an empty one', async () => {
    const other = await world.newUnit(units.country, 'province', 'Tỉnh Lạng Sơn');
    await world.newUser('quocgia.quantri', [['unit_admin', units.country]]);
    const admin = await world.as('quocgia.quantri');
    const empty = await createUnit(admin, units.province, 'ward', 'Phường Mới Lập');
    const busy = await createUnit(admin, units.province, 'ward', 'Phường Quang Trung');
    await world.newUser('quangtrung.tiepdan', [['reception_officer', busy]]);
    const sent = await (await world.as('quangtrung.tiepdan')).post('/api/petitions', {
      unitId: busy.id,
      channel: 'post',
      kind: 'feedback',
      subject: 'Phản ánh về đèn chiếu sáng',
      content: 'Phản ánh đèn chiếu sáng công cộng khu 3 không hoạt động',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const refused = await admin.post(`/api/units/${busy.id}/move`, { parentId: other.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0]).toMatchObject({ path: 'parentId' });
    expect((await admin.get(`/api/units/${busy.id}`)).json().parentId).toBe(units.province.id);
    expect((await admin.post(`/api/units/${empty.id}/move`, { parentId: other.id })).statusCode).toBe(200);
  });
});

describe('searching units', () => {
  it.each(['ha tu', 'HA TU', 'Hà Tu', 'hà tú'])('"%s" finds Phường Hà Tu', async (q) => {
    const res = await haTuAdmin.get(`/api/units/search?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { name: string }) => u.name)).toContain('Phường Hà Tu');
  });

  it.each(['dong', 'DONG SON', 'đông'])('"%s" finds a name written with Đ (đ folds to d)', async (q) => {
    const res = await haTuAdmin.get(`/api/units/search?q=${encodeURIComponent(q)}`);
    expect(res.json().items.map((u: { name: string }) => u.name)).toContain('Thôn Đông Sơn');
  });

  it('gives each hit its ancestors within the caller scope', async () => {
    const [hit] = (await haTuAdmin.get('/api/units/search?q=dong son')).json().items;
    expect(hit.ancestors.map((a: { name: string }) => a.name)).toEqual(['Phường Hà Tu']);
  });

  it('finds a unit by the start of its code', async () => {
    const res = await haTuAdmin.get(`/api/units/search?q=${units.haTuVillage.code}`);
    expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([units.haTuVillage.id]);
  });

  it('takes % and _ as plain characters, not as wildcards', async () => {
    for (const q of ['%', '_']) {
      const res = await haTuAdmin.get(`/api/units/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    }
  });
});

describe('organizations', () => {
  it('creates, lists and edits an organization of a unit', async () => {
    const created = await haTuAdmin.post('/api/organizations', {
      unitId: units.haTu.id,
      kind: 'people_committee',
      name: 'Ủy ban nhân dân phường Hà Tu',
      code: 'UBND-HT',
    });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({
      unitId: units.haTu.id,
      unitName: 'Phường Hà Tu',
      parentId: null,
      kind: 'people_committee',
      kindName: 'Ủy ban nhân dân',
      code: 'UBND-HT',
    });
    const child = await haTuAdmin.post('/api/organizations', {
      unitId: units.haTu.id,
      parentId: org.id,
      kind: 'agency',
      name: 'Văn phòng HĐND và UBND phường',
    });
    expect(child.statusCode).toBe(201);
    expect(child.json().parentId).toBe(org.id);

    const list = await haTuAdmin.get(`/api/organizations?unitId=${units.haTu.id}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining([org.id, child.json().id]),
    );
    const searched = await haTuAdmin.get(`/api/organizations?unitId=${units.haTu.id}&q=uy ban nhan dan`);
    expect(searched.json().map((o: { id: string }) => o.id)).toEqual([org.id]);

    const edited = await haTuAdmin.patch(`/api/organizations/${org.id}`, {
      name: 'Ủy ban MTTQ Việt Nam phường Hà Tu',
      kind: 'front',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'Ủy ban MTTQ Việt Nam phường Hà Tu',
      kind: 'front',
      code: 'UBND-HT',
    });
  });

  it('lists the organizations of the unit asked for, not those of its villages', async () => {
    const res = await haTuAdmin.post('/api/organizations', {
      unitId: units.haTuVillage.id,
      kind: 'mass_org',
      name: 'Chi hội Phụ nữ tổ 1',
    });
    expect(res.statusCode).toBe(201);
    const ward = await haTuAdmin.get(`/api/organizations?unitId=${units.haTu.id}`);
    expect(ward.json().map((o: { id: string }) => o.id)).not.toContain(res.json().id);
    const village = await haTuAdmin.get(`/api/organizations?unitId=${units.haTuVillage.id}`);
    expect(village.json().map((o: { id: string }) => o.id)).toEqual([res.json().id]);
  });

  it('refuses an unknown organization kind with 400 naming the kind, on create and on edit', async () => {
    const created = await haTuAdmin.post('/api/organizations', {
      unitId: units.haTu.id,
      kind: 'guild',
      name: 'Hội lạ',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().errors).toEqual([{ path: 'kind', message: 'Loại tổ chức không tồn tại' }]);

    const org = await haTuAdmin.post('/api/organizations', {
      unitId: units.haTu.id,
      kind: 'mass_org',
      name: 'Đoàn Thanh niên phường',
    });
    const edited = await haTuAdmin.patch(`/api/organizations/${org.json().id}`, { kind: 'guild' });
    expect(edited.statusCode).toBe(400);
    expect(edited.json().errors[0].path).toBe('kind');
  });

  it('refuses an organization that would be its own parent (400 naming parentId)', async () => {
    const org = await haTuAdmin.post('/api/organizations', {
      unitId: units.haTu.id,
      kind: 'party_org',
      name: 'Chi bộ khu 5',
    });
    const res = await haTuAdmin.patch(`/api/organizations/${org.json().id}`, { parentId: org.json().id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('parentId');
  });
});

describe('home stats', () => {
  it('counts the units, communes, villages, organizations, users and audit entries of the caller subtree', async () => {
    const ward = await world.newUnit(units.province, 'ward', 'Phường Giếng Đáy');
    await world.newUnit(ward, 'residential_group', 'Tổ dân phố 1 Giếng Đáy');
    await world.newUnit(ward, 'village', 'Thôn Đồng Cậy');
    await world.newUnit(ward, 'hamlet', 'Bản Làng Mới');
    await world.newUser('giengday.quantri', [['unit_admin', ward]]);
    await world.newUser('giengday.lanhdao', [['leader', ward]]);
    const admin = await world.as('giengday.quantri'); // the login is one audit entry
    for (const name of ['Đảng ủy phường Giếng Đáy', 'UBND phường Giếng Đáy']) {
      const res = await admin.post('/api/organizations', { unitId: ward.id, kind: 'party_committee', name });
      expect(res.statusCode).toBe(201);
    }
    const res = await admin.get('/api/stats/home');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      units: 4,
      communes: 1,
      villages: 3,
      organizations: 2,
      users: 2,
      auditToday: 3,
    });
  });

  it('refuses an account without grants with 403', async () => {
    await world.newUser('chua.phanquyen', [], { home: units.haTu });
    const res = await (await world.as('chua.phanquyen')).get('/api/stats/home');
    expect(res.statusCode).toBe(403);
  });
});
