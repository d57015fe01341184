import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, usingPostgres } from '../../test/support/db.js';
import { openMigrated } from '../server/bootstrap.js';
import { loadConfig } from '../server/config.js';
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

  it.runIf(!usingPostgres)('round-trips a PGlite data directory and keeps the old one aside', async () => {
    await roundTrip({ DATA_DIR: join(dir, 'data') }, join(dir, 'sao-luu.tar.gz'));
    expect(readdirSync(dir).some((f) => f.startsWith('data.truoc-khoi-phuc-'))).toBe(true);
  });

  it.runIf(usingPostgres)('round-trips a PostgreSQL database through pg_dump and psql', async () => {
    const target = await createTestDatabase();
    cleanups.push(() => target.close());
    await target.db.destroy();
    await roundTrip({ DATABASE_URL: target.url ?? '' }, join(dir, 'sao-luu.sql'));
  });
});
