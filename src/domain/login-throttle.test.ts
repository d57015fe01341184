import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { failureDelaySeconds, normalizeUsername, secondsToWait } from './login-throttle.js';

describe('normalizeUsername', () => {
  it.each([
    ['Lanh.Dao', 'lanh.dao'],
    ['  LANH.DAO ', 'lanh.dao'],
    ['Nguye\u0302\u0303n', 'nguyễn'], // decomposed (NFD) input from some keyboards
  ])('%j is %j', (raw, want) => expect(normalizeUsername(raw)).toBe(want));
});

describe('failureDelaySeconds', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30],
    [6, 60],
    [7, 120],
    [12, 3600],
    [100, 3600],
  ])('after %i failures waits %i s', (failures, want) => expect(failureDelaySeconds(failures)).toBe(want));

  test.prop([fc.nat(200)])('never shrinks with another failure', (n) => {
    expect(failureDelaySeconds(n + 1)).toBeGreaterThanOrEqual(failureDelaySeconds(n));
  });
});

describe('secondsToWait', () => {
  const last = new Date('2026-03-02T08:00:00Z');
  it.each([
    [4, 0, 0],
    [5, 0, 30],
    [5, 29_500, 1],
    [5, 30_000, 0],
    [6, 10_000, 50],
  ])('%i failures, %i ms later: %i s', (failures, later, want) =>
    expect(secondsToWait(failures, last, new Date(last.getTime() + later))).toBe(want),
  );
});
