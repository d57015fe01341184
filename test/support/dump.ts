import { spawnSync } from 'node:child_process';
import { dumpPglite } from '../../src/cli/backup.js';
import type { Database } from '../../src/server/db/database.js';

/** What `danvan backup` writes for the test database: pg_dump's SQL, from PGlite or from the server. */
export async function dumpDatabase(database: Database & { url?: string }): Promise<Buffer> {
  if (database.pglite) return Buffer.from(await dumpPglite(database.pglite));
  if (!database.url) throw new Error('no database to dump');
  const run = spawnSync('pg_dump', ['--no-owner', database.url], { maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pg_dump: ${run.stderr.toString()}`);
  return run.stdout;
}
