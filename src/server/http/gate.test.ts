import { describe, expect, it } from 'vitest';
import { Gate } from './gate.js';

describe('Gate', () => {
  it('lets the bound through, queues the next, refuses past the queue, and passes a slot on', async () => {
    const gate = new Gate(2, 1);
    const a = await gate.acquire(1000);
    const b = await gate.acquire(1000);
    const queued = gate.acquire(1000);
    expect(await gate.acquire(1000)).toBeNull();
    expect(gate.inUse).toEqual({ active: 2, waiting: 1 });
    a?.();
    a?.(); // a second release of the same slot changes nothing
    const c = await queued;
    expect(c).not.toBeNull();
    expect(gate.inUse).toEqual({ active: 2, waiting: 0 });
    b?.();
    c?.();
    expect(gate.inUse).toEqual({ active: 0, waiting: 0 });
  });

  it('gives up a wait when it is too long or the client has gone', async () => {
    const gate = new Gate(1, 2);
    const held = await gate.acquire(1000);
    expect(await gate.acquire(10)).toBeNull();
    const gone = new AbortController();
    const waiting = gate.acquire(1000, gone.signal);
    gone.abort();
    expect(await waiting).toBeNull();
    expect(gate.inUse).toEqual({ active: 1, waiting: 0 });
    held?.();
    expect(gate.inUse).toEqual({ active: 0, waiting: 0 });
  });
});
