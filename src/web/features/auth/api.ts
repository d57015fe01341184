import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiProblem, api, setCsrfToken } from '../../api/client';
import type { Session } from '../../api/types';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string;
}

/** The session, or null when nobody is signed in (a 401 is an answer here, not an error). */
async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * Another user may sign in on the same tab: nothing cached for the previous one may show. The
 * session query itself stays (only its data changes), so the gate keeps observing it.
 */
function forgetUserData(client: QueryClient) {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.me[0] });
}

export function useSession() {
  return useQuery({ queryKey: authKeys.me, queryFn: fetchSession, staleTime: 5 * 60_000, retry: 1 });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api<Session>('/api/auth/login', { method: 'POST', body: input }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.setQueryData(authKeys.me, session);
      forgetUserData(client);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData(authKeys.me, null);
      forgetUserData(client);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/auth/password', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.me }),
  });
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export function useSetupTotp() {
  return useMutation({ mutationFn: () => api<TotpSetup>('/api/auth/totp/setup', { method: 'POST' }) });
}

export function useEnableTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<void>('/api/auth/totp/enable', { method: 'POST', body: { code } }),
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.me }),
  });
}

export function useDisableTotp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      api<void>('/api/auth/totp/disable', { method: 'POST', body: { password } }),
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.me }),
  });
}
