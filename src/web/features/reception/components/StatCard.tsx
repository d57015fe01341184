import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format';

const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "−5,7 %": a true minus sign, a decimal comma and a space before %, as Vietnamese writes it. */
export function formatPercent(value: number, signed = false): string {
  const sign = value < 0 ? '−' : signed && value > 0 ? '+' : '';
  return `${sign}${percent.format(Math.abs(value))} %`;
}

/** "−5,7 % so với cùng kỳ". */
export function changeText(change: number | null | undefined): string {
  if (change === null || change === undefined) return 'Cùng kỳ bằng 0, không tính được tỉ lệ';
  if (change === 0) return 'Không đổi so với cùng kỳ';
  return `${formatPercent(change, true)} so với cùng kỳ`;
}

function ChangeLine({
  change,
  higherIsWorse,
}: {
  change: number | null | undefined;
  higherIsWorse: boolean;
}) {
  const better = change ? change > 0 !== higherIsWorse : undefined;
  const color = better === undefined ? undefined : better ? '#2e7d32' : '#c62828';
  const arrow = !change ? '' : change > 0 ? '▲ ' : '▼ ';
  return (
    <Typography.Text style={{ color, fontSize: 13 }} type={color ? undefined : 'secondary'}>
      {arrow}
      {changeText(change)}
    </Typography.Text>
  );
}

export interface StatCardProps {
  title: string;
  value: number;
  previous: number;
  change: number | null | undefined;
  detail?: ReactNode;
  testId?: string;
  /** How the figure reads; whole numbers in the Vietnamese way by default. */
  format?: (value: number) => string;
  /** A rise is bad news (overdue petitions): it shows in red, a fall in green. */
  higherIsWorse?: boolean;
}

/** One figure of the period, what it was a year earlier and the change between the two. */
export function StatCard(props: StatCardProps) {
  const {
    title,
    value,
    previous,
    change,
    detail,
    testId,
    format = formatNumber,
    higherIsWorse = false,
  } = props;
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }}>
      <Statistic title={title} value={value} formatter={(v) => format(Number(v))} />
      {detail && <div style={{ fontSize: 13, marginBottom: 4 }}>{detail}</div>}
      <ChangeLine change={change} higherIsWorse={higherIsWorse} />
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Cùng kỳ: {format(previous)}
        </Typography.Text>
      </div>
    </Card>
  );
}
