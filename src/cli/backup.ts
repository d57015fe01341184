import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
 * PGlite: the whole data directory as a gzip tarball (PGlite's own dumpDataDir, restorable as is).
 * PostgreSQL: a plain SQL dump from pg_dump, with DROP statements so that it restores over a database.
 */
export async function backup(config: Config, file: string) {
  if (config.DATABASE_URL) {
    await run('pg_dump', ['--clean', '--if-exists', '--no-owner', '--file', file, config.DATABASE_URL]);
    return;
  }
  const database = await openDatabase({ dataDir: resolve(config.DATA_DIR) });
  try {
    const blob = await database.pglite?.dumpDataDir('gzip');
    if (!blob) throw new Error('PGlite không hỗ trợ sao lưu thư mục dữ liệu');
    await writeFile(file, Buffer.from(await blob.arrayBuffer()));
  } finally {
    await database.close();
  }
}

/** The reverse of backup. On PGlite the current data directory is kept beside it as <dir>.truoc-khoi-phuc-<time>. */
export async function restore(config: Config, file: string) {
  if (config.DATABASE_URL) {
    await run('psql', ['--quiet', '--set', 'ON_ERROR_STOP=1', '--file', file, config.DATABASE_URL]);
    return;
  }
  const dir = resolve(config.DATA_DIR);
  const data = await readFile(file);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    const kept = `${dir}.truoc-khoi-phuc-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, kept);
    console.log(`Dữ liệu cũ được giữ tại ${kept}`);
  }
  const database = await openDatabase({ dataDir: dir, loadDataDir: new Blob([data]) });
  await database.close();
}
