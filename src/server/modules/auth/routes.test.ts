import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, neighbourhood, PASSWORD, type TestWorld } from '../../../../test/support/app.js';

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;

beforeAll(async () => {
  world = await createWorld({ LOGIN_RATE_LIMIT: '8' });
  units = await neighbourhood(world);
  await world.newUser('hatu.quantri', [['unit_admin', units.haTu]]);
  await world.newUser('hatu.lanhdao', [['leader', units.haTu]]);
  await world.newUser('khoa.sai', [['leader', units.haTu]]);
  await world.newUser('bi.khoa', [['leader', units.haTu]]);
});
afterAll(() => world.close());

describe('login', () => {
  it('signs in with an HttpOnly SameSite cookie and tells who the user is', async () => {
    const client = world.anonymous();
    const res = await client.login('hatu.quantri');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dvs_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await client.get('/api/auth/me');
    expect(me.json().user.username).toBe('hatu.quantri');
    expect(me.json().user.permissions).toContain('org.write');
    expect(me.json().user.grants[0]).toMatchObject({ role: 'unit_admin', unitName: 'Phường Hà Tu' });
  });

  it('accepts the user name in any case', async () => {
    expect((await world.anonymous().login('HaTu.QuanTri')).statusCode).toBe(200);
  });

  it('refuses a wrong password with a Vietnamese problem and the same answer for an unknown user', async () => {
    const wrong = await world.anonymous().login('hatu.lanhdao', 'sai-mat-khau');
    const unknown = await world.anonymous().login('khong.ton.tai', 'sai-mat-khau');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({
      type: '/problems/invalid-credentials',
      title: 'Tên đăng nhập hoặc mật khẩu không đúng',
    });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('makes one address wait after five wrong passwords on one account, not the owner elsewhere', async () => {
    const from = (remoteAddress: string, password: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        payload: { username: 'khoa.sai', password },
      });
    for (let i = 0; i < 5; i++) expect((await from('192.0.2.5', 'sai')).statusCode).toBe(401);
    const waiting = await from('192.0.2.5', PASSWORD);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().type).toBe('/problems/login-throttled');
    expect((await from('192.0.2.6', PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits repeated attempts on one account from one address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) codes.push((await world.anonymous().login('bi.khoa', 'sai')).statusCode);
    expect(codes).toContain(429);
  });

  it('names the field at fault when the body is incomplete', async () => {
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'password', message: 'Trường này là bắt buộc' }]);
  });
});

describe('session', () => {
  it('ends at logout', async () => {
    const client = await world.as('hatu.lanhdao');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const client = await world.as('hatu.quantri');
    const cookie = client.sessionCookie;
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie },
      payload: { parentId: units.haTu.id, code: 'X1', name: 'Tổ 9', kind: 'residential_group' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toBe('/problems/csrf');
  });

  it('answers 401 without a session', async () => {
    const res = await world.anonymous().get('/api/units');
    expect(res.statusCode).toBe(401);
    expect(res.json().title).toBe('Bạn cần đăng nhập');
  });
});

describe('password change', () => {
  it('checks the current password, then ends the other sessions', async () => {
    await world.newUser('doi.matkhau', [['leader', units.haTu]]);
    const a = await world.as('doi.matkhau');
    const b = await world.as('doi.matkhau');
    const bad = await a.post('/api/auth/password', { currentPassword: 'sai', newPassword: 'MatKhauMoi2027' });
    expect(bad.json().errors).toEqual([{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }]);
    const weak = await a.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'ngan' });
    expect(weak.json().errors[0].path).toBe('newPassword');
    expect(
      (await a.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'MatKhauMoi2027' }))
        .statusCode,
    ).toBe(204);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await world.anonymous().login('doi.matkhau', 'MatKhauMoi2027')).statusCode).toBe(200);
  });
});

describe('two-factor login (TOTP)', () => {
  it('asks for the code once enabled and accepts a valid one', async () => {
    await world.newUser('hai.buoc', [['leader', units.haTu]]);
    const client = await world.as('hai.buoc');
    const setup = await client.post('/api/auth/totp/setup');
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toContain('otpauth://totp/');
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    expect(
      (
        await client.post('/api/auth/totp/enable', {
          code: '000000' === totp.generate() ? '111111' : '000000',
        })
      ).statusCode,
    ).toBe(400);
    expect((await client.post('/api/auth/totp/enable', { code: totp.generate() })).statusCode).toBe(204);

    const noCode = await world.anonymous().login('hai.buoc');
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().type).toBe('/problems/totp-required');
    // The code that enabled it is spent: the next time step's code signs in.
    const next = totp.generate({ timestamp: Date.now() + 30_000 });
    const withCode = await world.anonymous().login('hai.buoc', PASSWORD, next);
    expect(withCode.statusCode).toBe(200);
  });
});
