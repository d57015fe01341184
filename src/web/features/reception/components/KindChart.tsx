import { useMemo } from 'react';
import { ComparisonChart } from '../../../components/ComparisonChart';
import { kindLabels } from '../labels';
import type { ReceptionStats } from '../types';

const kinds = [
  { key: 'regular', label: kindLabels.regular.label },
  { key: 'leaderPeriodic', label: kindLabels.leader_periodic.label },
  { key: 'unannounced', label: kindLabels.unannounced.label },
] as const;

/** Visits per kind of reception, this period against the same period a year earlier. */
export function KindChart(props: { stats: ReceptionStats; previousLabel: string; currentLabel: string }) {
  const { stats } = props;
  // Kept while the figures are the same, so the chart is not redrawn on every render.
  const figures = useMemo(
    () =>
      kinds.map((k) => ({
        label: k.label,
        previous: stats.previousYear[k.key],
        current: stats.current[k.key],
      })),
    [stats],
  );
  return <ComparisonChart {...props} figures={figures} unit="lượt" testId="kind-chart" />;
}
