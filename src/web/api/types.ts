import type { Permission, Role } from '../../domain/roles';

/** Shapes of the API answers (docs/API.md), shared by the feature folders. */

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface MeGrant {
  id: string;
  role: Role;
  unitId: string;
  unitName: string;
  unitCode: string;
}

export interface Me {
  id: string;
  username: string;
  fullName: string;
  kind: 'staff' | 'citizen';
  totpEnabled: boolean;
  mustChangePassword: boolean;
  grants: MeGrant[];
  permissions: Permission[];
}

export interface Session {
  user: Me;
  csrfToken: string;
}

export interface Unit {
  id: string;
  parentId: string | null;
  provinceId: string;
  code: string;
  name: string;
  kind: string;
  kindName: string;
  level: number;
  isRemote: boolean;
  validFrom: string | null;
  validTo: string | null;
  childCount: number;
  path: string;
}

export interface UnitRef {
  id: string;
  name: string;
  code?: string;
}

export interface UnitWithAncestors extends Unit {
  ancestors: UnitRef[];
}

export interface Kind {
  code: string;
  name: string;
}
