import { describe, expect, it } from 'vitest';
import { type Respondent, suggestCompetence } from './competence.js';

const haTu = 'ha-tu';
const province = 'quang-ninh';
const wardCommittee: Respondent = {
  orgName: 'UBND phường Hà Tu',
  unitId: haTu,
  unitName: 'Phường Hà Tu',
  parentUnitId: province,
  parentUnitName: 'Tỉnh Quảng Ninh',
};
const department: Respondent = {
  orgName: 'Sở Nông nghiệp và Môi trường',
  unitId: province,
  unitName: 'Tỉnh Quảng Ninh',
  parentUnitId: null,
  parentUnitName: null,
};

describe('competence from the body a petition is about', () => {
  it.each([
    ['complaint', 1, haTu, wardCommittee, 'in', haTu],
    ['complaint', 1, haTu, department, 'out', province],
    ['complaint', 2, haTu, wardCommittee, 'out', province],
    ['complaint', 2, province, wardCommittee, 'in', province],
    ['denunciation', null, haTu, wardCommittee, 'in', haTu],
    ['denunciation', null, haTu, department, 'out', province],
    ['recommendation', null, province, department, 'in', province],
    ['feedback', null, haTu, department, 'out', province],
  ] as const)(
    '%s (lần %s) received at %s about %o → %s, handled at %s',
    (kind, instance, unitId, r, competence, target) => {
      expect(suggestCompetence({ kind, instance, unitId }, r)).toMatchObject({ competence, unitId: target });
    },
  );

  it('Luật Khiếu nại: a first complaint goes to the head of the body whose decision it is about', () => {
    const hint = suggestCompetence({ kind: 'complaint', instance: 1, unitId: haTu }, department);
    expect(hint?.reason).toBe('khiếu nại lần đầu do người đứng đầu Sở Nông nghiệp và Môi trường giải quyết');
    expect(hint?.basis).toContain('Luật Khiếu nại 2011');
  });

  it('suggests nothing without the body, without a kind, or for a second complaint with no level above', () => {
    expect(suggestCompetence({ kind: 'complaint', instance: 1, unitId: haTu }, null)).toBeNull();
    expect(suggestCompetence({ kind: null, instance: null, unitId: haTu }, wardCommittee)).toBeNull();
    expect(suggestCompetence({ kind: 'complaint', instance: 2, unitId: province }, department)).toBeNull();
  });
});
