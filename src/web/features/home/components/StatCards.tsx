import { Alert, Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { problemMessage } from '../../../api/client';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  TeamOutlined,
} from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import { type HomeStats, useHomeStats } from '../api';

const cards: { key: keyof HomeStats; title: string; icon: ReactNode; color: string }[] = [
  { key: 'units', title: 'Đơn vị hành chính', icon: <ApartmentOutlined />, color: '#b71c1c' },
  { key: 'communes', title: 'Xã, phường, đặc khu', icon: <BankOutlined />, color: '#1f3a68' },
  { key: 'villages', title: 'Thôn, tổ dân phố', icon: <EnvironmentOutlined />, color: '#2e7d32' },
  { key: 'organizations', title: 'Cơ quan, tổ chức', icon: <ClusterOutlined />, color: '#6a1b9a' },
  { key: 'users', title: 'Người dùng', icon: <TeamOutlined />, color: '#00838f' },
  { key: 'auditToday', title: 'Thao tác hôm nay', icon: <AuditOutlined />, color: '#ef6c00' },
];

/** Figures of the user's scope; the server counts only inside his subtrees. */
export function StatCards({ enabled }: { enabled: boolean }) {
  const stats = useHomeStats(enabled);
  if (!enabled) return null;
  if (stats.isError)
    return (
      <Alert
        type="warning"
        showIcon
        title="Không tải được số liệu tổng quan"
        description={problemMessage(stats.error)}
      />
    );
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col key={c.key} xs={24} sm={12} lg={8} xxl={4}>
          <Card size="small" data-testid={`stat-${c.key}`}>
            {stats.data ? (
              <Statistic
                title={c.title}
                value={stats.data[c.key]}
                formatter={(v) => formatNumber(Number(v))}
                prefix={<span style={{ color: c.color, marginInlineEnd: 4 }}>{c.icon}</span>}
              />
            ) : (
              <Skeleton active paragraph={{ rows: 1 }} title={false} />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
