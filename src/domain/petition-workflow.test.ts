import { describe, expect, it } from 'vitest';
import {
  type Actor,
  checkTransition,
  type PetitionAction,
  type PetitionKind,
  type PetitionStatus,
  petitionActions,
  petitionKinds,
  petitionStatuses,
  transitions,
} from './petition-workflow.js';

const officer: Actor = { roles: ['reception_officer'], isAssignedHandler: false, isSender: false };
const leader: Actor = { roles: ['leader'], isAssignedHandler: false, isSender: false };
const handler: Actor = { roles: ['case_handler'], isAssignedHandler: true, isSender: false };
const otherHandler: Actor = { roles: ['case_handler'], isAssignedHandler: false, isSender: false };
const sender: Actor = { roles: [], isAssignedHandler: false, isSender: true };
const inspector: Actor = { roles: ['inspector'], isAssignedHandler: false, isSender: false };

describe('allowed transitions', () => {
  it.each<[PetitionAction, PetitionKind, PetitionStatus, Actor, PetitionStatus]>([
    ['classify', 'complaint', 'received', officer, 'classified'],
    ['accept', 'complaint', 'classified', leader, 'accepted'],
    ['accept', 'denunciation', 'classified', handler, 'accepted'],
    ['guide', 'recommendation', 'classified', officer, 'guided'],
    ['forward', 'denunciation', 'classified', officer, 'forwarded'],
    ['file', 'denunciation', 'received', leader, 'filed'],
    ['extend', 'denunciation', 'accepted', leader, 'accepted'],
    ['resolve', 'feedback', 'accepted', handler, 'resolved'],
    ['withdraw', 'complaint', 'accepted', sender, 'withdrawn'],
    ['rate', 'complaint', 'resolved', sender, 'closed'],
    ['assign', 'complaint', 'classified', leader, 'classified'],
  ])('%s a %s in %s → ok', (action, kind, status, actor, to) =>
    expect(checkTransition(action, kind, status, actor)).toEqual({ ok: true, to }),
  );
});

describe('refused transitions', () => {
  it.each<[PetitionAction, PetitionKind | null, PetitionStatus, Actor, 'status' | 'kind' | 'role']>([
    ['accept', 'complaint', 'received', leader, 'status'],
    ['accept', null, 'classified', leader, 'kind'],
    ['resolve', 'complaint', 'classified', handler, 'status'],
    ['resolve', 'complaint', 'accepted', otherHandler, 'role'],
    ['accept', 'complaint', 'classified', officer, 'role'],
    ['extend', 'complaint', 'accepted', leader, 'kind'],
    ['withdraw', 'denunciation', 'accepted', sender, 'kind'],
    ['rate', 'complaint', 'accepted', sender, 'status'],
    ['rate', 'complaint', 'resolved', officer, 'role'],
    ['classify', 'complaint', 'received', inspector, 'role'],
    ['guide', 'complaint', 'guided', officer, 'status'],
    ['forward', 'complaint', 'forwarded', officer, 'status'],
  ])('%s a %s in %s is refused for %s', (action, kind, status, actor, reason) => {
    const r = checkTransition(action, kind, status, actor);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('ends in terminal states: nothing leads out of closed, guided, forwarded, filed or withdrawn except nothing', () => {
    const terminal: PetitionStatus[] = ['closed', 'guided', 'forwarded', 'filed', 'withdrawn'];
    for (const status of terminal)
      for (const action of petitionActions)
        for (const kind of petitionKinds)
          expect(
            checkTransition(action, kind, status, {
              roles: ['system_admin', 'leader'],
              isAssignedHandler: true,
              isSender: true,
            }).ok,
          ).toBe(false);
  });

  it('names a legal basis for every transition and uses only known statuses', () => {
    for (const t of Object.values(transitions)) {
      expect(t.basis.length).toBeGreaterThan(5);
      for (const s of t.from) expect(petitionStatuses).toContain(s);
    }
  });
});
