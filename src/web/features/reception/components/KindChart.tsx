import { useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { kindLabels } from '../labels';
import type { ReceptionStats } from '../types';
import { type ChartOption, EChart } from './EChart';

const kinds = [
  { key: 'regular', label: kindLabels.regular.label },
  { key: 'leaderPeriodic', label: kindLabels.leader_periodic.label },
  { key: 'unannounced', label: kindLabels.unannounced.label },
] as const;

const font = "'Be Vietnam Pro', system-ui, sans-serif";

/** Visits per kind of reception, this period against the same period a year earlier. */
export function KindChart({
  stats,
  previousLabel,
  currentLabel,
}: {
  stats: ReceptionStats;
  previousLabel: string;
  currentLabel: string;
}) {
  const option = useMemo<ChartOption>(
    () => ({
      textStyle: { fontFamily: font },
      color: ['#9e9e9e', '#b71c1c'],
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => `${formatNumber(Number(v))} lượt`,
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: kinds.map((k) => k.label) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        {
          name: previousLabel,
          type: 'bar',
          barMaxWidth: 48,
          data: kinds.map((k) => stats.previousYear[k.key]),
          label: { show: true, position: 'top', formatter: ({ value }) => formatNumber(Number(value)) },
        },
        {
          name: currentLabel,
          type: 'bar',
          barMaxWidth: 48,
          data: kinds.map((k) => stats.current[k.key]),
          label: { show: true, position: 'top', formatter: ({ value }) => formatNumber(Number(value)) },
        },
      ],
    }),
    [stats, previousLabel, currentLabel],
  );
  return <EChart option={option} testId="kind-chart" />;
}
