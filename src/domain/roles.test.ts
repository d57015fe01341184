import { describe, expect, it } from 'vitest';
import { canGrantRole, isRole, permissions, rolePermissions, roles } from './roles.js';

describe('roles', () => {
  it('gives a system admin every permission and a citizen none', () => {
    expect([...rolePermissions.system_admin].sort()).toEqual([...permissions].sort());
    expect(rolePermissions.citizen).toEqual([]);
  });

  it('keeps inspectors read-only', () => {
    expect(rolePermissions.inspector.filter((p) => p.endsWith('.write'))).toEqual([]);
    expect(rolePermissions.inspector).toContain('audit.read');
  });

  it.each(roles.filter((r) => r !== 'system_admin'))('lets a unit admin grant %s', (role) =>
    expect(canGrantRole(['unit_admin'], role)).toBe(true),
  );

  it('lets nobody but a system admin grant system_admin', () => {
    expect(canGrantRole(['unit_admin', 'leader'], 'system_admin')).toBe(false);
    expect(canGrantRole(['system_admin'], 'system_admin')).toBe(true);
  });

  it.each(['leader', 'inspector', 'reception_officer', 'citizen'] as const)(
    'refuses any grant by a %s',
    (granter) => expect(canGrantRole([granter], 'reception_officer')).toBe(false),
  );

  it('recognises only known roles', () => {
    expect(isRole('case_handler')).toBe(true);
    expect(isRole('superuser')).toBe(false);
  });
});
