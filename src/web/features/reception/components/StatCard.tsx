import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format';

const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "−5,7 % so với cùng kỳ": a true minus sign, a decimal comma and a space before %, as Vietnamese writes it. */
export function changeText(change: number | null | undefined): string {
  if (change === null || change === undefined) return 'Cùng kỳ bằng 0, không tính được tỉ lệ';
  if (change === 0) return 'Không đổi so với cùng kỳ';
  return `${change > 0 ? '+' : '−'}${percent.format(Math.abs(change))} % so với cùng kỳ`;
}

function ChangeLine({ change }: { change: number | null | undefined }) {
  const color = !change ? undefined : change > 0 ? '#2e7d32' : '#c62828';
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
}

/** One figure of the period, what it was a year earlier and the change between the two. */
export function StatCard({ title, value, previous, change, detail, testId }: StatCardProps) {
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }}>
      <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} />
      {detail && <div style={{ fontSize: 13, marginBottom: 4 }}>{detail}</div>}
      <ChangeLine change={change} />
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Cùng kỳ: {formatNumber(previous)}
        </Typography.Text>
      </div>
    </Card>
  );
}
