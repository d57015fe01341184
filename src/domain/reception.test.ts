import { describe, expect, it } from 'vitest';
import {
  changeAgainst,
  countsForLeader,
  groupBand,
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

describe('change against a year earlier', () => {
  it('seed 002: 22.858 visits against 24.240 is −5,7 %', () =>
    expect(changeAgainst(22858, 24240)).toBe(-5.7));
  it('has no change from nothing', () => expect(changeAgainst(5, 0)).toBeNull());
});
