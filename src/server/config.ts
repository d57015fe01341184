import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  /** 32 bytes, base64: encrypts the denouncer's identity. Without it, a key file in DATA_DIR is used. */
  DENOUNCER_KEY: z.string().optional(),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /** How often the deadline reminders run; 0 turns the scheduler off (tests run it by hand). */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(60),
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(30).default(2),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return ConfigSchema.parse(env);
}

/**
 * The denouncer key from DENOUNCER_KEY, else from DATA_DIR/denouncer.key, created on first start so the
 * demo works at once. A production deployment sets DENOUNCER_KEY and keeps it outside the database.
 */
export function withDenouncerKey(config: Config): Config {
  if (config.DENOUNCER_KEY) return config;
  const file = join(resolve(config.DATA_DIR), 'denouncer.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return { ...config, DENOUNCER_KEY: readFileSync(file, 'utf8').trim() };
}
