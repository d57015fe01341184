import { useMemo } from 'react';
import { formatNumber } from '../lib/format';
import { type ChartOption, EChart } from './EChart';

export interface ComparedFigure {
  label: string;
  previous: number;
  current: number;
}

const font = "'Be Vietnam Pro', system-ui, sans-serif";
const valueLabel = {
  show: true,
  position: 'top',
  formatter: ({ value }: { value: unknown }) => formatNumber(Number(value)),
} as const;

/** A figure per category, this period (red) beside the same period a year earlier (grey). */
export function ComparisonChart(props: {
  figures: ComparedFigure[];
  /** What is counted, after the number in the tooltip: "lượt", "đơn". */
  unit: string;
  previousLabel: string;
  currentLabel: string;
  testId: string;
}) {
  const { figures, unit, previousLabel, currentLabel } = props;
  const option = useMemo<ChartOption>(
    () => ({
      textStyle: { fontFamily: font },
      color: ['#9e9e9e', '#b71c1c'],
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => `${formatNumber(Number(v))} ${unit}`,
      },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: figures.map((f) => f.label) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        {
          name: previousLabel,
          type: 'bar',
          barMaxWidth: 48,
          data: figures.map((f) => f.previous),
          label: valueLabel,
        },
        {
          name: currentLabel,
          type: 'bar',
          barMaxWidth: 48,
          data: figures.map((f) => f.current),
          label: valueLabel,
        },
      ],
    }),
    [figures, unit, previousLabel, currentLabel],
  );
  return <EChart option={option} testId={props.testId} />;
}
