/** Roles of a grant. A grant = (user, role, admin unit) and covers the unit's whole subtree. */
export const roles = [
  'system_admin',
  'unit_admin',
  'leader',
  'mobilization_officer',
  'reception_officer',
  'case_handler',
  'inspector',
  'citizen',
] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  unit_admin: 'Quản trị đơn vị',
  leader: 'Lãnh đạo',
  mobilization_officer: 'Cán bộ dân vận',
  reception_officer: 'Cán bộ tiếp công dân',
  case_handler: 'Cán bộ thụ lý',
  inspector: 'Thanh tra, kiểm tra',
  citizen: 'Công dân',
};

export const permissions = [
  'org.read',
  'org.write',
  'user.read',
  'user.write',
  'audit.read',
  'calendar.write',
  'reception.read',
  'reception.write',
  'petition.read',
  'petition.write',
] as const;
export type Permission = (typeof permissions)[number];

const staffRead: Permission[] = ['org.read'];
const receptionist: Permission[] = [
  'org.read',
  'reception.read',
  'reception.write',
  'petition.read',
  'petition.write',
];

/** What each role may do inside its subtree. Citizens have no staff permission at all. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: permissions,
  unit_admin: ['org.read', 'org.write', 'user.read', 'user.write', 'audit.read', 'reception.read'],
  // Leaders receive citizens themselves (periodic reception), so they write the logbook too.
  leader: [...receptionist, 'user.read'],
  mobilization_officer: staffRead,
  reception_officer: receptionist,
  case_handler: ['org.read', 'reception.read', 'petition.read', 'petition.write'],
  inspector: ['org.read', 'user.read', 'audit.read', 'reception.read', 'petition.read'],
  citizen: [],
};

/** Roles a user may hand out: nobody but a system admin creates another system admin. */
export function canGrantRole(granterRoles: readonly Role[], role: Role): boolean {
  if (granterRoles.includes('system_admin')) return true;
  return granterRoles.includes('unit_admin') && role !== 'system_admin';
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
