/**
 * Starts the product as a child process for the benchmarks that must watch or kill the server itself
 * (its memory, a kill -9): plain `node --import tsx`, so the child's pid is the server's, not a wrapper's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface Server {
  url: string;
  child: ChildProcess;
  /** Resident memory of the server process, in MiB (Linux /proc). */
  rssMiB(): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATA_DIR: dataDir,
    SEED_DEMO: 'auto',
    PORT: String(port),
    REMINDER_INTERVAL_MINUTES: '0',
    LOG_LEVEL: 'silent',
    // The benchmarks send many submissions from one address on purpose.
    PUBLIC_RATE_LIMIT: '100000',
    WEB_DIST: '/nonexistent',
    ...extraEnv,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before it answered`)),
    ),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 180_000;
  for (;;) {
    const ok = await Promise.race([
      fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('server did not start in 180 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}

/** A commune of the demo data to send petitions to. */
export async function demoUnitId(url: string): Promise<string> {
  const res = await fetch(`${url}/api/public/units?q=${encodeURIComponent('Hà Tu')}`);
  const units = (await res.json()) as { id: string }[];
  const first = units[0];
  if (!first) throw new Error('the demo data has no unit named Hà Tu');
  return first.id;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
