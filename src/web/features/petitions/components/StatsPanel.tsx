import { Alert, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { yearEarlier } from '../../../../domain/dates';
import { problemMessage } from '../../../api/client';
import { formatDate, formatNumber } from '../../../lib/format';
import { formatPercent, StatCard } from '../../reception/components/StatCard';
import { StatsFilterBar, useStatsFilter } from '../../reception/components/StatsFilter';
import { usePetitionStats } from '../api';
import type { PetitionFigures, PetitionStats } from '../types';

// ECharts loads with the first chart, not with the register of petitions.
const ContentChart = lazy(() => import('./ContentChart').then((m) => ({ default: m.ContentChart })));

const rating = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

type CardSpec = {
  key: keyof PetitionFigures;
  title: string;
  detail?: (f: PetitionFigures, to: string) => string;
  format?: (value: number) => string;
  higherIsWorse?: boolean;
};

const intake: CardSpec[] = [
  {
    key: 'received',
    title: 'Đơn tiếp nhận trong kỳ',
    detail: (f) =>
      `Một người đứng tên ${formatNumber(f.oneSigner)} · nhiều người ${formatNumber(f.manySigners)} · nặc danh ${formatNumber(f.anonymous)}`,
  },
  { key: 'carriedOver', title: 'Kỳ trước chuyển sang', detail: () => 'Đơn chưa xử lý xong từ trước kỳ' },
  {
    key: 'inCompetence',
    title: 'Thuộc thẩm quyền',
    detail: (f) =>
      `Khiếu nại ${formatNumber(f.inComplaints)} · tố cáo ${formatNumber(f.inDenunciations)} · kiến nghị, phản ánh ${formatNumber(f.inRecommendations)}`,
  },
  {
    key: 'outCompetence',
    title: 'Không thuộc thẩm quyền',
    detail: (f) => `Hướng dẫn ${formatNumber(f.guided)} · chuyển đơn ${formatNumber(f.forwarded)}`,
  },
];

const outcome: CardSpec[] = [
  {
    key: 'resolved',
    title: 'Đã giải quyết',
    detail: (f) =>
      f.resolved
        ? `Đúng hạn ${formatNumber(f.resolvedOnTime)} (${formatPercent((f.resolvedOnTime / f.resolved) * 100)})`
        : 'Chưa có đơn giải quyết xong trong kỳ',
  },
  {
    key: 'overdue',
    title: 'Quá hạn chưa giải quyết',
    detail: (_, to) => `Tính đến ngày ${formatDate(to)}`,
    higherIsWorse: true,
  },
  {
    key: 'averageRating',
    title: 'Mức hài lòng',
    // Ratings run from 1 to 5, so an average of 0 means nobody rated.
    format: (v) => (v ? `${rating.format(v)}/5` : '—'),
    detail: (f) =>
      f.rated ? `Trên ${formatNumber(f.rated)} đánh giá của người gửi đơn` : 'Chưa có đánh giá trong kỳ',
  },
];

function Cards({ specs, stats, xl }: { specs: CardSpec[]; stats: PetitionStats; xl: number }) {
  return (
    <Row gutter={[16, 16]}>
      {specs.map((c) => (
        <Col key={c.key} xs={24} sm={12} xl={xl}>
          <StatCard
            testId={`petition-stat-${c.key}`}
            title={c.title}
            value={stats.current[c.key]}
            previous={stats.previousYear[c.key]}
            change={stats.change[c.key]}
            detail={c.detail?.(stats.current, stats.to)}
            format={c.format}
            higherIsWorse={c.higherIsWorse}
          />
        </Col>
      ))}
    </Row>
  );
}

function Figures({ stats }: { stats: PetitionStats }) {
  const period = `${formatDate(stats.from)} – ${formatDate(stats.to)}`;
  const previous = `${formatDate(yearEarlier(stats.from))} – ${formatDate(yearEarlier(stats.to))}`;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Cards specs={intake} stats={stats} xl={6} />
      <Cards specs={outcome} stats={stats} xl={8} />
      <Card size="small" title="Đơn theo nội dung, so với cùng kỳ năm trước">
        <Suspense fallback={<Skeleton active />}>
          <ContentChart
            stats={stats}
            currentLabel={`Kỳ này (${period})`}
            previousLabel={`Cùng kỳ (${previous})`}
          />
        </Suspense>
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Số đơn theo nội dung gồm cả đơn kỳ trước chuyển sang. Ngoài ra: {formatNumber(stats.current.filed)}{' '}
        đơn lưu (không đủ điều kiện xử lý).
      </Typography.Text>
    </Space>
  );
}

/** Thống kê xử lý đơn of a unit's subtree for a period, against the same period a year earlier. */
export function StatsPanel() {
  const filter = useStatsFilter();
  const stats = usePetitionStats({ unitId: filter.unitId, from: filter.from, to: filter.to });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <StatsFilterBar
        filter={filter}
        report={{
          path: '/api/reports/petitions.xlsx',
          label: 'Xuất biểu 02/XLD (Excel)',
          code: '02-XLD',
          testId: 'export-02-xld',
        }}
      />
      {stats.isError && <Alert type="error" showIcon title={problemMessage(stats.error)} />}
      {stats.data ? <Figures stats={stats.data} /> : !stats.isError && <Skeleton active />}
    </Space>
  );
}
