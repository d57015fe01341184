/** The two deadlines of a petition's life in the unit: handling the petition, then resolving it. */
export type DeadlineStage = 'handling' | 'resolution';

/**
 * The deadline that runs now (TT 05/2021/TT-TTCP; Luật Khiếu nại 2011, Điều 28; Luật Tố cáo 2018,
 * Điều 30): handling (accept, guide, forward or file) until the petition is accepted, then resolution.
 * A petition out of the workflow (resolved, guided, forwarded, filed…) has none. Generic in what a
 * deadline is, so the server (a date) and the web (a date with its legal basis) share the one rule;
 * the SQL of the petition repository mirrors it (`runningDueOn`).
 */
export function runningDeadline<T>(
  status: string,
  handling: T | null | undefined,
  resolution: T | null | undefined,
): { stage: DeadlineStage; due: T } | null {
  if (status === 'accepted') return resolution == null ? null : { stage: 'resolution', due: resolution };
  if (status === 'received' || status === 'classified')
    return handling == null ? null : { stage: 'handling', due: handling };
  return null;
}
