import { useMemo } from 'react';
import { formatNumber } from '../../../lib/format';
import { type ChartOption, EChart } from '../../reception/components/EChart';
import type { PetitionFigures, PetitionStats } from '../types';

// Recommendations and feedback share one column, as on form 02/XLD.
const contents: { key: keyof PetitionFigures; label: string }[] = [
  { key: 'complaints', label: 'Khiếu nại' },
  { key: 'denunciations', label: 'Tố cáo' },
  { key: 'recommendations', label: 'Kiến nghị, phản ánh' },
];

const font = "'Be Vietnam Pro', system-ui, sans-serif";
const valueLabel = {
  show: true,
  position: 'top',
  formatter: ({ value }: { value: unknown }) => formatNumber(Number(value)),
} as const;

/** Petitions per content, this period against the same period a year earlier. */
export function ContentChart({
  stats,
  previousLabel,
  currentLabel,
}: {
  stats: PetitionStats;
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
        valueFormatter: (v) => `${formatNumber(Number(v))} đơn`,
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: contents.map((c) => c.label) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        {
          name: previousLabel,
          type: 'bar',
          barMaxWidth: 48,
          data: contents.map((c) => stats.previousYear[c.key]),
          label: valueLabel,
        },
        {
          name: currentLabel,
          type: 'bar',
          barMaxWidth: 48,
          data: contents.map((c) => stats.current[c.key]),
          label: valueLabel,
        },
      ],
    }),
    [stats, previousLabel, currentLabel],
  );
  return <EChart option={option} testId="content-chart" />;
}
