import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, usingPostgres } from '../../test/support/db.js';
import { openMigrated } from '../server/bootstrap.js';
import { loadConfig, restrictFileModes, withDenouncerKey } from '../server/config.js';
import type { Db } from '../server/db/database.js';
import { verifyAuditChains } from '../server/modules/audit/service.js';
import { backup, restore } from './backup.js';
import { createAdmin } from './system.js';

const usernames = async (db: Db) =>
  (await db.selectFrom('app_user').select('username').orderBy('username').execute()).map((u) => u.username);

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** Backup, a later change, restore: the later change is gone and the audit chain still verifies. */
async function roundTrip(env: Record<string, string>, file: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const first = await openMigrated(config);
  await createAdmin(first.db, 'quantri.truoc', 'Quản trị trước sao lưu', 'Sao lưu đêm mưa 2026');
  await first.close();
  await backup(config, file);

  const second = await openMigrated(config);
  await createAdmin(second.db, 'quantri.sau', 'Quản trị sau sao lưu', 'Sao lưu đêm mưa 2026');
  expect(await usernames(second.db)).toEqual(['quantri.sau', 'quantri.truoc']);
  await second.close();

  await restore(config, file);
  const restored = await openMigrated(config);
  try {
    expect(await usernames(restored.db)).toEqual(['quantri.truoc']);
    expect(await verifyAuditChains(restored.db, null)).toMatchObject({ ok: true, checked: 1 });
  } finally {
    await restored.close();
  }
}

describe('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvs-backup-'));

  it.runIf(!usingPostgres)(
    'round-trips a PGlite data directory and keeps the old one aside',
    async () => {
      await roundTrip({ DATA_DIR: join(dir, 'data') }, join(dir, 'sao-luu.sql'));
      expect(readdirSync(dir).some((f) => f.startsWith('data.truoc-khoi-phuc-'))).toBe(true);
      // Three PGlite starts and a restore: ~15 s alone, more on a loaded machine.
    },
    180_000,
  );

  it.runIf(!usingPostgres)(
    'writes owner-only files and a backup without the denouncer key',
    async () => {
      restrictFileModes();
      const own = mkdtempSync(join(tmpdir(), 'dvs-backup-key-'));
      const config = withDenouncerKey(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: join(own, 'data') }));
      const database = await openMigrated(config);
      await database.close();
      const file = join(own, 'sao-luu.sql');
      await backup(config, file);
      expect(statSync(file).mode & 0o077).toBe(0);
      const archive = readFileSync(file);
      expect(archive.includes('schema_migration')).toBe(true);
      expect(archive.includes(config.DENOUNCER_KEY ?? '')).toBe(false);
      // PGlite writes its files 0666 whatever the umask: the directory is closed and its files made 0600.
      expect(statSync(join(own, 'data')).mode & 0o777).toBe(0o700);
      const open = readdirSync(join(own, 'data'), { recursive: true, withFileTypes: true }).filter(
        (f) => statSync(join(f.parentPath, f.name)).mode & 0o007,
      );
      expect(open.map((f) => f.name)).toEqual([]);
    },
    120_000,
  );

  it.runIf(usingPostgres)('round-trips a PostgreSQL database through pg_dump and psql', async () => {
    const target = await createTestDatabase();
    cleanups.push(() => target.close());
    await target.db.destroy();
    await roundTrip({ DATABASE_URL: target.url ?? '' }, join(dir, 'sao-luu.sql'));
  });
});
