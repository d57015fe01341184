/**
 * Benchmark (not a test): 1,000,000 petitions in PostgreSQL, then the p50/p95 of the officer's
 * filtered list, of opening one petition and of the statistics query, for one province and for one
 * commune.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/petitions.ts
 *
 * It creates (and afterwards keeps, for re-runs with BENCH_REUSE=1) the database `dvs_bench` (or BENCH_DB).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { findPetition, listPetitions, petitionFigures } from '../src/server/modules/petitions/repo.js';
import { loadPetitions } from './petition-data.js';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_PETITIONS ?? 1_000_000);
const PROVINCES = 10;
const COMMUNES = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

// Another name (BENCH_DB) lets two checkouts run it on one server without dropping each other's data.
const BENCH_DB = process.env.BENCH_DB ?? 'dvs_bench';
if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_DB)) throw new Error(`BENCH_DB: ${BENCH_DB}`);

async function prepareDatabase() {
  const url = new URL(adminUrl);
  url.pathname = `/${BENCH_DB}`;
  if (process.env.BENCH_REUSE === '1') return url.toString();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
  await admin.query(`create database ${BENCH_DB}`);
  await admin.end();
  return url.toString();
}

const dbUrl = await prepareDatabase();
const { db, close } = await openDatabase({ databaseUrl: dbUrl, dataDir: '' });
await migrateToLatest(db);

if (process.env.BENCH_REUSE !== '1') {
  const t0 = performance.now();
  await loadPetitions(db, { total: TOTAL, provinces: PROVINCES, communes: COMMUNES });
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
