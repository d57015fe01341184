/**
 * Benchmark (not a test): the home page's work queue on PGlite, at the volume of bench/petitions.ts
 * (default 100.000 petitions, 10 provinces × 100 communes). For a leader of the country, of one province
 * and of one commune, the p50/p95 of what the page asks for its five tiles: before, five pages of 200 full
 * petitions from GET /api/petitions (sent at once, as the page did); now, GET /api/petitions/work-queue.
 *
 *   npx tsx bench/home.ts        (options: BENCH_PETITIONS, BENCH_RUNS)
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { hashPassword } from '../src/server/modules/auth/password.js';
import { loadPetitions } from './petition-data.js';

const TOTAL = Number(process.env.BENCH_PETITIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const PASSWORD = 'Mùa thu Hà Tu 2026';

const database = await openDatabase({ dataDir: 'memory://' });
const { db } = database;
await migrateToLatest(db);
let t0 = performance.now();
await loadPetitions(db, { total: TOTAL, provinces: 10, communes: 100 });
console.log(`Nạp ${TOTAL.toLocaleString('vi-VN')} đơn: ${((performance.now() - t0) / 1000).toFixed(1)} giây`);

/** A leader at the unit coded `code`, handling one open petition in ten of his scope. */
async function leaderAt(code: string) {
  const unit = await db
    .selectFrom('admin_unit')
    .select(['id', 'path'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  const username = `lanhdao.${code.toLowerCase()}`;
  await db
    .insertInto('app_user')
    .values({
      id,
      username,
      full_name: `Lãnh đạo ${code}`,
      kind: 'staff',
      home_unit_id: unit.id,
      password_hash: await hashPassword(PASSWORD),
    })
    .execute();
  await db
    .insertInto('user_grant')
    .values({ id: randomUUID(), user_id: id, role: 'leader', admin_unit_id: unit.id })
    .execute();
  await sql`update petition set handler_id = ${id}::uuid
    where unit_path <@ ${unit.path}::ltree and status in ('classified', 'accepted') and handler_id is null
      and abs(hashtext(id::text)) % 10 = 0`.execute(db);
  return { id, username };
}

// Narrowest first, so that each leader handles some petitions of his own scope. The generator gives all
// petitions of a commune one state: P0C2's are accepted (some overdue, some the leader's own).
const commune = { scope: 'một xã (1/1.000 số đơn)', ...(await leaderAt('P0C2')) };
const province = { scope: 'một tỉnh (1/10 số đơn)', ...(await leaderAt('P0')) };
const country = { scope: 'cả nước (toàn bộ đơn)', ...(await leaderAt('VN')) };
const leaders = [country, province, commune];
await sql`analyze petition`.execute(db);

const config = loadConfig({
  LOG_LEVEL: 'silent',
  WEB_DIST: '/nonexistent',
  DENOUNCER_KEY: Buffer.alloc(32, 7).toString('base64'),
});
const app = await buildApp({ config, database });

async function cookieOf(username: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  const session = res.cookies.find((c) => c.name === 'dvs_session');
  if (!session) throw new Error(`login ${username}: ${res.body}`);
  return `dvs_session=${session.value}`;
}

async function get(cookie: string, url: string) {
  const res = await app.inject({ method: 'GET', url, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res;
}

async function measure(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run(); // warm the cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) =>
    (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toLocaleString('vi-VN', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
  console.log(`${label.padEnd(62)} p50 ${q(0.5).padStart(7)} ms   p95 ${q(0.95).padStart(7)} ms`);
}

console.log(`PGlite, ${RUNS} lần đo mỗi dòng\n`);
for (const leader of leaders) {
  const cookie = await cookieOf(leader.username);
  const lists = [
    'overdue=true',
    'status=received',
    'status=classified',
    `status=classified&handlerId=${leader.id}`,
    `status=accepted&handlerId=${leader.id}`,
  ].map((filter) => `/api/petitions?${filter}&limit=200`);
  let bytes = 0;
  await measure(`Trước: 5 danh sách × 200 đơn — ${leader.scope}`, async () => {
    const pages = await Promise.all(lists.map((url) => get(cookie, url)));
    bytes = pages.reduce((sum, r) => sum + r.rawPayload.length, 0);
  });
  let queue = '';
  await measure(`Sau: GET /api/petitions/work-queue — ${leader.scope}`, async () => {
    queue = (await get(cookie, '/api/petitions/work-queue')).body;
  });
  console.log(
    `  ${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 })} KB trước, ${queue.length} byte sau: ${queue}\n`,
  );
}
await app.close();
await database.close();
