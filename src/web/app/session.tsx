import { createContext, type ReactNode, useContext } from 'react';
import type { Permission } from '../../domain/roles';
import type { Me } from '../api/types';

// The signed-in user, provided by AuthGate once /api/auth/me answered; the data itself stays in
// the Query cache, this only spares every page a "maybe undefined" check.
const SessionContext = createContext<Me | null>(null);

export function SessionProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

export function useCurrentUser(): Me {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser outside SessionProvider');
  return user;
}

export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
