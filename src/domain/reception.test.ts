import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import {
  assessCompliance,
  changeAgainst,
  countsForLeader,
  groupBand,
  NO_DELEGATION_FROM,
  representativeLimits,
  requiredSessions,
} from './reception.js';

describe('groups', () => {
  it.each([
    [1, 'individual'],
    [4, 'small'],
    [5, 'group5'],
    [9, 'group5'],
    [10, 'group10'],
    [120, 'group10'],
  ])('a visit of %i people is %s', (size, band) => expect(groupBand(size)).toBe(band));

  it.each([
    [4, null],
    [5, 2],
    [10, 2],
    [11, 5],
    [300, 5],
  ])('Luật TCD Điều 29 / NĐ 124/2020 Điều 6: %i people send at most %s representatives', (size, max) =>
    expect(representativeLimits(size)?.max ?? null).toBe(max),
  );
});

describe('leaders owe sessions', () => {
  const weekly = { frequency: 'weekly', minPerPeriod: 1, fixedDays: [] } as const;
  const monthly = { frequency: 'monthly', minPerPeriod: 1, fixedDays: [] } as const;
  const firstAndFifteenth = { frequency: 'fixed_days', minPerPeriod: 1, fixedDays: [1, 15] } as const;

  it('Luật TCD Điều 15 k2 d: a commune chairman owes one day a week (whole weeks of the period)', () => {
    expect(requiredSessions(weekly, '2026-11-02', '2026-11-29')).toBe(4);
    expect(requiredSessions(weekly, '2026-11-04', '2026-11-29')).toBe(3);
    expect(requiredSessions(weekly, '2026-11-02', '2026-11-07')).toBe(0);
  });
  it('Luật TCD Điều 12 k5: a province chairman owes one day a month', () => {
    expect(requiredSessions(monthly, '2026-01-01', '2026-12-31')).toBe(12);
    expect(requiredSessions(monthly, '2026-01-15', '2026-03-31')).toBe(2);
    expect(requiredSessions(monthly, '2026-07-01', '2026-09-30')).toBe(3);
  });
  it('local rule (seed 003, Hạ Long): the 1st and 15th of each month', () => {
    expect(requiredSessions(firstAndFifteenth, '2026-10-01', '2026-12-31')).toBe(6);
    expect(requiredSessions(firstAndFifteenth, '2026-10-02', '2026-10-14')).toBe(0);
  });
  it('Luật 136/2025/QH15: from 01/7/2026 a session held by a deputy does not count for the head', () => {
    expect(countsForLeader({ plannedOn: '2026-06-30', heldByLeader: false })).toBe(true);
    expect(countsForLeader({ plannedOn: '2026-07-01', heldByLeader: false })).toBe(false);
    expect(countsForLeader({ plannedOn: '2026-07-01', heldByLeader: true })).toBe(true);
  });
});

describe('requiredSessions counts as a walk day by day would', () => {
  // The reference: every day of the period, a whole week ending on a Sunday, a whole month ending on its last day.
  const naive = (
    rule: { frequency: string; minPerPeriod: number; fixedDays: number[] },
    from: string,
    to: string,
  ) => {
    let n = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const day = Number(d.slice(8));
      const next = addDays(d, 1);
      if (rule.frequency === 'fixed_days' && rule.fixedDays.includes(day)) n += 1;
      const sunday = new Date(`${d}T00:00:00Z`).getUTCDay() === 0;
      if (rule.frequency === 'weekly' && sunday && addDays(d, -6) >= from) n += rule.minPerPeriod;
      if (rule.frequency === 'monthly' && next.endsWith('-01') && `${d.slice(0, 8)}01` >= from)
        n += rule.minPerPeriod;
    }
    return n;
  };
  const rule = fc.record({
    frequency: fc.constantFrom('weekly', 'monthly', 'fixed_days'),
    minPerPeriod: fc.integer({ min: 1, max: 3 }),
    fixedDays: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { maxLength: 4 }),
  });
  const day = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2024-01-01', n));
  test.prop([rule, day, fc.integer({ min: -3, max: 500 })])('for any rule and period', (r, from, len) => {
    const to = addDays(from, len);
    expect(requiredSessions(r, from, to)).toBe(naive(r, from, to));
  });
});

describe('a leader meets his duty or falls below it', () => {
  const weekly = { frequency: 'weekly', minPerPeriod: 1, fixedDays: [] } as const;
  const counts = (byLeader: number, delegatedBefore: number, delegatedSince: number) => ({
    byLeader,
    delegatedBefore,
    delegatedSince,
  });

  it.each([
    // November 2026 has four whole weeks (02/11–29/11).
    [counts(4, 0, 0), { required: 4, held: 4, delegated: 0, compliant: true }],
    [counts(2, 0, 1), { required: 4, held: 2, delegated: 1, compliant: false }],
    [counts(3, 1, 0), { required: 4, held: 4, delegated: 0, compliant: true }],
    [counts(5, 0, 0), { required: 4, held: 5, delegated: 0, compliant: true }],
    [counts(0, 0, 0), { required: 4, held: 0, delegated: 0, compliant: false }],
  ])('Luật TCD Điều 15 k2 d, Luật 136/2025/QH15: %o gives %o', (c, want) =>
    expect(assessCompliance(weekly, c, '2026-11-02', '2026-11-29')).toEqual(want),
  );

  // The database counts in three buckets; the result must be that of judging each session by countsForLeader.
  const session = fc.record({
    plannedOn: fc.integer({ min: -400, max: 400 }).map((n) => addDays(NO_DELEGATION_FROM, n)),
    heldByLeader: fc.boolean(),
  });
  test.prop([fc.array(session, { maxLength: 40 })])(
    'agrees with countsForLeader session by session',
    (xs) => {
      const c = counts(
        xs.filter((s) => s.heldByLeader).length,
        xs.filter((s) => !s.heldByLeader && s.plannedOn < NO_DELEGATION_FROM).length,
        xs.filter((s) => !s.heldByLeader && s.plannedOn >= NO_DELEGATION_FROM).length,
      );
      const got = assessCompliance(weekly, c, '2025-06-01', '2027-08-01');
      expect(got.held).toBe(xs.filter(countsForLeader).length);
      expect(got.delegated).toBe(xs.length - got.held);
    },
  );
});

describe('change against a year earlier', () => {
  it('seed 002: 22.858 visits against 24.240 is −5,7 %', () =>
    expect(changeAgainst(22858, 24240)).toBe(-5.7));
  it('has no change from nothing', () => expect(changeAgainst(5, 0)).toBeNull());
});
