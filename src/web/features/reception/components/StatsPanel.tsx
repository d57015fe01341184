import { Alert, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { yearEarlier } from '../../../../domain/dates';
import { problemMessage } from '../../../api/client';
import { formatDate, formatNumber } from '../../../lib/format';
import { useReceptionStats } from '../api';
import type { ReceptionFigures, ReceptionStats } from '../types';
import { StatCard } from './StatCard';
import { StatsFilterBar, useStatsFilter } from './StatsFilter';

// ECharts weighs ~300 kB: it loads with the first chart, not with the logbook.
const KindChart = lazy(() => import('./KindChart').then((m) => ({ default: m.KindChart })));

type CardSpec = {
  key: keyof ReceptionFigures;
  title: string;
  detail?: (f: ReceptionFigures) => string;
};

const cards: CardSpec[] = [
  { key: 'visits', title: 'Lượt tiếp' },
  { key: 'people', title: 'Số người' },
  { key: 'byLeaders', title: 'Lượt lãnh đạo tiếp' },
  {
    key: 'groups5',
    title: 'Đoàn đông người (5+)',
    detail: (f) => `${formatNumber(f.groups5People)} người`,
  },
  {
    key: 'groups10',
    title: 'Đoàn từ 10 người',
    detail: (f) => `${formatNumber(f.groups10People)} người, trên ${formatNumber(f.groups10Matters)} vụ việc`,
  },
  { key: 'matters', title: 'Vụ việc' },
];

function Figures({ stats }: { stats: ReceptionStats }) {
  const period = `${formatDate(stats.from)} – ${formatDate(stats.to)}`;
  const previous = `${formatDate(yearEarlier(stats.from))} – ${formatDate(yearEarlier(stats.to))}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} sm={12} lg={8} xxl={4}>
            <StatCard
              testId={`reception-stat-${c.key}`}
              title={c.title}
              value={stats.current[c.key]}
              previous={stats.previousYear[c.key]}
              change={stats.change[c.key]}
              detail={c.detail?.(stats.current)}
            />
          </Col>
        ))}
      </Row>
      <Card size="small" title="Lượt tiếp theo hình thức, so với cùng kỳ năm trước">
        <Suspense fallback={<Skeleton active />}>
          <KindChart
            stats={stats}
            currentLabel={`Kỳ này (${period})`}
            previousLabel={`Cùng kỳ (${previous})`}
          />
        </Suspense>
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Ngoài ra trong kỳ: {formatNumber(stats.current.petitionsReceived)} lượt nhận đơn,{' '}
        {formatNumber(stats.current.refused)} lượt từ chối tiếp.
      </Typography.Text>
    </Space>
  );
}

/** Thống kê tiếp công dân of a unit's subtree for a period, against the same period a year earlier. */
export function StatsPanel() {
  const filter = useStatsFilter();
  const stats = useReceptionStats({ unitId: filter.unitId, from: filter.from, to: filter.to });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <StatsFilterBar
        filter={filter}
        report={{
          path: '/api/reports/reception.xlsx',
          label: 'Xuất biểu 01/TCD (Excel)',
          code: '01-TCD',
          testId: 'export-01-tcd',
        }}
      />
      {stats.isError && <Alert type="error" showIcon title={problemMessage(stats.error)} />}
      {stats.data ? <Figures stats={stats.data} /> : !stats.isError && <Skeleton active />}
    </Space>
  );
}
