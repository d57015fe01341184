import type { PetitionKind } from './petition-workflow.js';

/** The body a petition is about, and where it sits in the administrative tree. */
export interface Respondent {
  orgName: string;
  unitId: string;
  unitName: string;
  /** The level above the respondent's unit: it takes a second complaint. */
  parentUnitId: string | null;
  parentUnitName: string | null;
}

export interface CompetenceHint {
  competence: 'in' | 'out';
  /** The unit that should handle it: this one, or where to forward it. */
  unitId: string;
  unitName: string;
  reason: string;
  basis: string;
}

/**
 * Who handles a petition, from the body it is about. A first complaint goes to the head of the body whose
 * decision or act is complained of, a second one to the level above it; a denunciation to the body that
 * manages the accused; a recommendation or feedback to the body in charge of the matter. A suggestion
 * only: the officer classifies, and the law has exceptions (a complaint about a chairman's own decision,
 * an accused holding a post appointed from above) that the tree alone does not show.
 */
export function suggestCompetence(
  p: { kind: PetitionKind | null; instance: number | null; unitId: string },
  r: Respondent | null,
): CompetenceHint | null {
  if (!r || !p.kind) return null;
  let target = { unitId: r.unitId, unitName: r.unitName };
  let reason: string;
  let basis: string;
  switch (p.kind) {
    case 'complaint':
      if (p.instance === 2) {
        if (!r.parentUnitId || !r.parentUnitName) return null;
        target = { unitId: r.parentUnitId, unitName: r.parentUnitName };
        reason = `khiếu nại lần hai do cấp trên trực tiếp của ${r.orgName} giải quyết`;
      } else {
        reason = `khiếu nại lần đầu do người đứng đầu ${r.orgName} giải quyết`;
      }
      basis = 'Luật Khiếu nại 2011, Điều 17–21 (thẩm quyền giải quyết; chưa xác minh điều)';
      break;
    case 'denunciation':
      reason = `người bị tố cáo thuộc ${r.orgName} quản lý`;
      basis = 'Luật Tố cáo 2018, Điều 12–16 (thẩm quyền giải quyết; chưa xác minh điều)';
      break;
    default:
      reason = `nội dung thuộc lĩnh vực do ${r.orgName} quản lý`;
      basis = 'Thông tư 05/2021/TT-TTCP, Điều 6 (phân loại theo thẩm quyền)';
  }
  return {
    competence: target.unitId === p.unitId ? 'in' : 'out',
    ...target,
    reason,
    basis,
  };
}
