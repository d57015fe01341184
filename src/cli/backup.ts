import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, renameSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import type { Config } from '../server/config.js';
import { openDatabase } from '../server/db/database.js';

function run(cmd: string, args: string[]) {
  return new Promise<void>((ok, fail) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} thoát với mã ${code}`))));
  });
}

/**
 * A PGlite database as SQL (pg_dump compiled for PGlite). Not the data directory: its WAL and dead row
 * versions still hold what a later write removed — a visit's citizens in clear before a denunciation
 * sealed them (Luật Tố cáo 2018, Điều 47) — and a logical dump carries only the rows as they are now.
 */
export async function dumpPglite(pglite: PGlite): Promise<string> {
  const file = await pgDump({ pg: pglite, args: ['--clean', '--if-exists', '--no-owner'] });
  // pg_dump leaves its session settings (a read-only transaction, an empty search_path) on PGlite's only
  // connection: the instance goes on serving after a dump, so they are undone.
  await pglite.exec('rollback; reset all;');
  return file.text();
}

/**
 * A plain SQL dump, owner-only (it holds everything the database does) and without the denouncer key,
 * which lives outside the data (config.ts). PostgreSQL: pg_dump; PGlite: the same through PGlite.
 */
export async function backup(config: Config, file: string) {
  if (config.DATABASE_URL) {
    await run('pg_dump', ['--clean', '--if-exists', '--no-owner', '--file', file, config.DATABASE_URL]);
  } else {
    const database = await openDatabase({ dataDir: resolve(config.DATA_DIR) });
    try {
      if (!database.pglite) throw new Error('Không mở được cơ sở dữ liệu PGlite');
      await writeFile(file, await dumpPglite(database.pglite), { mode: 0o600 });
    } finally {
      await database.close();
    }
  }
  chmodSync(file, 0o600);
}

/** The reverse of backup. On PGlite the current data directory is kept beside it as <dir>.truoc-khoi-phuc-<time>. */
export async function restore(config: Config, file: string) {
  if (config.DATABASE_URL) {
    await run('psql', ['--quiet', '--set', 'ON_ERROR_STOP=1', '--file', file, config.DATABASE_URL]);
    return;
  }
  const dir = resolve(config.DATA_DIR);
  const dump = await readFile(file, 'utf8');
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    const kept = `${dir}.truoc-khoi-phuc-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, kept);
    console.log(`Dữ liệu cũ được giữ tại ${kept}`);
  }
  const database = await openDatabase({ dataDir: dir });
  try {
    await database.pglite?.exec(dump);
  } finally {
    await database.close();
  }
}
