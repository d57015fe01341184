import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/roles.js';
import { coversPath, hasPermission, pathsFor, type Scope } from './scope.js';

const scopeOf = (...grants: [Role, string][]): Scope => ({
  userId: 'u',
  userName: 'Cán bộ',
  grants: grants.map(([role, path], i) => ({
    id: String(i),
    role,
    unitId: path,
    unitName: path,
    unitCode: path,
    unitKind: 'ward',
    path,
    provinceId: 'p',
  })),
});

describe('scope', () => {
  it('keeps only the outermost subtree of nested grants', () =>
    expect(
      pathsFor(scopeOf(['leader', '1.2'], ['leader', '1.2.3'], ['inspector', '1.5']), 'org.read'),
    ).toEqual(['1.2', '1.5']));

  it('covers a unit and its descendants, not a sibling whose label starts alike', () => {
    const s = scopeOf(['unit_admin', '1.2']);
    expect(coversPath(s, 'org.write', '1.2')).toBe(true);
    expect(coversPath(s, 'org.write', '1.2.7')).toBe(true);
    expect(coversPath(s, 'org.write', '1.21')).toBe(false);
    expect(coversPath(s, 'org.write', '1')).toBe(false);
  });

  it('gives each permission only the subtrees of the roles that hold it', () => {
    const s = scopeOf(['unit_admin', '1.2'], ['leader', '1.3']);
    expect(pathsFor(s, 'user.write')).toEqual(['1.2']);
    expect(pathsFor(s, 'org.read')).toEqual(['1.2', '1.3']);
  });

  it('gives a citizen nothing', () => {
    const s = scopeOf(['citizen', '1.2']);
    expect(hasPermission(s, 'org.read')).toBe(false);
    expect(pathsFor(s, 'org.read')).toEqual([]);
  });
});
