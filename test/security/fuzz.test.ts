import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, createWorld, neighbourhood, PASSWORD, type TestWorld } from '../support/app.js';
import {
  type JsonSchema,
  MULTIPART_BODIES,
  MULTIPART_TYPE,
  PATH_VALUES,
  plausible,
  QUERY_VALUES,
  type Rng,
  SWEEPS,
  seeded,
  spoil,
  toJsonText,
} from './fuzz-cases.js';

/*
 * A bounded, seeded fuzzer over every route of the OpenAPI document (issue 11, §5): each write route gets
 * malformed types, deep nesting, huge strings, odd Unicode, NUL bytes, extreme dates and numbers, lists
 * for objects, hostile path parameters and multipart bodies, from a staff account of the right ward and
 * from nobody; each read route gets bad query strings. No answer may be a 5xx, and every refusal is
 * problem+json. Same seed, same requests: a failure comes back on the next run.
 */

const SEED = 20_261_111;
const STAFF_CASES = 20;
const ANONYMOUS_CASES = 4;
const QUERY_CASES = 6;

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface Route {
  method: string;
  path: string;
  query: string[];
  body: JsonSchema | null;
  multipart: boolean;
}
interface Case {
  label: string;
  method: string;
  url: string;
  payload?: string | Buffer;
  contentType?: string;
}

let world: TestWorld;
let staff: Client;
let routes: Route[];
/** Ids of Hà Tu's own records, so that a request gets past the 404 into the service. */
const ids: Record<string, string> = {};
const tally = new Map<string, number>();
const failures: string[] = [];

async function created(res: Promise<Awaited<ReturnType<Client['post']>>>) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; trackingCode?: string };
}

beforeAll(async () => {
  world = await createWorld();
  const units = await neighbourhood(world);
  const roles = ['unit_admin', 'leader', 'reception_officer', 'case_handler'] as const;
  await world.newUser(
    'fz.canbo',
    roles.map((r) => [r, units.haTu]),
  );
  ids.targetUserId = await world.newUser('fz.muctieu', [['leader', units.haTu]]);
  staff = await world.as('fz.canbo');
  ids.unitId = units.haTu.id;
  ids.parentId = units.haTu.id;
  ids.homeUnitId = units.haTu.id;
  ids.leaderUserId = ids.targetUserId;
  ids.heldByUserId = ids.targetUserId;
  ids.childUnitId = (await created(staff.post('/api/units', fuzzUnit()))).id;
  ids.respondentOrgId = (
    await created(
      staff.post('/api/organizations', { unitId: units.haTu.id, kind: 'mass_org', name: 'Hội Nông dân' }),
    )
  ).id;
  ids.ruleId = (
    await created(
      staff.post('/api/reception/rules', {
        unitId: units.haTu.id,
        leaderTitle: 'Chủ tịch UBND phường',
        frequency: 'monthly',
        basis: 'Luật Tiếp công dân 2013, Điều 15',
      }),
    )
  ).id;
  ids.sessionId = (
    await created(
      staff.post('/api/reception/sessions', {
        unitId: units.haTu.id,
        leaderName: 'Chủ tịch',
        plannedOn: '2026-11-18',
      }),
    )
  ).id;
  const petition = await created(
    staff.post('/api/petitions', {
      unitId: units.haTu.id,
      channel: 'in_person',
      kind: 'complaint',
      subject: 'Khiếu nại việc thu hồi đất',
      content: 'Khiếu nại quyết định thu hồi đất vì mức bồi thường chưa thỏa đáng',
      sender: { name: 'Nguyễn Văn Hùng' },
    }),
  );
  ids.petitionId = petition.id;
  ids.code = petition.trackingCode ?? 'KHONG-CO';
  ids.grantId = (
    await created(
      staff.post(`/api/users/${ids.targetUserId}/grants`, { role: 'inspector', unitId: units.haTu.id }),
    )
  ).id;

  const doc = (await staff.get('/api/docs/json')).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      body: op.requestBody?.content?.['application/json']?.schema ?? null,
      multipart: /multipart/.test(JSON.stringify(op)),
    })),
  );
  // The caller's own session and password last: a logout in the middle would sign him out early.
  routes.sort((a, b) => Number(a.path.startsWith('/api/auth/')) - Number(b.path.startsWith('/api/auth/')));
}, 120_000);
afterAll(() => world.close());

let unitSeq = 0;
function fuzzUnit() {
  unitSeq += 1;
  return {
    parentId: ids.unitId,
    code: `FZ-${unitSeq}`,
    name: `Tổ dân phố thử ${unitSeq}`,
    kind: 'residential_group',
  };
}

/** The id a path parameter takes on this route: one of Hà Tu's own records. */
function paramValue(path: string, name: string): string {
  if (name === 'year') return '2027';
  if (name === 'key') return '11-24';
  if (name === 'code') return ids.code ?? '';
  if (name === 'grantId') return ids.grantId ?? '';
  const byPrefix: [string, string | undefined][] = [
    ['/api/units/', ids.childUnitId],
    ['/api/organizations/', ids.respondentOrgId],
    ['/api/users/', ids.targetUserId],
    ['/api/reception/sessions/', ids.sessionId],
    ['/api/petitions/', ids.petitionId],
  ];
  return byPrefix.find(([prefix]) => path.startsWith(prefix))?.[1] ?? randomUUID();
}

function urlOf(path: string, spoiled?: { name: string; value: string }) {
  return path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) =>
    spoiled?.name === name ? spoiled.value : paramValue(path, name),
  );
}

const paramsOf = (path: string) => [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1] ?? '');
const json = (label: string, r: Route, payload: string | Buffer): Case => ({
  label,
  method: r.method,
  url: urlOf(r.path),
  payload,
  contentType: 'application/json',
});

function bodyCases(r: Route, rng: Rng, n: number): Case[] {
  if (r.multipart) {
    return MULTIPART_BODIES.slice(0, n).map(([label, payload, type]) => ({
      label,
      method: r.method,
      url: urlOf(r.path),
      payload,
      contentType: type ?? MULTIPART_TYPE,
    }));
  }
  const cases = [
    json('4.000 levels deep', r, `${'{"a":'.repeat(4000)}1${'}'.repeat(4000)}`),
    json('a list for the body', r, '[{"a":1}]'),
  ];
  const schema = r.body ?? { type: 'object', properties: { x: {} } };
  const base = plausible('', schema, ids);
  if (r.body) cases.push(json('plausible', r, toJsonText(base)));
  for (const [label, override] of r.body && n > ANONYMOUS_CASES ? SWEEPS : []) {
    cases.push(json(label, r, toJsonText(plausible('', schema, ids, override))));
  }
  while (cases.length < n) {
    const payload = toJsonText(spoil(spoil(base, schema, ids, rng), schema, ids, rng));
    cases.push(json(payload.slice(0, 80), r, payload));
  }
  return cases;
}

function pathCases(r: Route, rng: Rng): Case[] {
  return paramsOf(r.path).map((name) => {
    const value = rng.pick(PATH_VALUES);
    return { label: `${name}=${value.slice(0, 20)}`, method: r.method, url: urlOf(r.path, { name, value }) };
  });
}

function queryCases(r: Route, rng: Rng): Case[] {
  const base: Record<string, string> = { from: '2026-01-01', to: '2026-12-31', unitId: ids.unitId ?? '' };
  const known = r.query.filter((q) => q in base).map((q) => `${q}=${base[q]}`);
  const names = r.query.length ? r.query : ['x'];
  const cases: Case[] = [];
  for (let i = 0; i < QUERY_CASES; i++) {
    const name = rng.pick(names);
    const value = rng.pick(QUERY_VALUES);
    const query = [...known.filter((k) => !k.startsWith(`${name}=`)), `${name}=${value}`].join('&');
    cases.push({ label: `${name}=${value.slice(0, 30)}`, method: 'GET', url: `${urlOf(r.path)}?${query}` });
  }
  const repeated = `${names[0]}=1&${names[0]}=2&${known.join('&')}`;
  cases.push({ label: 'a repeated parameter', method: 'GET', url: `${urlOf(r.path)}?${repeated}` });
  return cases;
}

async function send(client: Client, c: Case, who: string) {
  const headers = c.contentType ? { 'content-type': c.contentType } : undefined;
  const res = await client.request({ method: c.method, url: c.url, payload: c.payload, headers });
  const key = `${who} ${res.statusCode}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  const isProblem = String(res.headers['content-type']).includes('application/problem+json');
  if (res.statusCode >= 500 || (res.statusCode >= 400 && !isProblem)) {
    failures.push(
      `${who} ${c.method} ${c.url.slice(0, 120)} [${c.label}] → ${res.statusCode} ${res.body.slice(0, 200)}`,
    );
  }
  // A logout or a password change among the cases ends the session: sign in again and go on.
  if (who === 'staff' && res.statusCode === 401) await staff.login('fz.canbo', PASSWORD);
}

it('no route answers a 5xx to hostile input, signed in or not', { timeout: 240_000 }, async () => {
  const rng = seeded(SEED);
  const anonymous = new Client(world.app);
  for (const r of routes) {
    const isWrite = r.method !== 'GET';
    const staffCases = isWrite ? bodyCases(r, rng, STAFF_CASES) : queryCases(r, rng);
    for (const c of [...staffCases, ...pathCases(r, rng)]) await send(staff, c, 'staff');
    const anonymousCases = isWrite ? bodyCases(r, rng, ANONYMOUS_CASES) : queryCases(r, rng).slice(0, 2);
    for (const c of anonymousCases) await send(anonymous, c, 'anonymous');
  }
  const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((n, [, count]) => n + count, 0);
  console.log(`fuzz: ${total} requests over ${routes.length} routes (seed ${SEED})`);
  console.table(Object.fromEntries(rows.map(([k, count]) => [k, { requests: count }])));
  expect(failures).toEqual([]);
});
