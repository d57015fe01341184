import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { petitionStatuses } from './petition-workflow.js';
import { runningDeadline } from './running-deadline.js';

const H = '2026-03-10';
const R = '2026-05-20';

describe('runningDeadline', () => {
  it.each([
    ['received', H, null, { stage: 'handling', due: H }],
    ['classified', H, null, { stage: 'handling', due: H }],
    // Accepted: the resolution deadline replaces the handling one, even if that one has passed.
    ['accepted', H, R, { stage: 'resolution', due: R }],
    ['accepted', H, null, null],
    ['resolved', H, R, null],
    ['closed', H, R, null],
    ['guided', H, null, null],
    ['forwarded', H, null, null],
    ['filed', H, null, null],
    ['withdrawn', H, R, null],
  ] as const)('%s with handling %s and resolution %s runs %o', (status, handling, resolution, want) =>
    expect(runningDeadline(status, handling, resolution)).toEqual(want),
  );

  test.prop([fc.constantFrom(...petitionStatuses)])(
    'runs one of the two given deadlines, and only while the petition is open',
    (status) => {
      const got = runningDeadline(status, H, R);
      const open = ['received', 'classified', 'accepted'].includes(status);
      expect(got === null).toBe(!open);
      if (got) expect(got.due).toBe(got.stage === 'handling' ? H : R);
    },
  );
});
