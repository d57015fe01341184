import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';

/** Configuration comes only from the environment, so the same build runs on a laptop and a server. */
const ConfigSchema = z.object({
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For/-Proto are believed, comma
   * separated. Empty: nobody's, so a client cannot pick the address the limits and the audit see.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z
    .enum(['auto', 'never'])
    .default('auto')
    .describe('auto: load demo data when the database is empty'),
  WEB_DIST: z.string().default('./dist/web'),
  /** 32 bytes, base64: encrypts the denouncer's identity. Without it, a key file beside DATA_DIR is used. */
  DENOUNCER_KEY: z.string().optional(),
  /** A file holding DENOUNCER_KEY (a mounted secret); never inside DATA_DIR, which backups copy whole. */
  DENOUNCER_KEY_FILE: z.string().optional(),
  NODE_ENV: z.string().optional(),
  /** true: refuse to start without DENOUNCER_KEY or DENOUNCER_KEY_FILE, as NODE_ENV=production does. */
  REQUIRE_DENOUNCER_KEY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /** Portal submissions with files streamed at once; more wait in a queue of PUBLIC_UPLOAD_QUEUE, then 503. */
  PUBLIC_UPLOAD_SLOTS: z.coerce.number().int().min(1).default(4),
  PUBLIC_UPLOAD_QUEUE: z.coerce.number().int().min(0).default(16),
  /** How long a queued upload waits for its turn before the 503. */
  PUBLIC_UPLOAD_WAIT_SECONDS: z.coerce.number().int().min(1).default(120),
  /** How often the deadline reminders run; 0 turns the scheduler off (tests run it by hand). */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(60),
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(30).default(2),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return ConfigSchema.parse(env);
}

const isInside = (file: string, dir: string) => {
  const rel = relative(resolve(dir), resolve(file));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
};

/** Where the demo's key lives when none is configured: beside the data directory, never in it. */
export const defaultKeyFile = (config: Pick<Config, 'DATA_DIR'>) =>
  `${resolve(config.DATA_DIR)}.denouncer.key`;

/**
 * The denouncer key (Luật Tố cáo 2018, Điều 47: the identity is a secret, and the key is what keeps it).
 * From DENOUNCER_KEY, else DENOUNCER_KEY_FILE; in production one of them is required, because a key the
 * product makes for itself lives on the same disk as the data. For the demo a key file is made beside the
 * data directory (a backup of PGlite copies the whole directory, and a key inside it would travel with
 * the data it protects); one left inside by an earlier version is moved out.
 */
export function withDenouncerKey(config: Config): Config {
  if (config.DENOUNCER_KEY) return config;
  if (config.DENOUNCER_KEY_FILE) {
    if (isInside(config.DENOUNCER_KEY_FILE, config.DATA_DIR))
      throw new Error('DENOUNCER_KEY_FILE không được nằm trong DATA_DIR: bản sao lưu sẽ chứa cả khóa');
    return { ...config, DENOUNCER_KEY: readFileSync(config.DENOUNCER_KEY_FILE, 'utf8').trim() };
  }
  if (config.NODE_ENV === 'production' || config.REQUIRE_DENOUNCER_KEY) {
    throw new Error(
      'Chạy thật (NODE_ENV=production hoặc REQUIRE_DENOUNCER_KEY=true) cần DENOUNCER_KEY hoặc DENOUNCER_KEY_FILE ' +
        'đặt ngoài thư mục dữ liệu: khóa bảo mật người tố cáo không được nằm cùng dữ liệu nó bảo vệ',
    );
  }
  const file = defaultKeyFile(config);
  const legacy = join(resolve(config.DATA_DIR), 'denouncer.key');
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) && existsSync(legacy)) renameSync(legacy, file);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  chmodSync(file, 0o600);
  return { ...config, DENOUNCER_KEY: readFileSync(file, 'utf8').trim() };
}

/**
 * Files this process makes are its own: PGlite writes its data files 0666 and a backup would be
 * world-readable under the default umask; everything is created owner-only instead.
 */
export function restrictFileModes(): void {
  process.umask(0o077);
}
