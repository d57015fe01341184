import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Db } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-calendar.js';
import * as m0003 from './migrations/0003-reception.js';
import * as m0004 from './migrations/0004-petition.js';
import * as m0005 from './migrations/0005-notification.js';
import * as m0006 from './migrations/0006-petition-citizen-attachment.js';
import * as m0007 from './migrations/0007-petition-forward.js';
import * as m0008 from './migrations/0008-matter-lookup.js';
import * as m0009 from './migrations/0009-petition-respondent.js';
import * as m0010 from './migrations/0010-petition-recent.js';
import * as m0011 from './migrations/0011-login-throttle.js';
import * as m0012 from './migrations/0012-denouncer-secrecy.js';
import * as m0014 from './migrations/0014-idempotency-hash.js';
import * as m0015 from './migrations/0015-reminder-incremental.js';
import * as m0016 from './migrations/0016-reception-session-lookups.js';
import * as m0017 from './migrations/0017-petition-version.js';

// Listed explicitly (no directory scan) so migrations run the same under tsx, vitest and a bundle.
// Forward-only: a mistake is fixed by a new migration, never by editing or reverting an old one.
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-calendar': m0002,
  '0003-reception': m0003,
  '0004-petition': m0004,
  '0005-notification': m0005,
  '0006-petition-citizen-attachment': m0006,
  '0007-petition-forward': m0007,
  '0008-matter-lookup': m0008,
  '0009-petition-respondent': m0009,
  '0010-petition-recent': m0010,
  '0011-login-throttle': m0011,
  '0012-denouncer-secrecy': m0012,
  '0014-idempotency-hash': m0014,
  '0015-reminder-incremental': m0015,
  '0016-reception-session-lookups': m0016,
  '0017-petition-version': m0017,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'schema_migration' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
