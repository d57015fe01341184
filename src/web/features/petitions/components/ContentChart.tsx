import { useMemo } from 'react';
import { ComparisonChart } from '../../../components/ComparisonChart';
import type { PetitionFigures, PetitionStats } from '../types';

// Recommendations and feedback share one column, as on form 02/XLD.
const contents: { key: keyof PetitionFigures; label: string }[] = [
  { key: 'complaints', label: 'Khiếu nại' },
  { key: 'denunciations', label: 'Tố cáo' },
  { key: 'recommendations', label: 'Kiến nghị, phản ánh' },
];

/** Petitions per content, this period against the same period a year earlier. */
export function ContentChart(props: { stats: PetitionStats; previousLabel: string; currentLabel: string }) {
  const { stats } = props;
  // Kept while the figures are the same, so the chart is not redrawn on every render.
  const figures = useMemo(
    () =>
      contents.map((c) => ({
        label: c.label,
        previous: stats.previousYear[c.key],
        current: stats.current[c.key],
      })),
    [stats],
  );
  return <ComparisonChart {...props} figures={figures} unit="đơn" testId="content-chart" />;
}
