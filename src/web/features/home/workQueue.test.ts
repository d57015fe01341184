import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { countDueSoon, displayCount, petitionListHref, queueParts } from './workQueue';

const due = (dueOn: string) => ({ dueOn, basis: '' });

describe('petitionListHref', () => {
  it.each([
    [{}, '/don-thu'],
    [{ overdue: true as const }, '/don-thu?overdue=true'],
    [{ status: 'received' as const }, '/don-thu?status=received'],
    [{ handlerId: 'u1', status: 'accepted' as const }, '/don-thu?status=accepted&handlerId=u1'],
  ])('puts %o in the address as %s', (filter, want) => expect(petitionListHref(filter)).toBe(want));
});

describe('displayCount', () => {
  it('shows an exact figure when the list has one page', () =>
    expect(displayCount({ count: 1234, more: false })).toBe('1.234'));
  it('shows a floor with "+" when the server has more pages', () =>
    expect(displayCount({ count: 200, more: true })).toBe('200+'));
});

describe('countDueSoon', () => {
  const today = '2026-03-10';
  it.each([
    ['received', due('2026-03-10'), null, 1], // due today
    ['classified', due('2026-03-15'), null, 1], // the fifth day ahead
    ['classified', due('2026-03-16'), null, 0], // too far
    ['received', due('2026-03-09'), null, 0], // overdue already, counted there
    ['accepted', due('2026-03-11'), due('2026-04-30'), 0], // accepted: the resolution deadline runs
    ['accepted', due('2026-01-01'), due('2026-03-12'), 1],
    ['resolved', null, due('2026-03-12'), 0], // finished
  ] as const)('%s with handling %o and resolution %o counts %i', (status, handlingDue, resolutionDue, want) =>
    expect(countDueSoon([{ status, handlingDue, resolutionDue }], today)).toBe(want),
  );
});

describe('queueParts', () => {
  const user = (role: Me['grants'][number]['role'], permissions: Me['permissions']): Me => ({
    id: 'u1',
    username: 'x',
    fullName: 'X',
    kind: 'staff',
    totpEnabled: true,
    mustChangePassword: false,
    grants: [{ id: 'g1', role, unitId: 'n', unitName: 'Phường Hà Tu', unitCode: '06652' }],
    permissions,
  });
  it('gives a reception officer the overdue and the newly received petitions', () =>
    expect(queueParts(user('reception_officer', ['petition.read']))).toEqual({
      overdue: true,
      toClassify: true,
      toAssign: false,
      mine: false,
    }));
  it('gives a case handler his own petitions', () =>
    expect(queueParts(user('case_handler', ['petition.read']))).toMatchObject({
      mine: true,
      toClassify: false,
    }));
  it('gives nothing to a user who cannot read petitions', () =>
    expect(Object.values(queueParts(user('unit_admin', ['org.read'])))).not.toContain(true));
});
