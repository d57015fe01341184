import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, neighbourhood, PASSWORD, type TestWorld } from '../support/app.js';

/*
 * Requests that must not be able to pass (issue 11, section 2). Each test is an attack that worked on
 * main at 7add9a5; the comment above it gives the answer it got then.
 */

let world: TestWorld;
let units: Awaited<ReturnType<typeof neighbourhood>>;

beforeAll(async () => {
  world = await createWorld({ LOGIN_RATE_LIMIT: '10', PUBLIC_RATE_LIMIT: '20' });
  units = await neighbourhood(world);
});
afterAll(() => world.close());

/** A login from a given client address, optionally with forged proxy headers. */
function loginFrom(
  remoteAddress: string,
  body: { username: string; password: string; totpCode?: string },
  headers: Record<string, string> = {},
) {
  return world.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, headers, payload: body });
}

const forged = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i}` });

describe('X-Forwarded-For from an untrusted client', () => {
  // Before: 13/13 answers 401, each attempt counted under its forged address.
  it('does not escape the login limit', async () => {
    await world.newUser('xff.login', [['leader', units.haTu]]);
    const codes: number[] = [];
    for (let i = 0; i < 13; i++)
      codes.push(
        (await loginFrom('127.0.0.1', { username: 'xff.login', password: 'sai-mat-khau' }, forged(i)))
          .statusCode,
      );
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(10);
    expect(codes.at(-1)).toBe(429);
  });

  // Before: 25/25 answers 200.
  it('does not escape the public limit', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await world.app.inject({
        method: 'GET',
        url: '/api/public/units?q=tu',
        remoteAddress: '192.0.2.77',
        headers: forged(i),
      });
      codes.push(res.statusCode);
    }
    expect(codes.filter((c) => c === 200).length).toBe(20);
    expect(codes.at(-1)).toBe(429);
  });

  // Before: the limit ran after validation, so requests refused as invalid were never counted.
  it('counts invalid requests against the public limit too', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await world.app.inject({
        method: 'GET',
        url: '/api/public/units?q=',
        remoteAddress: '192.0.2.78',
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 20).every((c) => c === 400)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    const valid = await world.app.inject({
      method: 'GET',
      url: '/api/public/units?q=tu',
      remoteAddress: '192.0.2.78',
    });
    expect(valid.statusCode).toBe(429);
  });

  // Before: the session and the audit entry recorded 203.0.113.9.
  it('is not what the session and the audit record as the address', async () => {
    await world.newUser('xff.audit', [['leader', units.haTu]]);
    const res = await loginFrom(
      '192.0.2.10',
      { username: 'xff.audit', password: PASSWORD },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(res.statusCode).toBe(200);
    const { db } = world.database;
    const sessions = await db
      .selectFrom('user_session')
      .select('ip')
      .where('ip', '=', '203.0.113.9')
      .execute();
    const audits = await db.selectFrom('audit_log').select('ip').where('ip', '=', '203.0.113.9').execute();
    expect([...sessions, ...audits]).toEqual([]);
    const real = await db.selectFrom('audit_log').select('ip').where('ip', '=', '192.0.2.10').execute();
    expect(real.length).toBe(1);
  });
});

describe('the login limit and the user name', () => {
  // Before: after the 429, 'Case.Login' and ' CASE.LOGIN' were new keys and answered 401 again.
  it('counts every spelling of one name as one account', async () => {
    await world.newUser('case.login', [['leader', units.haTu]]);
    const from = '192.0.2.20';
    let last = 0;
    for (let i = 0; i < 12 && last !== 429; i++)
      last = (await loginFrom(from, { username: 'case.login', password: 'sai-mat-khau' })).statusCode;
    expect(last).toBe(429);
    for (const username of ['Case.Login', ' CASE.LOGIN ', 'case.login'])
      expect((await loginFrom(from, { username, password: 'sai-mat-khau' })).statusCode).toBe(429);
  });
});

describe('guessing a password', () => {
  // Before: five wrong passwords from anywhere answered 423 to the leader's right password for 15 minutes.
  it('does not lock the account out for its owner at another address', async () => {
    await world.newUser('tinh.lanhdao', [['leader', units.province]]);
    for (let i = 0; i < 8; i++)
      await loginFrom('192.0.2.66', { username: 'tinh.lanhdao', password: 'doan-mo' });
    const owner = await loginFrom('192.0.2.1', { username: 'tinh.lanhdao', password: PASSWORD });
    expect(owner.statusCode).toBe(200);
  });

  it('slows the guessing address down with 429 and Retry-After, even for the right password', async () => {
    await world.newUser('bi.doan', [['leader', units.haTu]]);
    const from = '192.0.2.67';
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await loginFrom(from, { username: 'bi.doan', password: 'doan-mo' })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await loginFrom(from, { username: 'bi.doan', password: PASSWORD });
    expect(right.statusCode).toBe(429);
    expect(right.headers['content-type']).toContain('application/problem+json');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    expect(right.json()).toMatchObject({ type: '/problems/login-throttled', status: 429 });
    expect(right.json().errors[0].path).toBe('username');
  });

  // Before: a known name answered 423 after five attempts, an unknown one 401 for ever: names leaked.
  it('answers a known and an unknown name alike, attempt by attempt', async () => {
    await world.newUser('co.that', [['leader', units.haTu]]);
    const strip = (body: string) => body.replace(/\d+ giây/g, 'N giây');
    for (let i = 0; i < 7; i++) {
      const known = await loginFrom('192.0.2.68', { username: 'co.that', password: 'doan-mo' });
      const unknown = await loginFrom('192.0.2.68', { username: 'khong.co.that', password: 'doan-mo' });
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(strip(unknown.body)).toBe(strip(known.body));
      expect(unknown.headers['retry-after']).toBe(known.headers['retry-after']);
    }
  });
});

describe('guessing a TOTP code', () => {
  async function userWithTotp(username: string) {
    await world.newUser(username, [['leader', units.haTu]]);
    const client = await world.as(username);
    const { secret } = (await client.post('/api/auth/totp/setup')).json();
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    // The next step's code: the one enabling it is spent.
    const next = () => totp.generate({ timestamp: Date.now() + 30_000 });
    expect((await client.post('/api/auth/totp/enable', { code: totp.generate() })).statusCode).toBe(204);
    return { totp, next };
  }
  const wrong = (right: string) => (right === '000000' ? '111111' : '000000');

  // Before: 60 wrong codes all answered 401, and the 61st, right, 200.
  it('stops accepting codes after five wrong ones, the right one included', async () => {
    const { next } = await userWithTotp('totp.doan');
    for (let i = 0; i < 5; i++) {
      const res = await loginFrom('192.0.2.80', {
        username: 'totp.doan',
        password: PASSWORD,
        totpCode: wrong(next()),
      });
      expect(res.statusCode).toBe(401);
    }
    const right = await loginFrom('192.0.2.81', {
      username: 'totp.doan',
      password: PASSWORD,
      totpCode: next(),
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().errors[0].path).toBe('totpCode');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  // Before: the same code signed in twice (200, 200).
  it('refuses a code already used', async () => {
    const { next } = await userWithTotp('totp.lai');
    const code = next();
    expect(
      (await loginFrom('192.0.2.82', { username: 'totp.lai', password: PASSWORD, totpCode: code }))
        .statusCode,
    ).toBe(200);
    const replay = await loginFrom('192.0.2.83', {
      username: 'totp.lai',
      password: PASSWORD,
      totpCode: code,
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().errors[0].path).toBe('totpCode');
  });
});

describe('an account that must change its password', () => {
  // Before: GET /api/petitions 200 and POST /api/petitions 201 with the administrator's password.
  it('may only change it, see itself and sign out', async () => {
    const id = await world.newUser('doi.truoc', [['reception_officer', units.haTu]]);
    await world.database.db
      .updateTable('app_user')
      .set({ must_change_password: true })
      .where('id', '=', id)
      .execute();
    const client = await world.as('doi.truoc');
    const list = await client.get('/api/petitions');
    expect(list.statusCode).toBe(403);
    expect(list.headers['content-type']).toContain('application/problem+json');
    expect(list.json()).toMatchObject({ type: '/problems/password-change-required', status: 403 });
    expect((await client.post('/api/petitions', {})).statusCode).toBe(403);
    expect((await client.post('/api/auth/totp/setup')).statusCode).toBe(403);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    const change = await client.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'Ngõ hẻm lá me bay 2027',
    });
    expect(change.statusCode).toBe(204);
    expect((await client.get('/api/petitions')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
  });
});

describe('weak passwords', () => {
  // Before: each answered 204 (own change) or 201/204 (administrator).
  it.each([
    ['abcdefghi1'],
    ['Password123'],
    ['Password1234'],
    ['DanVan@2026'],
    ['yeu.matkhau12345'],
    ['YEU.MATKHAU-2026!'],
  ])('refuses %s as a new password, naming newPassword', async (newPassword) => {
    if (
      !(await world.database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'yeu.matkhau')
        .executeTakeFirst())
    )
      await world.newUser('yeu.matkhau', [['leader', units.haTu]]);
    const client = await world.as('yeu.matkhau');
    const res = await client.post('/api/auth/password', { currentPassword: PASSWORD, newPassword });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['newPassword']);
  });

  it('refuses them when an administrator creates or resets an account', async () => {
    const adminId = await world.newUser('yeu.quantri', [['unit_admin', units.haTu]]);
    const admin = await world.as('yeu.quantri');
    const create = await admin.post('/api/users', {
      username: 'nguyen.van.yeu',
      fullName: 'Nguyễn Văn Yếu',
      kind: 'staff',
      homeUnitId: units.haTu.id,
      password: 'nguyen.van.yeu12345',
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    const target = await world.newUser('bi.datlai', [['leader', units.haTuVillage]]);
    const reset = await admin.post(`/api/users/${target}/password`, { password: 'DanVan@2026' });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().errors.map((e: { path: string }) => e.path)).toEqual(['password']);
    const ownName = await admin.post(`/api/users/${target}/password`, { password: 'Bi.DatLai-mua-thu-2027' });
    expect(ownName.statusCode).toBe(400);
    expect(adminId).toBeTruthy();
  });
});

describe('security headers', () => {
  it('are on every answer, errors included', async () => {
    for (const url of ['/api/auth/me', '/api/public/units', '/api/khong-co']) {
      const res = await world.app.inject({ method: 'GET', url, remoteAddress: '192.0.2.90' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      // HSTS only when the deployment says it runs on HTTPS.
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('let the API reference page run its own script', async () => {
    const res = await world.app.inject({ method: 'GET', url: '/api/docs/', remoteAddress: '192.0.2.90' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-security-policy'])).toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('behind a configured proxy, over HTTPS', () => {
  let proxied: TestWorld;
  beforeAll(async () => {
    proxied = await createWorld({ TRUST_PROXY: '10.0.0.2, 10.1.0.0/16' });
    const u = await neighbourhood(proxied);
    await proxied.newUser('sau.proxy', [['leader', u.haTu]]);
  });
  afterAll(() => proxied.close());

  it('records the client address the proxy gives and sets a Secure cookie', async () => {
    const res = await proxied.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.1.3.4',
      headers: { 'x-forwarded-for': '203.0.113.50', 'x-forwarded-proto': 'https' },
      payload: { username: 'sau.proxy', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'dvs_session')?.secure).toBe(true);
    const row = await proxied.database.db.selectFrom('user_session').select('ip').executeTakeFirst();
    expect(row?.ip).toBe('203.0.113.50');
  });

  it('ignores the header from an address that is not the proxy', async () => {
    const res = await proxied.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.200',
      headers: { 'x-forwarded-for': '203.0.113.51', 'x-forwarded-proto': 'https' },
      payload: { username: 'sau.proxy', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'dvs_session')?.secure).toBeFalsy();
    const rows = await proxied.database.db
      .selectFrom('user_session')
      .select('ip')
      .where('ip', '=', '203.0.113.51')
      .execute();
    expect(rows).toEqual([]);
  });
});

describe('with COOKIE_SECURE', () => {
  let secure: TestWorld;
  beforeAll(async () => {
    secure = await createWorld({ COOKIE_SECURE: 'true' });
  });
  afterAll(() => secure.close());

  it('sends HSTS', async () => {
    const res = await secure.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(String(res.headers['strict-transport-security'])).toContain('max-age=');
  });
});
