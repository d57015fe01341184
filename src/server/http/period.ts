import { addDays } from '../../domain/dates.js';
import { problem } from './problem.js';

/** A reporting period the user chose: ordered, and at most ten years so one query stays bounded. */
export function assertPeriod(from: string, to: string): void {
  if (to < from) throw problem.validation([{ path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu' }]);
  if (addDays(from, 3660) < to)
    throw problem.validation([{ path: 'to', message: 'Kỳ thống kê tối đa 10 năm' }]);
}
