/**
 * Benchmark (not a test): durability under kill -9. Starts the product as a child process, streams
 * portal submissions at it from a few writers (each with its own Idempotency-Key and subject), kills it
 * with SIGKILL at random moments and restarts it on the same data, the way a client would retry what got
 * no answer (same key). At the end it counts, straight in the database, what was acknowledged against
 * what is there: lost (acknowledged, not found) and duplicated (one submission recorded twice).
 *
 *   npx tsx bench/crash.ts                 # PGlite in a temporary DATA_DIR
 *   DATABASE_URL=postgres://… npx tsx bench/crash.ts   # a fresh database dvs_crash on that server
 *
 * Options: BENCH_KILLS (7), BENCH_WRITERS (4), BENCH_TAIL_MS (3000, writing after the last restart).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.js';
import { demoUnitId, type Server, startServer } from './server.js';

const KILLS = Number(process.env.BENCH_KILLS ?? 7);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 4);
const TAIL_MS = Number(process.env.BENCH_TAIL_MS ?? 3000);
const run = randomUUID().slice(0, 8);
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x41)]);

interface Submission {
  n: number;
  key: string;
  subject: string;
}

async function freshPostgres(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('drop database if exists dvs_crash with (force)');
  await admin.query('create database dvs_crash');
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = '/dvs_crash';
  return url.toString();
}

const adminUrl = process.env.DATABASE_URL;
const databaseUrl = adminUrl ? await freshPostgres(adminUrl) : undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'dvs-bench-crash-'));
const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {};

let server: Server | null = await startServer(dataDir, env);
const unitId = await demoUnitId(server.url);
const acknowledged = new Map<string, string>(); // key → tracking code
const unanswered: Submission[] = [];
const counts = { sent: 0, created: 0, replayed: 0, failed: 0, refused: 0 };
let seq = 0;
let stopping = false;

/** Every tenth submission carries a small file, so the multipart path is killed mid-way too. */
async function send(s: Submission): Promise<'ok' | 'no-answer'> {
  if (!server) return 'no-answer';
  const petition = {
    unitId,
    kind: 'feedback',
    subject: s.subject,
    content: 'Đơn thử độ bền khi máy chủ bị tắt đột ngột trong lúc đang ghi',
    sender: { name: 'Người thử độ bền', phone: '0912345678' },
  };
  let init: RequestInit;
  if (s.n % 10 === 0) {
    const form = new FormData();
    form.append('petition', JSON.stringify(petition));
    form.append('files', new Blob([new Uint8Array(pdf)]), 'bien-ban.pdf');
    init = { body: form, headers: { 'idempotency-key': s.key } };
  } else {
    init = {
      body: JSON.stringify(petition),
      headers: { 'content-type': 'application/json', 'idempotency-key': s.key },
    };
  }
  counts.sent += 1;
  try {
    const res = await fetch(`${server.url}/api/public/petitions`, { method: 'POST', ...init });
    const body = (await res.json()) as { trackingCode?: string };
    if ((res.status === 201 || res.status === 200) && body.trackingCode) {
      if (res.status === 201) counts.created += 1;
      else counts.replayed += 1;
      acknowledged.set(s.key, body.trackingCode);
      return 'ok';
    }
    counts.refused += 1;
    console.error(`refused ${res.status}: ${JSON.stringify(body)}`);
    return 'ok';
  } catch {
    counts.failed += 1;
    return 'no-answer';
  }
}

async function writer() {
  while (!stopping) {
    // What got no answer is sent again first, with its own key, as the portal's "Gửi lại" does.
    const s = unanswered.shift() ?? { n: seq, key: randomUUID(), subject: `Độ bền ${run} số ${seq++}` };
    if ((await send(s)) === 'no-answer') {
      unanswered.push(s);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const writers = Array.from({ length: WRITERS }, () => writer());
const restarts: number[] = [];
for (let k = 0; k < KILLS; k++) {
  await new Promise((r) => setTimeout(r, 1000 + Math.random() * 4000));
  const victim = server;
  server = null;
  await victim?.stop('SIGKILL');
  const t0 = Date.now();
  server = await startServer(dataDir, env);
  restarts.push(Date.now() - t0);
  process.stderr.write(`kill ${k + 1}/${KILLS}: ${acknowledged.size} acknowledged so far\n`);
}
await new Promise((r) => setTimeout(r, TAIL_MS));
stopping = true;
await Promise.all(writers);
// The last ones without an answer get theirs now, the server being up.
while (unanswered.length) {
  const s = unanswered.shift();
  if (s && (await send(s)) === 'no-answer')
    throw new Error('the server does not answer after the last restart');
}
await server.stop('SIGTERM');

const found = await countInDatabase();
const codes = new Set(found.map((r) => r.tracking_code));
const lost = [...acknowledged.values()].filter((c) => !codes.has(c));
const bySubject = new Map<string, number>();
for (const r of found) bySubject.set(r.subject, (bySubject.get(r.subject) ?? 0) + 1);
const duplicated = [...bySubject.values()].filter((n) => n > 1).length;

console.log(`database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; ${KILLS} kill -9, ${WRITERS} writers`);
console.log(
  `requests sent ${counts.sent} (answered 201: ${counts.created}, 200 replay: ${counts.replayed}, no answer: ${counts.failed}, refused: ${counts.refused})`,
);
console.log(
  `acknowledged ${acknowledged.size}, found ${found.length}, lost ${lost.length}, duplicated ${duplicated}`,
);
console.log(
  `restart after kill: ${Math.min(...restarts)}–${Math.max(...restarts)} ms (start, recovery, migrations check)`,
);
if (!databaseUrl) rmSync(dataDir, { recursive: true, force: true });

async function countInDatabase() {
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    return await database.db
      .selectFrom('petition')
      .select(['tracking_code', 'subject'])
      .where('subject', 'like', `Độ bền ${run} số %`)
      .execute();
  } finally {
    await database.close();
  }
}
