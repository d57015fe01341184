import { randomUUID } from 'node:crypto';

/*
 * Hostile values for the fuzzer (fuzz.test.ts), drawn from a seeded generator so that a failure comes
 * back on the next run.
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  minimum?: number;
}

/** mulberry32: tiny, seeded, good enough to pick cases. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(xs: readonly T[]): T => {
    const x = xs[Math.floor(next() * xs.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  };
  return { next, pick };
}
export type Rng = ReturnType<typeof seeded>;

/** Text JSON.stringify cannot write: spliced into the body in place of its marker. */
export class RawJson {
  constructor(readonly text: string) {}
}

export const DATES = [
  '9999-12-31',
  '0000-01-01',
  '2026-02-30',
  '2100-12-31',
  '1900-01-01',
  '2024-02-29',
  '+275760-09-13',
];
export const DATETIMES = [
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2100-12-31T23:59:59+14:00',
  '1900-01-01T00:00:00-12:00',
  '2026-11-17T02:00:00.123456789Z',
];
export const STRINGS = [
  'ạ'.repeat(200_000),
  'x'.repeat(10_001),
  'lẻ \ud800 nửa',
  '\udfff',
  '\u202Egnàh ồưĐ\u202C',
  'Tổ\u200B\u200D\uFEFF dân phố',
  '👨‍👩‍👧‍👦🇻🇳 Hà Nội 🙂',
  'a\u0000b',
  'Z̴̡̛̖͎̓̽ạ̸̧̛͉͎',
  '',
  '   ',
  "'; drop table petition; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\uFFFF\uFFFE\u0085\u2028',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];
export const NUMBERS: unknown[] = [
  1e308,
  -1e308,
  2 ** 53 + 1,
  -1,
  0,
  1.5,
  1e21,
  new RawJson('123456789012345678901234567890'),
  new RawJson('1e999'),
  new RawJson('-0'),
];
export const SHAPES: unknown[] = [
  [],
  [{}],
  {},
  { sai: { sâu: [1, 2, 3] } },
  null,
  true,
  Array.from({ length: 5000 }, (_, i) => i),
  JSON.parse(`${'['.repeat(31)}${']'.repeat(31)}`),
];
const ALL: unknown[] = [...DATES, ...DATETIMES, ...STRINGS, ...NUMBERS, ...SHAPES];

const first = (s: JsonSchema): JsonSchema => s.anyOf?.find((a) => a.type !== 'null') ?? s;
const typeOf = (s: JsonSchema) => [first(s).type].flat()[0];

type Override = (s: JsonSchema) => unknown;

/**
 * A value the field would take: the fuzzer spoils one or two of them at a time. `override` replaces
 * every leaf it answers for (every date, every id).
 */
export function plausible(
  name: string,
  schema: JsonSchema,
  ids: Record<string, string>,
  override?: Override,
): unknown {
  const s = first(schema);
  const replaced = override?.(s);
  if (replaced !== undefined) return replaced;
  if (s.enum?.length) return s.enum[0];
  if (s.format === 'uuid') return ids[name] ?? randomUUID();
  if (s.format === 'date') return '2026-11-18';
  if (s.format === 'date-time') return '2026-11-17T02:00:00Z';
  switch (typeOf(s)) {
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return override && s.items ? [plausible('', s.items, ids, override)] : [];
    case 'object':
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(k, v, ids, override)]),
      );
    default:
      return `Nội dung thử ${name} đủ dài`;
  }
}

/** A hostile value, mostly of the kind the field is about (dates for a date, numbers for a count). */
export function hostile(schema: JsonSchema, rng: Rng): unknown {
  const s = first(schema);
  if (rng.next() < 0.3) return rng.pick(ALL);
  if (s.format === 'date') return rng.pick(DATES);
  if (s.format === 'date-time') return rng.pick(DATETIMES);
  const t = typeOf(s);
  if (t === 'integer' || t === 'number') return rng.pick(NUMBERS);
  if (t === 'string') return rng.pick(STRINGS);
  return rng.pick(SHAPES);
}

/** The value with one hostile leaf, reached through nested objects and lists (a sender, a citizen). */
export function spoil(value: unknown, schema: JsonSchema, ids: Record<string, string>, rng: Rng): unknown {
  const s = first(schema);
  const t = typeOf(s);
  const entries = Object.entries(s.properties ?? {});
  if (t === 'object' && entries.length > 0 && rng.next() < 0.75) {
    const [key, sub] = rng.pick(entries);
    const base = value && typeof value === 'object' && !Array.isArray(value) ? value : plausible('', s, ids);
    const obj = { ...(base as Record<string, unknown>) };
    obj[key] = spoil(obj[key] ?? plausible(key, sub, ids), sub, ids, rng);
    return obj;
  }
  if (t === 'array' && s.items && rng.next() < 0.6) {
    return [spoil(plausible('', s.items, ids), s.items, ids, rng)];
  }
  return hostile(s, rng);
}

/** Bodies with every leaf of a kind spoiled at once: far dates, ids of nothing. */
export const SWEEPS: [label: string, override: Override][] = [
  [
    'every date 9999-12-31',
    (s) => (s.format === 'date' ? '9999-12-31' : s.format === 'date-time' ? DATETIMES[0] : undefined),
  ],
  ['every date 2100-12-31', (s) => (s.format === 'date' ? '2100-12-31' : undefined)],
  ['every id unknown', (s) => (s.format === 'uuid' ? randomUUID() : undefined)],
];

/** JSON text of a value, with each RawJson spliced in. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_k, v: unknown) => {
    if (!(v instanceof RawJson)) return v;
    raws.push(v.text);
    return `__RAW_${raws.length - 1}__`;
  });
  return raws.reduce((t, raw, i) => t.replace(`"__RAW_${i}__"`, raw), text ?? 'null');
}

/** Path parameters a router or a schema must refuse without a crash. */
export const PATH_VALUES = [
  '%00',
  'a'.repeat(300),
  '..%2F..%2Fetc%2Fpasswd',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%E0%A4%A',
  '-1',
  '99999999999999999999',
];

/** Query values; each is sent already encoded. */
export const QUERY_VALUES = [
  ...DATES,
  '9999-12-31T23:59:59Z',
  '%00',
  '%ED%A0%80',
  encodeURIComponent('ạ'.repeat(3000)),
  encodeURIComponent('\u202E👨‍👩‍👧‍👦\u200B'),
  '99999999999999999999',
  '-1',
  '1e308',
  'NaN',
  '',
  '%25%25',
  encodeURIComponent("' or 1=1 --"),
];

const BOUNDARY = 'ranhgioi';
const part = (name: string, filename: string | null, body: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename === null ? '' : `; filename="${filename}"`}\r\n` +
  `${filename === null ? '' : 'Content-Type: application/pdf\r\n'}\r\n${body}\r\n`;
const closing = `--${BOUNDARY}--\r\n`;
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF';

/** Malformed and hostile multipart bodies for the upload routes. */
export const MULTIPART_BODIES: [label: string, body: string | Buffer, contentType?: string][] = [
  ['truncated', (part('file', 'a.pdf', PDF) + closing).slice(0, 90)],
  ['two files', part('file', 'a.pdf', PDF) + part('file', 'b.pdf', PDF) + closing],
  ['NUL in the file name', part('file', 'đơn\u0000.pdf', PDF) + closing],
  ['RTL and emoji in the file name', part('file', '\u202Efdp.exe👨‍👩‍👧.pdf', PDF) + closing],
  ['no file', `${part('mode', null, 'all')}${closing}`],
  ['empty file', part('file', 'a.pdf', '') + closing],
  ['no closing boundary', part('file', 'a.pdf', PDF)],
  ['no boundary in the header', part('file', 'a.pdf', PDF) + closing, 'multipart/form-data'],
  ['garbage', Buffer.from([0xff, 0xfe, 0x00, 0x2d, 0x2d, 0x0d, 0x0a, 0x00])],
  ['many fields', Array.from({ length: 2000 }, (_, i) => part(`f${i}`, null, 'x')).join('') + closing],
  ['huge field name', part('x'.repeat(100_000), 'a.pdf', PDF) + closing],
];
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
