import type { Actor } from '../../../domain/petition-workflow';
import { rolePermissions } from '../../../domain/roles';
import { useCurrentUser } from '../../app/session';
import { useUnit } from '../org/api';
import type { Petition } from './types';

/**
 * The signed-in user as the workflow sees him on this petition: only the roles granted over the
 * petition's unit or one of its ancestors count, as on the server (service/workflow.ts).
 */
export function useActor(petition: Petition | undefined): Actor & { userId: string; writesAbove: boolean } {
  const me = useCurrentUser();
  const unit = useUnit(petition?.unitId ?? null);
  const chain = new Set([petition?.unitId, ...(unit.data?.ancestors.map((a) => a.id) ?? [])]);
  const above = new Set(unit.data?.ancestors.map((a) => a.id) ?? []);
  return {
    userId: me.id,
    // A grant on a unit above the petition's: the level that takes a second complaint (Điều 33).
    writesAbove: me.grants.some(
      (g) => above.has(g.unitId) && rolePermissions[g.role].includes('petition.write'),
    ),
    roles: me.grants.filter((g) => chain.has(g.unitId)).map((g) => g.role),
    isAssignedHandler: Boolean(petition?.handlerId) && petition?.handlerId === me.id,
    // Staff never act as the sender: the citizen withdraws or rates through the portal.
    isSender: false,
  };
}
