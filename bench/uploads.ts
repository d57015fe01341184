/**
 * Benchmark (not a test): memory of the server under hostile uploads. Starts the product as a child
 * process on a fresh PGlite directory, fires BENCH_UPLOADS (20) anonymous portal submissions at once,
 * each with three files of 5 MB, samples the server's RSS every 20 ms and prints the peak and the
 * p50/p95 latency.
 *
 *   npx tsx bench/uploads.ts
 *   DATABASE_URL=postgres://… npx tsx bench/uploads.ts   # on a fresh database dvs_uploads of that server
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { demoUnitId, percentile, startServer } from './server.js';

const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 20);
const FILE_BYTES = 5 * 1024 * 1024;

/** A file the server takes for a PDF (its magic bytes), filled with noise so nothing compresses it. */
function pdfOf(bytes: number): Buffer {
  const data = randomBytes(bytes);
  Buffer.from('%PDF-1.4\n').copy(data);
  return data;
}

function petition(unitId: string, i: number) {
  return {
    unitId,
    kind: 'feedback',
    subject: `Đo bộ nhớ: đơn số ${i}`,
    content: 'Ba tệp đính kèm năm megabyte để đo bộ nhớ của máy chủ khi nhận nhiều đơn cùng lúc',
    sender: { name: 'Người đo thử', phone: '0912345678' },
  };
}

/** As the portal sends it: the petition as JSON in `petition`, the files as parts of `files`. */
async function submit(url: string, unitId: string, i: number, files: Buffer[]) {
  const form = new FormData();
  form.append('petition', JSON.stringify(petition(unitId, i)));
  for (const [n, f] of files.entries()) form.append('files', new Blob([new Uint8Array(f)]), `tep-${n}.pdf`);
  const res = await fetch(`${url}/api/public/petitions`, {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: form,
  });
  await res.arrayBuffer();
  return res.status;
}

/** A database of its own on the server of DATABASE_URL: the demo data must not land in another one. */
async function freshPostgres(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('drop database if exists dvs_uploads with (force)');
  await admin.query('create database dvs_uploads');
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = '/dvs_uploads';
  return url.toString();
}

const adminUrl = process.env.DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'dvs-bench-uploads-'));
// Every submission waits its turn (none refused), so the figures compare the same work as before; the
// default wait (PUBLIC_UPLOAD_WAIT_SECONDS=120) refuses the later ones with 503 on a slow machine.
const server = await startServer(dataDir, {
  ...(adminUrl ? { DATABASE_URL: await freshPostgres(adminUrl) } : {}),
  PUBLIC_UPLOAD_WAIT_SECONDS: process.env.PUBLIC_UPLOAD_WAIT_SECONDS ?? '900',
});
try {
  const unitId = await demoUnitId(server.url);
  const files = [pdfOf(FILE_BYTES), pdfOf(FILE_BYTES), pdfOf(FILE_BYTES)];
  // One submission first, so the peak measures the burst, not the first use of each code path.
  await submit(server.url, unitId, -1, files);
  await new Promise((r) => setTimeout(r, 2000));
  const idle = server.rssMiB();
  let peak = idle;
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssMiB());
  }, 20);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: UPLOADS }, async (_, i) => {
      const t0 = performance.now();
      const status = await submit(server.url, unitId, i, files).catch(() => 0);
      return { status, ms: performance.now() - t0 };
    }),
  );
  const wall = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, server.rssMiB());
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = new Map<number, number>();
  for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  console.log(
    `${UPLOADS} concurrent anonymous submissions, 3 × ${FILE_BYTES / 1024 / 1024} MB each, on ${adminUrl ? 'PostgreSQL' : 'PGlite'}`,
  );
  console.log(`statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`);
  console.log(`server RSS: idle ${idle.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB`);
  console.log(
    `latency: p50 ${(percentile(latencies, 50) / 1000).toFixed(2)} s, p95 ${(percentile(latencies, 95) / 1000).toFixed(2)} s, all done in ${(wall / 1000).toFixed(2)} s`,
  );
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
