import { Alert, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { problemMessage } from '../../../api/client';
import { useCurrentUser } from '../../../app/session';
import { UnitPicker } from '../../../components/UnitPicker';
import { formatDate, formatNumber } from '../../../lib/format';
import { useReceptionStats } from '../api';
import { quickPeriod } from '../period';
import type { ReceptionFigures, ReceptionStats } from '../types';
import { PeriodPicker } from './PeriodPicker';
import { StatCard } from './StatCard';

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

/** The same day a year earlier, as the server counts it: 29/02 maps to 28/02. */
const yearEarlier = (iso: string) =>
  `${Number(iso.slice(0, 4)) - 1}${iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4)}`;

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
  const user = useCurrentUser();
  const home = user.grants[0];
  const [unitId, setUnitId] = useState<string | undefined>(home?.unitId);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => quickPeriod('year'));
  const stats = useReceptionStats({
    unitId,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Flex wrap gap={12} align="center">
          <div style={{ width: 280 }}>
            <UnitPicker
              value={unitId}
              initialLabel={home?.unitName}
              onChange={(id) => setUnitId(id)}
              placeholder="Đơn vị (toàn bộ phạm vi)"
            />
          </div>
          <PeriodPicker value={range} onChange={setRange} />
        </Flex>
      </Card>
      {stats.isError && <Alert type="error" showIcon title={problemMessage(stats.error)} />}
      {stats.data ? <Figures stats={stats.data} /> : !stats.isError && <Skeleton active />}
    </Space>
  );
}
