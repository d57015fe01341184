import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { defaultCalendarSettings } from './holidays-vn.js';
import {
  complaintDecisionPeriods,
  computeDeadline,
  deadlineRules,
  maxDenunciationExtensions,
} from './legal-rules.js';

const cal = createCalendar(defaultCalendarSettings);
const plain = { remote: false, complex: false };
const due = (id: Parameters<typeof computeDeadline>[0], from: string, traits = plain) =>
  computeDeadline(id, from, traits, cal).dueOn;

describe('complaints (calendar days)', () => {
  it('Luật Khiếu nại Điều 9: 90 days to lodge a complaint', () =>
    expect(due('complaint_lodging', '2026-03-02')).toBe('2026-06-01'));
  it('Luật Khiếu nại Điều 27: accept within 10 days, an end on Sunday moves to Monday', () =>
    expect(due('complaint_acceptance', '2026-11-05')).toBe('2026-11-16'));
  it.each([
    [false, false, '2026-04-01'],
    [false, true, '2026-04-16'],
    [true, false, '2026-04-16'],
    [true, true, '2026-05-04'],
  ])(
    'Luật Khiếu nại Điều 28: first instance, remote=%s complex=%s, from 02/03/2026 → %s',
    (remote, complex, want) =>
      expect(due('complaint_first_instance', '2026-03-02', { remote, complex })).toBe(want),
  );
  it.each([
    [false, false, 45],
    [false, true, 60],
    [true, false, 60],
    [true, true, 70],
  ])('Luật Khiếu nại Điều 37: second instance, remote=%s complex=%s takes %i days', (remote, complex, days) =>
    expect(deadlineRules.complaint_second_instance.days({ remote, complex })).toBe(days),
  );
  it('Luật Khiếu nại Điều 33: second complaint within 30 days, 45 in remote areas', () => {
    expect(deadlineRules.complaint_second_lodging.days(plain)).toBe(30);
    expect(deadlineRules.complaint_second_lodging.days({ remote: true, complex: false })).toBe(45);
  });
  it('Luật Khiếu nại Điều 44: a decision takes effect after 30 days, 45 in remote areas', () => {
    expect(deadlineRules.complaint_decision_effect.days(plain)).toBe(30);
    expect(deadlineRules.complaint_decision_effect.days({ remote: true, complex: false })).toBe(45);
  });
});

describe('denunciations (working days where the law says so)', () => {
  it('Luật Tố cáo Điều 24 k1: 7 working days to classify, across Tết 2026', () =>
    expect(due('denunciation_classification', '2026-02-10')).toBe('2026-02-26'));
  it('Luật Tố cáo Điều 24 k1: 10 working days when checks at several places are needed', () =>
    expect(due('denunciation_classification', '2026-11-23', { remote: false, complex: true })).toBe(
      '2026-12-07',
    ));
  it('Luật Tố cáo Điều 24 k2: forward within 5 working days', () =>
    expect(due('denunciation_forwarding', '2026-11-20')).toBe('2026-11-27'));
  it('Luật Tố cáo Điều 29 k3: notify within 5 working days of acceptance', () =>
    expect(due('denunciation_notice', '2026-04-24')).toBe('2026-05-06'));
  it('Luật Tố cáo Điều 30: resolve within 30 days of acceptance', () =>
    expect(due('denunciation_resolution', '2026-01-15')).toBe('2026-02-23'));
  it.each([
    ['normal', 0],
    ['complex', 1],
    ['especially_complex', 2],
  ] as const)('Luật Tố cáo Điều 30: a %s case may be extended %i time(s) by 30 days', (kind, n) =>
    expect(maxDenunciationExtensions(kind)).toBe(n),
  );
});

describe('configurable and unverified rules', () => {
  it('TT 05/2021: petition handling defaults to 10 working days and is marked unverified', () => {
    const d = computeDeadline('petition_handling', '2026-11-23', plain, cal);
    expect(d).toMatchObject({ dueOn: '2026-12-07', days: 10, dayCount: 'working', verified: false });
  });
  it('lets a unit count the 10 days as calendar days, and says so in the basis', () => {
    const d = computeDeadline('petition_handling', '2026-11-23', plain, cal, { dayCount: 'calendar' });
    expect(d.dueOn).toBe('2026-12-03');
    expect(d.basis).toContain('theo cấu hình của đơn vị');
  });
  it('recommendations have no statutory period: a 15 working-day service target', () =>
    expect(computeDeadline('recommendation_answer', '2026-11-23', plain, cal).dueOn).toBe('2026-12-14'));
  it('every rule names its basis and the date its law came into force', () => {
    for (const rule of Object.values(deadlineRules)) {
      expect(rule.basis.length).toBeGreaterThan(10);
      expect(rule.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('after a complaint decision (Luật Khiếu nại 2011)', () => {
  it('Luật Khiếu nại Điều 33 and Điều 44: a first decision of 20/11/2026 may be taken further until Monday 21/12/2026, and takes effect after it', () => {
    const p = complaintDecisionPeriods('2026-11-20', 1, plain, cal);
    // 30 days end on Sunday 20/12/2026: moved to the next working day.
    expect(p.secondComplaintUntil?.dueOn).toBe('2026-12-21');
    expect(p.secondComplaintUntil?.basis).toContain('Điều 33');
    expect(p.effectiveAfter).toMatchObject({
      dueOn: '2026-12-21',
      basis: expect.stringContaining('Điều 44'),
    });
  });
  it('Luật Khiếu nại Điều 33 and Điều 44: 45 days in a remote area', () => {
    const p = complaintDecisionPeriods('2026-11-20', 1, { remote: true, complex: false }, cal);
    expect(p.secondComplaintUntil?.dueOn).toBe('2027-01-04');
    expect(p.effectiveAfter.dueOn).toBe('2027-01-04');
  });
  it('Luật Khiếu nại Điều 44: a second decision has no further complaint, only its day of effect', () => {
    const p = complaintDecisionPeriods('2026-11-20', 2, plain, cal);
    expect(p.secondComplaintUntil).toBeNull();
    expect(p.effectiveAfter.dueOn).toBe('2026-12-21');
  });
});

describe('after a denunciation is concluded (Luật Tố cáo 2018)', () => {
  it('Luật Tố cáo Điều 35 k3: the conclusion reaches the denouncer within 5 working days of its issue', () =>
    // Issued Thursday 26/11/2026: Fri 27, Mon 30, Tue 1, Wed 2, Thu 3/12.
    expect(due('denunciation_conclusion_notice', '2026-11-26')).toBe('2026-12-03'));
});

describe('citizen reception (Luật Tiếp công dân 2013)', () => {
  it('Luật TCD Điều 28 k1: the visitor is answered within 10 working days, across the 02/9 holiday', () =>
    // Received Friday 28/8/2026; 31/8 is swapped for Saturday 22/8, 1–2/9 are National Day: the days
    // counted are 3, 4, 7–11, 14, 15 and 16/9.
    expect(due('reception_reply', '2026-08-28')).toBe('2026-09-16'));
});
