/**
 * Benchmark (not a test): 1,000,000 petitions in PostgreSQL, then the p50/p95 of the officer's
 * filtered list, of opening one petition and of the statistics query, for one province and for one
 * commune.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/petitions.ts
 *
 * It creates (and afterwards keeps, for re-runs with BENCH_REUSE=1) the database `dvs_bench`.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { insertUnit } from '../src/server/modules/org/repo.js';
import { findPetition, listPetitions, petitionFigures } from '../src/server/modules/petitions/repo.js';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_PETITIONS ?? 1_000_000);
const PROVINCES = 10;
const COMMUNES = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

async function prepareDatabase() {
  const url = new URL(adminUrl);
  url.pathname = '/dvs_bench';
  if (process.env.BENCH_REUSE === '1') return url.toString();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('drop database if exists dvs_bench with (force)');
  await admin.query('create database dvs_bench');
  await admin.end();
  return url.toString();
}

const dbUrl = await prepareDatabase();
const { db, close } = await openDatabase({ databaseUrl: dbUrl, dataDir: '' });
await migrateToLatest(db);

if (process.env.BENCH_REUSE !== '1') {
  const t0 = performance.now();
  const country = randomUUID();
  const countryPath = await insertUnit(db, {
    id: country,
    parentId: null,
    parentPath: null,
    provinceId: null,
    code: 'VN',
    name: 'Việt Nam',
    kind: 'country',
    isRemote: false,
  });
  for (let p = 0; p < PROVINCES; p++) {
    const pid = randomUUID();
    const ppath = await insertUnit(db, {
      id: pid,
      parentId: country,
      parentPath: countryPath,
      provinceId: null,
      code: `P${p}`,
      name: `Tỉnh thử ${p}`,
      kind: 'province',
      isRemote: false,
    });
    for (let c = 0; c < COMMUNES; c++) {
      await insertUnit(db, {
        id: randomUUID(),
        parentId: pid,
        parentPath: ppath,
        provinceId: pid,
        code: `P${p}C${c}`,
        name: `Xã thử ${p}-${c}`,
        kind: 'commune',
        isRemote: false,
      });
    }
  }
  // One INSERT … SELECT per province: the rows spread over its communes, five years and every state.
  const perProvince = Math.ceil(TOTAL / PROVINCES);
  for (let p = 0; p < PROVINCES; p++) {
    await sql`
      insert into petition (province_id, id, tracking_code, admin_unit_id, unit_path, matter_id, channel, received_on,
        received_at, kind, status, subject, content, sender_name, sender_fingerprint, competence, handling_due_on,
        resolution_due_on, accepted_on, resolved_on, search_text)
      select u.province_id, gen_random_uuid(), ${`P${p}-`} || g, u.id, u.path, gen_random_uuid(),
        (array['in_person','post','online','hotline','forwarded'])[1 + g % 5],
        d, d + time '09:00',
        (array['complaint','denunciation','recommendation','feedback'])[1 + g % 4],
        (array['received','classified','accepted','resolved','closed','guided','forwarded','closed','closed','resolved'])[1 + g % 10],
        'Đơn thử nghiệm số ' || g, 'Nội dung đơn thử nghiệm về bồi thường giải phóng mặt bằng số ' || g,
        'Nguyễn Văn ' || g, md5(g::text), case when g % 5 = 0 then 'out' else 'in' end,
        d + 14, d + 45, d + 5, case when g % 10 in (3, 4, 7, 8, 9) then d + 30 end,
        'don thu nghiem so ' || g || ' nguyen van ' || g || ' boi thuong giai phong mat bang'
      from generate_series(1, ${perProvince}) g
      cross join lateral (select (date '2022-01-01' + (g * 7919 % 1826)) as d) dd
      join lateral (
        select id, path, province_id from admin_unit where code = ${`P${p}C`} || (g % ${COMMUNES})
      ) u on true`.execute(db);
  }
  await sql`analyze petition`.execute(db);
  console.log(
    `Nạp ${TOTAL.toLocaleString('vi-VN')} đơn: ${((performance.now() - t0) / 1000).toFixed(1)} giây`,
  );
}

const units = await db
  .selectFrom('admin_unit')
  .select(['id', 'path', 'kind', 'code'])
  .where('kind', 'in', ['province', 'commune'])
  .execute();
const provinces = units.filter((u) => u.kind === 'province');
const communes = units.filter((u) => u.kind === 'commune');
const pick = <T>(xs: T[], i: number) => xs[(i * 7) % xs.length] as T;

async function measure(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await run(i); // warm the cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  console.log(`${label.padEnd(58)} p50 ${q(0.5).padStart(7)} ms   p95 ${q(0.95).padStart(7)} ms`);
}

const count = await db.selectFrom('petition').select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
console.log(
  `Số đơn trong cơ sở dữ liệu: ${Number(count.n).toLocaleString('vi-VN')}; ${RUNS} lần đo mỗi truy vấn\n`,
);
const statuses = ['accepted', 'classified', 'received'];
await measure('Danh sách đơn của cán bộ — cả tỉnh, lọc trạng thái + loại', (i) =>
  listPetitions(db, [pick(provinces, i).path], { status: pick(statuses, i), kind: 'complaint', limit: 51 }),
);
await measure('Danh sách đơn của cán bộ — một xã, lọc trạng thái', (i) =>
  listPetitions(db, [pick(communes, i).path], { status: pick(statuses, i), limit: 51 }),
);
await measure('Danh sách đơn quá hạn — cả tỉnh', (i) =>
  listPetitions(db, [pick(provinces, i).path], { overdueOn: '2026-11-23', limit: 51 }),
);
await measure('Tìm kiếm không dấu — cả tỉnh ("nguyen van 12345")', (i) =>
  listPetitions(db, [pick(provinces, i).path], { q: `nguyen van ${12345 + i}`, limit: 51 }),
);
// One petition per run, of the province picked for that run (codes are `P<province>-<n>`).
const opened: string[] = [];
for (let i = 0; i < Math.max(5, RUNS); i++) {
  const province = pick(provinces, i);
  const row = await db
    .selectFrom('petition')
    .select('id')
    .where('province_id', '=', province.id)
    .where('tracking_code', '=', `${province.code}-${1 + ((i * 7919) % Math.floor(TOTAL / PROVINCES))}`)
    .executeTakeFirstOrThrow();
  opened.push(row.id);
}
await measure('Mở một đơn theo id — phạm vi cả tỉnh', (i) =>
  findPetition(db, [pick(provinces, i).path], opened[i] as string),
);
await measure('Thống kê một năm — một tỉnh (~100.000 đơn)', (i) =>
  petitionFigures(
    db,
    [pick(provinces, i).path],
    undefined,
    `${2022 + (i % 4)}-01-01`,
    `${2022 + (i % 4)}-12-31`,
  ),
);
await measure('Thống kê một năm — một xã', (i) =>
  petitionFigures(
    db,
    [pick(communes, i).path],
    undefined,
    `${2022 + (i % 4)}-01-01`,
    `${2022 + (i % 4)}-12-31`,
  ),
);
await close();
