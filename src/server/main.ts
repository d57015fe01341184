import { todayInVietnam } from '../domain/dates.js';
import { roleNames } from '../domain/roles.js';
import { buildApp } from './app.js';
import { openMigrated } from './bootstrap.js';
import { loadConfig, restrictFileModes, withDenouncerKey } from './config.js';
import { runDeadlineReminders } from './modules/notifications/reminders.js';
import { isEmpty, seedDemo } from './seed/demo.js';
import { DEMO_PASSWORD, demoUsers } from './seed/demo-data.js';

restrictFileModes();
const config = withDenouncerKey(loadConfig());
const database = await openMigrated(config);
const seeded = config.SEED_DEMO === 'auto' && (await isEmpty(database.db));
if (seeded) await seedDemo(database.db, config.DENOUNCER_KEY ?? '');

const app = await buildApp({ config, database });
await app.listen({ host: config.HOST, port: config.PORT });
const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;

const lines = [
  '',
  `Dân Vận Số đang chạy tại ${url}  (cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite, thư mục ${config.DATA_DIR}` : 'PostgreSQL'})`,
  `Tài liệu API: ${url}/api/docs`,
];
if (seeded || config.SEED_DEMO === 'auto') {
  lines.push(`Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
  for (const u of demoUsers)
    lines.push(`  ${u.username.padEnd(16)} ${u.roles.map((r) => roleNames[r]).join(', ')} — ${u.fullName}`);
}
console.log(lines.join('\n'));

// The reminders run in this process: at start, then every REMINDER_INTERVAL_MINUTES.
const remind = () =>
  runDeadlineReminders(database.db, todayInVietnam(), config.REMINDER_DAYS_BEFORE).catch((err: unknown) =>
    app.log.error({ err }, 'deadline reminders failed'),
  );
const timer =
  config.REMINDER_INTERVAL_MINUTES > 0
    ? setInterval(remind, config.REMINDER_INTERVAL_MINUTES * 60_000)
    : null;
if (timer) void remind();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (timer) clearInterval(timer);
    await app.close();
    await database.close();
    process.exit(0);
  });
}
