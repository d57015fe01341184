import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Kind, Page, Unit, UnitWithAncestors } from '../../api/types';

export interface Organization {
  id: string;
  unitId: string;
  unitName: string;
  parentId: string | null;
  kind: string;
  kindName: string;
  name: string;
  code: string | null;
}

export interface UnitCreateInput {
  parentId: string;
  code: string;
  name: string;
  kind: string;
  isRemote?: boolean;
  validFrom?: string;
}

export interface UnitUpdateInput {
  code?: string;
  name?: string;
  kind?: string;
  isRemote?: boolean;
  validTo?: string | null;
}

export interface OrganizationInput {
  unitId: string;
  parentId?: string | null;
  kind: string;
  name: string;
  code?: string | null;
}

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface ImportResult {
  total: number;
  imported: number;
  dryRun?: boolean;
  errors: ImportRowError[];
}

export const orgKeys = {
  all: ['org'] as const,
  unitKinds: ['org', 'unit-kinds'] as const,
  organizationKinds: ['org', 'organization-kinds'] as const,
  children: (parentId: string | null) => ['org', 'units', 'children', parentId ?? 'roots'] as const,
  unit: (id: string) => ['org', 'units', 'detail', id] as const,
  search: (q: string) => ['org', 'units', 'search', q] as const,
  organizations: (unitId: string) => ['org', 'organizations', unitId] as const,
};

/** All children of a unit (or the roots of the user's scope), following cursors to the end. */
export async function fetchChildren(parentId: string | null): Promise<Unit[]> {
  const items: Unit[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Unit> = await api<Page<Unit>>('/api/units', { query: { parentId, cursor, limit: 500 } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export function searchUnits(q: string): Promise<{ items: UnitWithAncestors[] }> {
  return api<{ items: UnitWithAncestors[] }>('/api/units/search', { query: { q } });
}

export function useUnitSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: orgKeys.search(term),
    queryFn: () => searchUnits(term),
    enabled: term.length >= 2,
  });
}

export function useUnit(id: string | null) {
  return useQuery({
    queryKey: orgKeys.unit(id ?? ''),
    queryFn: () => api<UnitWithAncestors>(`/api/units/${id}`),
    enabled: Boolean(id),
  });
}

export function useUnitKinds() {
  return useQuery({
    queryKey: orgKeys.unitKinds,
    queryFn: () => api<Kind[]>('/api/unit-kinds'),
    staleTime: Infinity,
  });
}

export function useOrganizationKinds() {
  return useQuery({
    queryKey: orgKeys.organizationKinds,
    queryFn: () => api<Kind[]>('/api/organization-kinds'),
    staleTime: Infinity,
  });
}

/** The contract describes a list; the server answers a bare array today. Both are accepted. */
function asItems<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

export function useOrganizations(unitId: string | null) {
  return useQuery({
    queryKey: orgKeys.organizations(unitId ?? ''),
    queryFn: async () =>
      asItems(await api<Organization[] | Page<Organization>>('/api/organizations', { query: { unitId } })),
    enabled: Boolean(unitId),
  });
}

function useInvalidateOrg() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: orgKeys.all });
}

export function useCreateUnit() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: UnitCreateInput) => api<Unit>('/api/units', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit(id: string) {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: UnitUpdateInput) => api<Unit>(`/api/units/${id}`, { method: 'PATCH', body: input }),
    onSuccess: invalidate,
  });
}

export function useMoveUnit(id: string) {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (parentId: string) =>
      api<Unit>(`/api/units/${id}/move`, { method: 'POST', body: { parentId } }),
    onSuccess: invalidate,
  });
}

export function useImportUnits() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: { file: File; mode: 'all' | 'valid'; dryRun: boolean }) => {
      const form = new FormData();
      form.set('mode', input.mode);
      form.set('dryRun', String(input.dryRun));
      form.set('file', input.file);
      return api<ImportResult>('/api/units/import', { method: 'POST', body: form });
    },
    onSuccess: (result, input) => {
      if (!input.dryRun && result.imported > 0) invalidate();
    },
  });
}

export function useSaveOrganization(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganizationInput) => {
      if (!id) return api<Organization>('/api/organizations', { method: 'POST', body: input });
      const { unitId: _unitId, ...patch } = input;
      return api<Organization>(`/api/organizations/${id}`, { method: 'PATCH', body: patch });
    },
    onSuccess: (org) => client.invalidateQueries({ queryKey: orgKeys.organizations(org.unitId) }),
  });
}
