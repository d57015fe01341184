import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { petitionListHref, queueParts } from './workQueue';

describe('petitionListHref', () => {
  it.each([
    [{}, '/don-thu'],
    [{ overdue: true as const }, '/don-thu?overdue=true'],
    [{ status: 'received' as const }, '/don-thu?status=received'],
    [{ handlerId: 'u1', status: 'accepted' as const }, '/don-thu?status=accepted&handlerId=u1'],
  ])('puts %o in the address as %s', (filter, want) => expect(petitionListHref(filter)).toBe(want));
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
