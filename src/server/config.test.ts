import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKeyFile, loadConfig, withDenouncerKey } from './config.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'dvs-key-'));
const KEY = Buffer.alloc(32, 7).toString('base64');

describe('the denouncer key (Luật Tố cáo 2018, Điều 47)', () => {
  it('refuses to start in production without a key from outside the data', () => {
    const dir = fresh();
    for (const env of [{ NODE_ENV: 'production' }, { REQUIRE_DENOUNCER_KEY: 'true' }]) {
      expect(() => withDenouncerKey(loadConfig({ DATA_DIR: join(dir, 'data'), ...env }))).toThrow(
        /DENOUNCER_KEY/,
      );
    }
    expect(existsSync(defaultKeyFile({ DATA_DIR: join(dir, 'data') }))).toBe(false);
    const config = withDenouncerKey(
      loadConfig({ DATA_DIR: join(dir, 'data'), NODE_ENV: 'production', DENOUNCER_KEY: KEY }),
    );
    expect(config.DENOUNCER_KEY).toBe(KEY);
  });

  it('reads a key file, but never one inside the data directory', () => {
    const dir = fresh();
    const data = join(dir, 'data');
    mkdirSync(data);
    writeFileSync(join(dir, 'secret.key'), `${KEY}\n`);
    writeFileSync(join(data, 'inside.key'), KEY);
    const outside = loadConfig({
      DATA_DIR: data,
      NODE_ENV: 'production',
      DENOUNCER_KEY_FILE: join(dir, 'secret.key'),
    });
    expect(withDenouncerKey(outside).DENOUNCER_KEY).toBe(KEY);
    const inside = loadConfig({ DATA_DIR: data, DENOUNCER_KEY_FILE: join(data, 'inside.key') });
    expect(() => withDenouncerKey(inside)).toThrow(/DATA_DIR/);
  });

  it('makes the demo key beside the data directory, owner-only, and moves an old one out of it', () => {
    const dir = fresh();
    const data = join(dir, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'denouncer.key'), KEY, { mode: 0o644 });
    const config = withDenouncerKey(loadConfig({ DATA_DIR: data }));
    expect(config.DENOUNCER_KEY).toBe(KEY);
    expect(existsSync(join(data, 'denouncer.key'))).toBe(false);
    const file = defaultKeyFile(config);
    expect(file).toBe(`${data}.denouncer.key`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The same key on the next start.
    expect(withDenouncerKey(loadConfig({ DATA_DIR: data })).DENOUNCER_KEY).toBe(KEY);
  });
});
