/**
 * A bound on how many requests of one kind run at once, with a short queue: work that holds a lot of
 * memory or disk (uploads) waits its turn, and past the queue it is refused rather than piled up.
 */
export class Gate {
  private active = 0;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(
    private readonly slots: number,
    private readonly queue: number,
  ) {}

  /**
   * A release function once a slot is free; null when the queue is full, or when the wait is over
   * (`maxWaitMs`) or abandoned (`signal`, a client gone) before a slot came.
   */
  acquire(maxWaitMs: number, signal?: AbortSignal): Promise<(() => void) | null> {
    if (this.active < this.slots) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queue) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', giveUp);
          resolve(this.releaser());
        },
      };
      const giveUp = () => {
        clearTimeout(timer);
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        resolve(null);
      };
      const timer = setTimeout(giveUp, maxWaitMs);
      signal?.addEventListener('abort', giveUp, { once: true });
      this.waiting.push(entry);
    });
  }

  get inUse() {
    return { active: this.active, waiting: this.waiting.length };
  }

  private releaser() {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line; `active` stays the same.
      if (next) next.grant();
      else this.active -= 1;
    };
  }
}
