import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';

export type Db = Kysely<DB>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The PGlite instance when embedded (backup/restore need it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export const pgliteExtensions = { unaccent, pg_trgm, ltree, pgcrypto };

// Both drivers must hand the same JS types to the code: dates as 'YYYY-MM-DD' strings (a date has no
// time zone), int8 as strings (ids can pass 2^53), timestamptz as Date.
const DATE_OID = 1082;
const INT8_OID = 20;
const pgliteParsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => v,
};
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => v);

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite data directory; 'memory://' for a throwaway database. */
  dataDir: string;
  loadDataDir?: Blob;
}

/**
 * The data directory is the owner's alone, as PostgreSQL demands of its own: PGlite's file system layer
 * creates files 0666 whatever the umask, so the directory is closed (0700) and what is in it made 0600.
 */
function closeDataDir(dir: string) {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    chmodSync(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o700 : 0o600);
  }
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create(opts.dataDir, {
    extensions: pgliteExtensions,
    parsers: pgliteParsers,
    loadDataDir: opts.loadDataDir,
  });
  const onDisk = !opts.dataDir.startsWith('memory://');
  if (onDisk) closeDataDir(opts.dataDir);
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      // Files made while it ran (new tables, WAL segments) get the same modes.
      if (onDisk) closeDataDir(opts.dataDir);
    },
  };
}
