import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createWorld,
  neighbourhood,
  PASSWORD,
  type TestWorld,
} from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;
let admin: Client;
let adminId: string;

const NEW_PASSWORD = 'MatKhauMoi2026';

beforeAll(async () => {
  world = await createWorld();
  units = await neighbourhood(world);
  adminId = await world.newUser('hatu.quantri', [['unit_admin', units.haTu]]);
  admin = await world.as('hatu.quantri');
});
afterAll(() => world.close());

let seq = 0;
async function createUser(body: Record<string, unknown> = {}) {
  seq += 1;
  const res = await admin.post('/api/users', {
    username: `canbo.${seq}`,
    fullName: `Nguyễn Văn ${seq}`,
    kind: 'staff',
    homeUnitId: units.haTuVillage.id,
    password: NEW_PASSWORD,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; username: string };
}

async function signIn(username: string, password = NEW_PASSWORD) {
  const client = world.anonymous();
  const res = await client.login(username, password);
  expect(res.statusCode, res.body).toBe(200);
  return client;
}

describe('creating a user', () => {
  it('creates a user in his subtree, who must change the password at the first login', async () => {
    const res = await admin.post('/api/users', {
      username: 'tran.thi.lan',
      fullName: 'Trần Thị Lan',
      email: 'lan@hatu.quangninh.gov.vn',
      phone: '0912345678',
      kind: 'staff',
      homeUnitId: units.haTuVillage.id,
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'tran.thi.lan',
      fullName: 'Trần Thị Lan',
      email: 'lan@hatu.quangninh.gov.vn',
      phone: '0912345678',
      kind: 'staff',
      homeUnitId: units.haTuVillage.id,
      homeUnitName: 'Tổ dân phố 1',
      disabled: false,
      totpEnabled: false,
      grants: [],
    });
    const lan = await signIn('tran.thi.lan');
    const me = await lan.get('/api/auth/me');
    expect(me.json().user).toMatchObject({ username: 'tran.thi.lan', mustChangePassword: true });
    await lan.post('/api/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'MatKhauRieng2027' });
    expect((await lan.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
  });

  it('refuses a user name already taken, in any letter case, with 409 naming username', async () => {
    const { username } = await createUser();
    const res = await admin.post('/api/users', {
      username: username.toUpperCase(),
      fullName: 'Người trùng tên',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ path: 'username', message: 'Tên đăng nhập đã được dùng' }]);
  });

  it('names each bad field: email, phone and password', async () => {
    const res = await admin.post('/api/users', {
      username: 'sai.nhieu.cho',
      fullName: 'Sai Nhiều Chỗ',
      email: 'khong-phai-email',
      phone: '12345',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password: 'ngan',
    });
    expect(res.statusCode).toBe(400);
    const paths = new Set(res.json().errors.map((e: { path: string }) => e.path));
    expect([...paths].sort()).toEqual(['email', 'password', 'phone']);
  });

  it.each([
    ['quá ngắn', 'Ab1'],
    ['ngắn hơn 12 ký tự', 'MatKhau2026'],
    ['quá phổ biến', 'Password1234'],
    ['chứa tên đăng nhập', 'mat.khau.yeu-2027'],
  ])('refuses a password that is %s, naming password', async (_why, password) => {
    const res = await admin.post('/api/users', {
      username: 'mat.khau.yeu',
      fullName: 'Mật Khẩu Yếu',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password,
    });
    expect(res.statusCode).toBe(400);
    expect(new Set(res.json().errors.map((e: { path: string }) => e.path))).toEqual(new Set(['password']));
  });

  it('refuses a home unit in the neighbouring ward with 400 naming homeUnitId', async () => {
    const res = await admin.post('/api/users', {
      username: 'nha.hang.xom',
      fullName: 'Nhà Hàng Xóm',
      kind: 'staff',
      homeUnitId: units.baiChay.id,
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('homeUnitId');
  });

  it('refuses an account that may only read users (403)', async () => {
    await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
    const leader = await world.as('hatu.lanhdao');
    const res = await leader.post('/api/users', {
      username: 'do.lanh.dao.tao',
      fullName: 'Do Lãnh Đạo Tạo',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password: NEW_PASSWORD,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('listing users', () => {
  it('finds users of his subtree without diacritics and pages through them', async () => {
    await world.newUser('baichay.canbo', [['leader', units.baiChay]]);
    const found = await admin.get('/api/users?q=tran thi lan');
    expect(found.json().items.map((u: { username: string }) => u.username)).toEqual(['tran.thi.lan']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(
        `/api/users?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeLessThanOrEqual(2);
      seen.push(...res.json().items.map((u: { username: string }) => u.username));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('hatu.quantri');
    expect(seen).not.toContain('baichay.canbo');
  });
});

describe('grants', () => {
  it('grants a role on a unit of his subtree (201), which the user holds at once', async () => {
    const user = await createUser();
    const res = await admin.post(`/api/users/${user.id}/grants`, {
      role: 'leader',
      unitId: units.haTuVillage.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      role: 'leader',
      unitId: units.haTuVillage.id,
      unitName: 'Tổ dân phố 1',
    });
    const shown = await admin.get(`/api/users/${user.id}`);
    expect(shown.json().grants).toEqual([res.json()]);
    const client = await signIn(user.username);
    expect((await client.get('/api/auth/me')).json().user.permissions).toEqual(
      expect.arrayContaining(['org.read', 'user.read']),
    );
  });

  it('refuses a second identical grant with 409', async () => {
    const user = await createUser();
    const grant = { role: 'inspector', unitId: units.haTu.id };
    expect((await admin.post(`/api/users/${user.id}/grants`, grant)).statusCode).toBe(201);
    const again = await admin.post(`/api/users/${user.id}/grants`, grant);
    expect(again.statusCode).toBe(409);
  });

  it('refuses a grant on the neighbouring ward with 400 naming unitId', async () => {
    const user = await createUser();
    const res = await admin.post(`/api/users/${user.id}/grants`, {
      role: 'leader',
      unitId: units.baiChay.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('unitId');
  });

  it('reading the whole province does not let a ward admin grant or home users beyond his ward', async () => {
    await world.newUser('hatu.quantri.doc.tinh', [
      ['unit_admin', units.haTu],
      ['leader', units.province],
    ]);
    const wide = await world.as('hatu.quantri.doc.tinh');
    const user = await createUser();
    expect((await wide.get(`/api/units/${units.baiChay.id}`)).statusCode).toBe(200);
    const grant = await wide.post(`/api/users/${user.id}/grants`, {
      role: 'leader',
      unitId: units.baiChay.id,
    });
    expect(grant.statusCode).toBe(400);
    expect(grant.json().errors[0].path).toBe('unitId');
    const home = await wide.patch(`/api/users/${user.id}`, { homeUnitId: units.baiChay.id });
    expect(home.statusCode).toBe(400);
    expect(home.json().errors[0].path).toBe('homeUnitId');
  });

  it('a unit admin cannot grant system_admin (400 naming role)', async () => {
    const user = await createUser();
    const res = await admin.post(`/api/users/${user.id}/grants`, {
      role: 'system_admin',
      unitId: units.haTu.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'role', message: 'Bạn không được cấp vai trò này' }]);
  });

  it('a citizen account cannot get a staff role, and a staff account not the citizen role', async () => {
    const citizen = await createUser({ kind: 'citizen' });
    const staffRole = await admin.post(`/api/users/${citizen.id}/grants`, {
      role: 'leader',
      unitId: units.haTu.id,
    });
    expect(staffRole.statusCode).toBe(400);
    expect(staffRole.json().errors[0].path).toBe('role');
    const citizenRole = await admin.post(`/api/users/${citizen.id}/grants`, {
      role: 'citizen',
      unitId: units.haTu.id,
    });
    expect(citizenRole.statusCode).toBe(201);

    const staff = await createUser();
    const wrong = await admin.post(`/api/users/${staff.id}/grants`, {
      role: 'citizen',
      unitId: units.haTu.id,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('role');
  });

  it('revokes a grant (204): the user loses the permission at his next request', async () => {
    const user = await createUser();
    const grant = (
      await admin.post(`/api/users/${user.id}/grants`, { role: 'leader', unitId: units.haTu.id })
    ).json();
    const client = await signIn(user.username);
    // A new account may do nothing until it has its own password.
    expect((await client.get('/api/users')).json().type).toBe('/problems/password-change-required');
    await client.post('/api/auth/password', {
      currentPassword: NEW_PASSWORD,
      newPassword: 'MatKhauRieng2027',
    });
    expect((await client.get('/api/users')).statusCode).toBe(200);

    expect((await admin.delete(`/api/users/${user.id}/grants/${grant.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/users/${user.id}`)).json().grants).toEqual([]);
    expect((await client.get('/api/users')).statusCode).toBe(403);
    expect((await admin.delete(`/api/users/${user.id}/grants/${grant.id}`)).statusCode).toBe(404);
  });

  it('refuses to revoke his own admin role (400)', async () => {
    const me = (await admin.get(`/api/users/${adminId}`)).json();
    const own = me.grants.find((g: { role: string }) => g.role === 'unit_admin');
    const res = await admin.delete(`/api/users/${adminId}/grants/${own.id}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('grantId');
  });
});

describe('disabling and password reset', () => {
  it('disabling a user ends his sessions: his client gets 401 and he cannot sign in', async () => {
    const user = await createUser();
    const client = await signIn(user.username);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);

    const res = await admin.patch(`/api/users/${user.id}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await world.anonymous().login(user.username, NEW_PASSWORD)).statusCode).toBe(401);

    expect((await admin.patch(`/api/users/${user.id}`, { disabled: false })).json().disabled).toBe(false);
    // The sessions were ended, not merely suspended: enabling the account does not bring them back.
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await world.anonymous().login(user.username, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses to disable himself (400 naming disabled)', async () => {
    const res = await admin.patch(`/api/users/${adminId}`, { disabled: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('disabled');
  });

  it('edits name, email and phone, and refuses a bad phone naming it', async () => {
    const user = await createUser();
    const res = await admin.patch(`/api/users/${user.id}`, {
      fullName: 'Lê Văn Tám',
      email: 'tam@example.vn',
      phone: '+84912345678',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fullName: 'Lê Văn Tám',
      email: 'tam@example.vn',
      phone: '+84912345678',
    });
    const bad = await admin.patch(`/api/users/${user.id}`, { phone: '091' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('phone');
  });

  it('resets a password: sessions end, the old password fails, the new one works and must be changed', async () => {
    const user = await createUser();
    const client = await signIn(user.username);
    await client.post('/api/auth/password', {
      currentPassword: NEW_PASSWORD,
      newPassword: 'MatKhauRieng2027',
    });
    expect((await client.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);

    const res = await admin.post(`/api/users/${user.id}/password`, { password: 'MatKhauCapLai2028' });
    expect(res.statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await world.anonymous().login(user.username, 'MatKhauRieng2027')).statusCode).toBe(401);
    const again = await signIn(user.username, 'MatKhauCapLai2028');
    expect((await again.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('refuses a weak new password naming password', async () => {
    const user = await createUser();
    const res = await admin.post(`/api/users/${user.id}/password`, { password: 'yeu' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('password');
  });

  it('leaves alone an account that also holds a role beyond his subtree', async () => {
    // A province official who lives in the ward: the ward admin must not take the account over.
    const officialId = await world.newUser('tinh.lanhdao', [['leader', units.province]], {
      home: units.haTu,
    });
    const shown = await admin.get(`/api/users/${officialId}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().grants).toEqual([]);

    const reset = await admin.post(`/api/users/${officialId}/password`, { password: 'MatKhauCuopQuyen1' });
    expect(reset.statusCode).toBe(403);
    const disable = await admin.patch(`/api/users/${officialId}`, { disabled: true });
    expect(disable.statusCode).toBe(403);
    const email = await admin.patch(`/api/users/${officialId}`, { email: 'ke.gian@example.vn' });
    expect(email.statusCode).toBe(403);
    expect((await world.anonymous().login('tinh.lanhdao', PASSWORD)).statusCode).toBe(200);
  });
});
