/**
 * Benchmark (not a test): the leaders' reception schedule, `GET /api/reception/compliance` and
 * `GET /api/reception/sessions`, through the app's own `inject` (routing, session, schemas included).
 *
 *   npm run bench:compliance                       PGlite (in memory)
 *   DATABASE_URL=postgres://… npm run bench:compliance    PostgreSQL: a fresh database, dropped after
 *
 * Two data sets: the demo (as `SEED_DEMO=auto` loads it into an empty data dir), and a province of 500
 * leaders (125 communes × a weekly chairman, a party secretary on the 1st and 15th and two monthly heads
 * of agencies) with five years of sessions, each held one with four visits, three of them under it.
 * Options: BENCH_RUNS (default 20), BENCH_ONLY=demo|province.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { addDays, type IsoDate, isoDate, todayInVietnam, weekday } from '../src/domain/dates.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import type { Database, Db } from '../src/server/db/database.js';
import { hashPassword } from '../src/server/modules/auth/password.js';
import { insertUnit } from '../src/server/modules/org/repo.js';
import { seedDemo } from '../src/server/seed/demo.js';
import { DEMO_PASSWORD } from '../src/server/seed/demo-data.js';
import { seededRandom } from '../src/server/seed/random.js';
import { createTestDatabase } from '../test/support/db.js';
import { insertCountry, insertProvince } from './petition-data.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ONLY = process.env.BENCH_ONLY;
const KEY = Buffer.alloc(32, 7).toString('base64');
const PASSWORD = 'Mùa thu Hà Tu 2026';
const COMMUNES = 125;
const LAST_DAY: IsoDate = '2026-11-27';
const FIRST_DAY: IsoDate = '2022-01-01';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`).replace('.', ',');

/** p50/p95 of a GET as `username`, after one cold call (reported apart) and two warm-ups. */
async function timeRoute(database: Database, username: string, password: string, label: string, url: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', DENOUNCER_KEY: KEY });
  const app = await buildApp({ config, database });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const cookie = login.cookies.find((c) => c.name === 'dvs_session');
  if (!cookie) throw new Error(`login ${username}: ${login.body}`);
  const get = async () => {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie: `dvs_session=${cookie.value}` } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return { took: performance.now() - t, body: res.body };
  };
  const cold = await get();
  if (RUNS > 0) await get();
  if (RUNS > 0) await get();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await get()).took);
  await app.close();
  const rows = (JSON.parse(cold.body) as { items?: unknown[] }).items ?? (JSON.parse(cold.body) as unknown[]);
  // BENCH_RUNS=0 times the first call alone (the code before the fix took minutes a call).
  const p = (n: number) => (RUNS > 0 ? ms(pct(times, n)) : '–');
  console.log(
    `| ${label} | ${rows.length} | ${ms(cold.took)} | ${p(50)} | ${p(95)} | ${(cold.body.length / 1024).toFixed(0)} KB |`,
  );
}

const header = () =>
  console.log(
    '| route | rows | first call | p50 | p95 | answer |\n| --- | ---: | ---: | ---: | ---: | ---: |',
  );

async function benchDemo() {
  const database = await createTestDatabase();
  const t0 = performance.now();
  await seedDemo(database.db, KEY);
  console.log(`\nDemo (${database.kind}), seeded in ${ms(performance.now() - t0)}`);
  // The periods the leaders' schedule page asks for: this year so far, and a month back to two ahead.
  const today = todayInVietnam();
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  header();
  const q = (from: string, to: string) => `from=${from}&to=${to}`;
  await timeRoute(
    database,
    'qn.lanhdao',
    DEMO_PASSWORD,
    'compliance, province, this year',
    `/api/reception/compliance?${q(`${y}-01-01`, today)}`,
  );
  await timeRoute(
    database,
    'qn.lanhdao',
    DEMO_PASSWORD,
    'sessions, province, −1 / +2 months',
    `/api/reception/sessions?${q(isoDate(y, m - 1, d), isoDate(y, m + 2, d))}`,
  );
  await database.close();
}

interface Duty {
  frequency: 'weekly' | 'monthly' | 'fixed_days';
  days: number[];
  weekday: number;
}

function dutyDays(rule: Duty): IsoDate[] {
  const out: IsoDate[] = [];
  if (rule.frequency === 'weekly') {
    for (
      let d = addDays(FIRST_DAY, (rule.weekday - weekday(FIRST_DAY) + 7) % 7);
      d <= LAST_DAY;
      d = addDays(d, 7)
    )
      out.push(d);
    return out;
  }
  for (let i = 0; ; i++) {
    if (isoDate(2022, 1 + i, 1) > LAST_DAY) return out;
    for (const day of rule.frequency === 'monthly' ? [10 + rule.weekday] : rule.days) {
      const on = isoDate(2022, 1 + i, day);
      if (on <= LAST_DAY) out.push(on);
    }
  }
}

/** 125 communes with four leaders each, five years of their sessions, and the visits of the held ones. */
async function buildProvince(db: Db) {
  const country = await insertCountry(db);
  const { id: pid, path: ppath } = await insertProvince(db, country, 'PB', 'Tỉnh thử');
  await db
    .insertInto('app_user')
    .values({
      id: randomUUID(),
      username: 'tinh.lanhdao',
      full_name: 'Lãnh đạo tỉnh',
      kind: 'staff',
      home_unit_id: pid,
      password_hash: await hashPassword(PASSWORD),
    })
    .execute();
  const user = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'tinh.lanhdao')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('user_grant')
    .values({ id: randomUUID(), user_id: user.id, role: 'leader', admin_unit_id: pid })
    .execute();
  const rnd = seededRandom(500);
  let sessions = 0;
  for (let c = 0; c < COMMUNES; c++) {
    const unit = { id: randomUUID(), path: '' };
    unit.path = await insertUnit(db, {
      id: unit.id,
      parentId: pid,
      parentPath: ppath,
      provinceId: pid,
      code: `PB${c}`,
      name: `Xã thử ${c}`,
      kind: 'commune',
      isRemote: false,
    });
    const duties: (Duty & { id: string; title: string })[] = [
      { id: randomUUID(), title: 'Chủ tịch UBND', frequency: 'weekly', days: [], weekday: 2 + (c % 4) },
      { id: randomUUID(), title: 'Bí thư Đảng ủy', frequency: 'fixed_days', days: [1, 15], weekday: 0 },
      { id: randomUUID(), title: 'Trưởng Công an', frequency: 'monthly', days: [], weekday: 0 },
      { id: randomUUID(), title: 'Chánh Thanh tra', frequency: 'monthly', days: [], weekday: 5 },
    ];
    await db
      .insertInto('reception_rule')
      .values(
        duties.map((r) => ({
          id: r.id,
          admin_unit_id: unit.id,
          leader_title: r.title,
          frequency: r.frequency,
          min_per_period: 1,
          fixed_days: JSON.stringify(r.days),
          basis: 'Luật Tiếp công dân 2013, Điều 15, 18',
        })),
      )
      .execute();
    const rows = duties.flatMap((r) =>
      dutyDays(r).map((day) => {
        const missed = rnd() < 0.05;
        const delegated = !missed && rnd() < 0.08;
        const held = day < LAST_DAY && !missed;
        return {
          province_id: pid,
          id: randomUUID(),
          admin_unit_id: unit.id,
          unit_path: unit.path,
          rule_id: r.id,
          leader_name: `${r.title} xã ${c}`,
          planned_on: day,
          channel: 'in_person' as const,
          status: held ? ('held' as const) : day < LAST_DAY ? ('cancelled' as const) : ('planned' as const),
          held_by_name: held ? (delegated ? `Cấp phó xã ${c}` : `${r.title} xã ${c}`) : null,
        };
      }),
    );
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('reception_session')
        .values(rows.slice(i, i + 1000))
        .execute();
    sessions += rows.length;
  }
  // Four visits on each held session's day: three received at it, one ordinary visit of that day.
  await sql`
    insert into reception_visit (province_id, id, admin_unit_id, unit_path, received_on, received_at, place, kind,
      receiver_name, receiver_is_leader, session_id, matter_id, citizens, content, outcome, guidance, receipt_no, search_text)
    select s.province_id, gen_random_uuid(), s.admin_unit_id, s.unit_path, s.planned_on,
      s.planned_on + time '08:00' + g * interval '20 minutes', 'Trụ sở UBND',
      case when g = 0 then 'regular' else 'leader_periodic' end,
      s.held_by_name, g > 0, case when g = 0 then null else s.id end, gen_random_uuid(),
      '[{"fullName":"Nguyễn Văn A"}]'::jsonb, 'Đề nghị giải quyết tranh chấp đất đai', 'guided', 'Hướng dẫn',
      g || '-' || s.id, 'nguyen van a de nghi giai quyet tranh chap dat dai'
    from reception_session s cross join generate_series(0, 3) g
    where s.status = 'held'`.execute(db);
  await sql`analyze`.execute(db);
  const v = await db
    .selectFrom('reception_visit')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { rules: COMMUNES * 4, sessions, visits: v.n };
}

async function benchProvince() {
  const database = await createTestDatabase();
  const t0 = performance.now();
  const built = await buildProvince(database.db);
  console.log(
    `\nProvince of ${built.rules} leaders (${database.kind}): ${built.sessions} sessions, ${built.visits} visits, built in ${ms(performance.now() - t0)}`,
  );
  header();
  const q = (from: string, to: string) => `from=${from}&to=${to}`;
  const as = (label: string, url: string) => timeRoute(database, 'tinh.lanhdao', PASSWORD, label, url);
  // Cheapest first: the code before the fix answers the others in minutes.
  await as('sessions, province, one week', `/api/reception/sessions?${q('2026-11-16', '2026-11-22')}`);
  await as('sessions, province, −1 / +2 months', `/api/reception/sessions?${q('2026-10-27', '2027-01-27')}`);
  await as('compliance, province, this year', `/api/reception/compliance?${q('2026-01-01', LAST_DAY)}`);
  await as('compliance, province, five years', `/api/reception/compliance?${q(FIRST_DAY, LAST_DAY)}`);
  await database.close();
}

if (ONLY !== 'province') await benchDemo();
if (ONLY !== 'demo') await benchProvince();
