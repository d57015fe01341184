import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../domain/roles';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

export interface UserGrant {
  id: string;
  role: Role;
  unitId: string;
  unitName: string;
}

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  kind: 'staff' | 'citizen';
  homeUnitId: string | null;
  homeUnitName: string | null;
  disabled: boolean;
  totpEnabled: boolean;
  createdAt: string;
  grants: UserGrant[];
}

export interface UserFilter {
  q?: string;
  unitId?: string;
}

export interface UserCreateInput {
  username: string;
  fullName: string;
  email?: string | null;
  phone?: string | null;
  kind: 'staff' | 'citizen';
  homeUnitId: string;
  password: string;
}

export interface UserUpdateInput {
  fullName?: string;
  email?: string | null;
  phone?: string | null;
  homeUnitId?: string;
  disabled?: boolean;
}

export const userKeys = {
  all: ['users'] as const,
  list: (filter: UserFilter) => ['users', 'list', filter] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export function useUser(id: string | null) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: () => api<User>(`/api/users/${id}`),
    enabled: Boolean(id),
  });
}

export function useUsers(filter: UserFilter) {
  return useInfiniteQuery({
    queryKey: userKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api<Page<User>>('/api/users', { query: { ...filter, cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function useInvalidateUsers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: UserCreateInput) => api<User>('/api/users', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserUpdateInput }) =>
      api<User>(`/api/users/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      api<void>(`/api/users/${id}/password`, { method: 'POST', body: { password } }),
  });
}

export function useAddGrant() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ userId, role, unitId }: { userId: string; role: Role; unitId: string }) =>
      api<UserGrant>(`/api/users/${userId}/grants`, { method: 'POST', body: { role, unitId } }),
    onSuccess: invalidate,
  });
}

export function useRemoveGrant() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ userId, grantId }: { userId: string; grantId: string }) =>
      api<void>(`/api/users/${userId}/grants/${grantId}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
