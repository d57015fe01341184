/**
 * Benchmark (not a test): the deadline reminder job on a country of petitions. It prints, for the run at
 * start-up (nothing sent yet), the hourly run after it (nothing changed) and the first run of the next day,
 * the number of SQL statements, the total time and the longest stall of Node's event loop.
 *
 *   npm run bench:reminders                                  PGlite (in memory), 100.000 petitions
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_PETITIONS=1000000 npm run bench:reminders
 *
 * On PostgreSQL it creates (and keeps) the database `dvs_reminders`.
 */
import { performance } from 'node:perf_hooks';
import { type KyselyPlugin, sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { runDeadlineReminders } from '../src/server/modules/notifications/reminders.js';
import { loadUnits } from './petition-data.js';

const adminUrl = process.env.BENCH_DATABASE_URL;
const TOTAL = Number(process.env.BENCH_PETITIONS ?? 100_000);
const PROVINCES = 10;
const COMMUNES = 100;
const TODAY = '2026-11-26';
const vn = (n: number, digits = 0) => n.toLocaleString('vi-VN', { maximumFractionDigits: digits });

function reuseUrl(url: string) {
  const target = new URL(url);
  target.pathname = '/dvs_reminders';
  return target.toString();
}

async function prepareDatabase(url: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop database if exists dvs_reminders with (force)');
  await admin.query('create database dvs_reminders');
  await admin.end();
  const target = new URL(url);
  target.pathname = '/dvs_reminders';
  return target.toString();
}

// BENCH_REUSE=1 with BENCH_DATA_DIR (PGlite) or on PostgreSQL skips loading, for looking at plans.
const reuse = process.env.BENCH_REUSE === '1';
const dataDir = process.env.BENCH_DATA_DIR ?? 'memory://';
const database = await openDatabase(
  adminUrl
    ? { databaseUrl: reuse ? reuseUrl(adminUrl) : await prepareDatabase(adminUrl), dataDir: '' }
    : { dataDir },
);
const { db } = database;
await migrateToLatest(db);

async function loadCountry() {
  await loadUnits(db, PROVINCES, COMMUNES);
  // Two leaders per province, one in every third commune (the others escalate to the province), and one
  // case handler per province who holds its accepted petitions.
  await sql`
    insert into app_user (id, username, full_name, kind, home_unit_id, password_hash)
    select gen_random_uuid(), 'ld' || n || '-' || code, 'Lãnh đạo ' || name, 'staff', id, 'x'
    from admin_unit cross join generate_series(1, 2) n
    where kind = 'province' or (kind = 'commune' and seq % 3 = 0 and n = 1)
    union all
    select gen_random_uuid(), 'th-' || code, 'Cán bộ thụ lý ' || name, 'staff', id, 'x'
    from admin_unit where kind = 'province'`.execute(db);
  await sql`
    insert into user_grant (id, user_id, role, admin_unit_id)
    select gen_random_uuid(), id, case when username like 'ld%' then 'leader' else 'case_handler' end, home_unit_id
    from app_user`.execute(db);
  // The generator of bench/petitions.ts (five years, every kind and state), plus the handler.
  const perProvince = Math.ceil(TOTAL / PROVINCES);
  for (let p = 0; p < PROVINCES; p++) {
    await sql`
      insert into petition (province_id, id, tracking_code, admin_unit_id, unit_path, matter_id, channel, received_on,
        received_at, kind, status, subject, content, sender_name, sender_fingerprint, competence, handling_due_on,
        resolution_due_on, accepted_on, resolved_on, search_text, handler_id)
      select u.province_id, gen_random_uuid(), ${`P${p}-`} || g, u.id, u.path, gen_random_uuid(),
        (array['in_person','post','online','hotline','forwarded'])[1 + g % 5],
        d, d + time '09:00',
        (array['complaint','denunciation','recommendation','feedback'])[1 + g % 4],
        s.status,
        'Đơn thử nghiệm số ' || g, 'Nội dung đơn thử nghiệm về bồi thường giải phóng mặt bằng số ' || g,
        'Nguyễn Văn ' || g, md5(g::text), case when g % 5 = 0 then 'out' else 'in' end,
        d + 14, d + 45, d + 5, case when g % 10 in (3, 4, 7, 8, 9) then d + 30 end,
        'don thu nghiem so ' || g || ' nguyen van ' || g || ' boi thuong giai phong mat bang',
        case when s.status = 'accepted' then h.id end
      from generate_series(1, ${perProvince}) g
      cross join lateral (select (date '2022-01-01' + (g::bigint * 7919 % 1826)::int) as d,
        (array['received','classified','accepted','resolved','closed','guided','forwarded','closed','closed','resolved'])[1 + g % 10]
          as status) s
      join lateral (
        select id, path, province_id from admin_unit where code = ${`P${p}C`} || (g % ${COMMUNES})
      ) u on true
      join app_user h on h.username = ${`th-P${p}`}`.execute(db);
  }
  await sql`analyze`.execute(db);
}

const t0 = performance.now();
if (!reuse) await loadCountry();
console.log(
  `${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}: nạp ${vn(TOTAL)} đơn trong ${vn((performance.now() - t0) / 1000, 1)} s`,
);

let statements = 0;
const counter: KyselyPlugin = {
  transformQuery: (args) => {
    statements++;
    return args.node;
  },
  transformResult: async (args) => args.result,
};
const counted = db.withPlugin(counter);

/**
 * The longest time the event loop went without running a timer: a 5 ms interval notes each tick, and the
 * gap up to the end counts too (a loop frozen for the whole run never ticks at all, which is why
 * monitorEventLoopDelay alone reports 0 for the job before).
 */
// With it, the CPU time the process spent in that gap: on a machine shared with other jobs the wall
// clock stretches, the CPU time is what an idle machine would have stalled for.
function stallProbe() {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = { at: performance.now(), cpu: cpu() };
  const longest = { wall: 0, cpu: 0 };
  const note = () => {
    const now = { at: performance.now(), cpu: cpu() };
    if (now.at - last.at > longest.wall)
      Object.assign(longest, { wall: now.at - last.at, cpu: now.cpu - last.cpu });
    last = now;
  };
  const timer = setInterval(note, 5);
  return () => {
    clearInterval(timer);
    note();
    return longest;
  };
}

async function measure(label: string, today: string) {
  statements = 0;
  const stop = stallProbe();
  const t = performance.now();
  const result = await runDeadlineReminders(counted, today, 2);
  const total = performance.now() - t;
  const stall = stop();
  console.log(
    `${label.padEnd(34)} câu lệnh ${vn(statements).padStart(9)}   tổng ${vn(total / 1000, 2).padStart(7)} s   ` +
      `dừng dài nhất ${vn(stall.wall, 1).padStart(8)} ms (CPU ${vn(stall.cpu, 1)} ms)   ${JSON.stringify(result)}`,
  );
}

const open = await sql<{ n: string }>`
  select count(*) as n from petition where status in ('received', 'classified', 'accepted')`.execute(db);
console.log(`Đơn đang mở: ${vn(Number(open.rows[0]?.n ?? 0))}`);
if (process.env.BENCH_STOP === '1') process.exit(0);
await measure('Lần chạy khi khởi động', TODAY);
await measure('Lần chạy sau một giờ (không đổi gì)', TODAY);
await measure('Lần chạy đầu của ngày hôm sau', '2026-11-27');
const sent = await sql<{ n: string }>`select count(*) as n from notification`.execute(db);
console.log(`Thông báo đã tạo: ${vn(Number(sent.rows[0]?.n ?? 0))}`);
await database.close();
