import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Config } from '../config.js';

/**
 * AES-256-GCM for the few fields the law makes secret (the denouncer's identity, Luật Tố cáo 2018,
 * Điều 47). The key comes from configuration, never from the database it protects.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(keyBase64: string) {
    const key = Buffer.from(keyBase64, 'base64');
    if (key.length !== 32) throw new Error('DENOUNCER_KEY phải là 32 byte mã hóa base64');
    this.key = key;
  }

  seal(value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open<T>(sealed: string): T {
    const raw = Buffer.from(sealed.replace(/^v1:/, ''), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return JSON.parse(
      Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'),
    ) as T;
  }

  /** A keyed fingerprint: finds the same denouncer's earlier petitions without storing who he is. */
  fingerprint(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex').slice(0, 32);
  }
}

let cached: { key: string; box: SecretBox } | null = null;
/** One SecretBox per configured key. */
export function secretBox(config: Pick<Config, 'DENOUNCER_KEY'>): SecretBox {
  const key = config.DENOUNCER_KEY;
  if (!key) throw new Error('DENOUNCER_KEY is not configured');
  if (cached?.key !== key) cached = { key, box: new SecretBox(key) };
  return cached.box;
}
