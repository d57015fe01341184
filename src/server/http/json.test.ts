import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, tooDeepPath } from './json.js';

const arrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('tooDeepPath', () => {
  it.each([
    ['{"a":1}', null],
    [arrays(MAX_JSON_DEPTH), null],
    [arrays(MAX_JSON_DEPTH + 1), Array(MAX_JSON_DEPTH).fill('0').join('.')],
    [`{"x":1,"b":[2,${arrays(MAX_JSON_DEPTH)}]}`, `b.1${'.0'.repeat(MAX_JSON_DEPTH - 2)}`],
    // Brackets and quotes inside strings are text, not structure.
    [`{"a":"${'['.repeat(100)}\\"{{{"}`, null],
    [`{"k\\"ey":${arrays(MAX_JSON_DEPTH)}}`, `k"ey${'.0'.repeat(MAX_JSON_DEPTH - 1)}`],
  ])('%s is too deep at %s', (text, want) => {
    expect(tooDeepPath(text)).toBe(want);
  });

  it('reads a million levels without recursion', () => {
    expect(tooDeepPath(arrays(1_000_000))).not.toBeNull();
  });
});
