import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, neighbourhood, type TestWorld } from './support/app.js';

/*
 * Every write endpoint of the OpenAPI document, fed a wrong-typed field or a body without its required
 * fields, answers a problem+json 400 naming the field: never a 500, never an English message.
 */

type Response = Awaited<ReturnType<Client['request']>>;

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}
interface Operation {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];
/**
 * Covered elsewhere: the multipart uploads (import.test.ts, petitions/extras.test.ts), login and logout
 * (auth/routes.test.ts).
 */
const ELSEWHERE = new Set([
  'POST /api/units/import',
  'POST /api/petitions/{id}/attachments',
  'POST /api/auth/login',
  'POST /api/auth/logout',
]);
/**
 * Write routes that take no JSON body, each with what must be refused instead. A new write route without
 * a body fails the coverage test until it is listed here.
 */
const WITHOUT_BODY: Record<string, { url: () => string; path: string } | 'no input'> = {
  'POST /api/auth/totp/setup': 'no input',
  'POST /api/notifications/{id}/read': { url: () => '/api/notifications/khong-phai-ma/read', path: 'id' },
  'POST /api/notifications/read-all': 'no input',
  'DELETE /api/users/{id}/grants/{grantId}': {
    url: () => `/api/users/${randomUUID()}/grants/khong-phai-ma`,
    path: 'grantId',
  },
};

let world: TestWorld;
let admin: Client;
let writes: { route: string; method: string; path: string; body: JsonSchema | null }[];

beforeAll(async () => {
  // Invalid requests count against the public limit (test/security/auth-attacks.test.ts); here every
  // route gets dozens of them from one address, and what is checked is the answer, not the limit.
  world = await createWorld({ PUBLIC_RATE_LIMIT: '10000' });
  const units = await neighbourhood(world);
  await world.newUser('quantri.hethong', [['system_admin', units.country]], { home: units.province });
  admin = await world.as('quantri.hethong');
  const doc = (await admin.get('/api/docs/json')).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => WRITE_METHODS.includes(method))
      .map(([method, op]) => ({
        route: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      }))
      .filter((w) => !ELSEWHERE.has(w.route)),
  );
});
afterAll(() => world.close());

/** A concrete URL for a documented path: the values only need to pass the path's own schema. */
function urlOf(path: string) {
  return path
    .replace('{year}', '2027')
    .replace('{key}', '11-24')
    .replace(/\{[A-Za-z]+\}/g, () => randomUUID());
}

const allows = (s: JsonSchema, type: string): boolean =>
  [s.type].flat().includes(type) || (s.anyOf ?? []).some((a) => allows(a, type));

/** A value no field of that schema accepts: an object for scalars and lists, a number for objects. */
const wrongFor = (s: JsonSchema) => (allows(s, 'object') ? 12345 : { sai: true });

function expectValidationProblem(res: Response, label: string) {
  expect(res.statusCode, `${label}: ${res.body}`).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({ type: '/problems/validation', title: 'Dữ liệu không hợp lệ', status: 400 });
  for (const e of body.errors ?? []) {
    // Zod's own English ("Invalid input: expected string") has no Vietnamese letter.
    expect(e.message, label).toMatch(/[à-ỹđ]/i);
  }
  return body.errors as { path: string; message: string }[];
}

describe('write endpoints', () => {
  it('every write route has a JSON body schema or is listed as taking none', () => {
    expect(writes.length).toBeGreaterThan(10);
    const bodiless = writes.filter((w) => !w.body).map((w) => w.route);
    expect(bodiless.sort()).toEqual(Object.keys(WITHOUT_BODY).sort());
  });

  it('a wrong-typed field is refused with 400 naming that field, on every route', async () => {
    let checked = 0;
    for (const w of writes) {
      for (const [field, schema] of Object.entries(w.body?.properties ?? {})) {
        const res = await admin.request({
          method: w.method,
          url: urlOf(w.path),
          payload: { [field]: wrongFor(schema) },
        });
        const errors = expectValidationProblem(res, `${w.route} ${field}`);
        expect(
          errors.map((e) => e.path),
          `${w.route} ${field}`,
        ).toContain(field);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('a body without its required fields is refused with 400 naming each of them', async () => {
    let checked = 0;
    for (const w of writes) {
      const required = w.body?.required ?? [];
      if (required.length === 0) continue; // an edit: every field is optional
      const res = await admin.request({ method: w.method, url: urlOf(w.path), payload: {} });
      const errors = expectValidationProblem(res, w.route);
      expect(errors.map((e) => e.path).sort(), w.route).toEqual(expect.arrayContaining([...required].sort()));
      // A missing choice lists the choices instead ("chỉ chấp nhận: staff, citizen"); any other says so.
      for (const field of required)
        expect(errors.find((e) => e.path === field)?.message, `${w.route} ${field}`).toMatch(
          /^(Trường này là bắt buộc|Giá trị không hợp lệ; chỉ chấp nhận: )/,
        );
      checked += 1;
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('a body that is not an object is refused with 400, on every route that takes one', async () => {
    for (const w of writes.filter((x) => x.body)) {
      for (const payload of ['[]', '"chuỗi"', '42']) {
        const res = await admin.request({
          method: w.method,
          url: urlOf(w.path),
          payload,
          headers: { 'content-type': 'application/json' },
        });
        expectValidationProblem(res, `${w.route} ${payload}`);
      }
    }
  });

  it('a body that is not JSON is refused with 400, on every route that takes one', async () => {
    for (const w of writes.filter((x) => x.body)) {
      const res = await admin.request({
        method: w.method,
        url: urlOf(w.path),
        payload: '{"name": ',
        headers: { 'content-type': 'application/json' },
      });
      expectValidationProblem(res, w.route);
    }
  });

  it('text the database cannot store (NUL, a lone surrogate) is refused with 400 naming the field', async () => {
    for (const w of writes) {
      const textFields = Object.entries(w.body?.properties ?? {}).filter(([, s]) => allows(s, 'string'));
      for (const [field] of textFields) {
        for (const bad of ['Tổ\u0000 1', 'Tổ \ud800']) {
          const res = await admin.request({
            method: w.method,
            url: urlOf(w.path),
            payload: { [field]: bad },
          });
          const errors = expectValidationProblem(res, `${w.route} ${field}`);
          expect(errors).toContainEqual({ path: field, message: 'Chứa ký tự không hợp lệ' });
        }
      }
    }
  });

  it.each(Object.entries(WITHOUT_BODY))(
    '%s without a body refuses a malformed path',
    async (route, check) => {
      if (check === 'no input') {
        const w = writes.find((x) => x.route === route);
        expect(w?.body).toBeNull();
        return;
      }
      const res = await admin.request({ method: route.split(' ')[0] ?? '', url: check.url() });
      expect(expectValidationProblem(res, route).map((e) => e.path)).toEqual([check.path]);
    },
  );
});

describe('query strings', () => {
  it.each([
    ['/api/units?limit=abc', 'limit'],
    ['/api/units/search?q=', 'q'],
    ['/api/users?unitId=khong-phai-ma', 'unitId'],
    ['/api/audit?from=31/12/2026', 'from'],
    ['/api/audit?from=0000-01-01', 'from'],
    ['/api/audit?q=a%00b', 'q'],
    ['/api/calendar/1800', 'year'],
  ])('%s is refused with 400 naming %s', async (url, field) => {
    const errors = expectValidationProblem(await admin.get(url), url);
    expect(errors.map((e) => e.path)).toContain(field);
  });

  it('a forged paging cursor is refused with 400 naming the cursor', async () => {
    const forged = Buffer.from(JSON.stringify(['2026-13-45', 'x', '99999999999999999999'])).toString(
      'base64url',
    );
    const errors = expectValidationProblem(await admin.get(`/api/audit?cursor=${forged}`), 'cursor');
    expect(errors.map((e) => e.path)).toEqual(['cursor']);
  });
});

describe('unknown routes', () => {
  it.each(['GET', 'POST', 'DELETE'])(
    '%s on an unknown /api route answers a problem+json 404',
    async (method) => {
      const res = await admin.request({ method, url: '/api/khong-co-duong-nay' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        type: '/problems/not-found',
        title: 'Địa chỉ không tồn tại',
        status: 404,
      });
    },
  );

  it('answers the same 404 to a caller who is not signed in', async () => {
    const res = await world.anonymous().get('/api/units/khong-co/gi-ca');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
