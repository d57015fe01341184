import { Card, Flex, Skeleton, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DUE_SOON_DAYS } from '../../../../domain/petition-workflow';
import type { Me } from '../../../api/types';
import { InboxOutlined, UserOutlined } from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import { FileTextOutlined, WarningOutlined } from '../../petitions/icons';
import { useWorkQueue } from '../api';
import { ScheduleOutlined } from '../icons';
import {
  petitionListHref,
  type QueueCount,
  type QueueFilter,
  type QueuePart,
  queueParts,
} from '../workQueue';

interface Tile {
  key: QueuePart;
  title: string;
  hint: string;
  icon: ReactNode;
  color: string;
  filter: QueueFilter;
  /** An overdue petition is past its deadline already; "due soon" means nothing for it. */
  showDueSoon: boolean;
}

function tilesFor(user: Me): Tile[] {
  const parts = queueParts(user);
  const tiles: (Tile | false)[] = [
    parts.overdue && {
      key: 'overdue',
      title: 'Đơn quá hạn',
      hint: 'Đã quá hạn xử lý hoặc hạn giải quyết',
      icon: <WarningOutlined />,
      color: '#cf1322',
      filter: { overdue: true },
      showDueSoon: false,
    },
    parts.toClassify && {
      key: 'received',
      title: 'Đơn mới, chờ phân loại',
      hint: 'Mới tiếp nhận, cần phân loại và xác định thẩm quyền',
      icon: <InboxOutlined />,
      color: '#1677ff',
      filter: { status: 'received' },
      showDueSoon: true,
    },
    parts.toAssign && {
      key: 'classified',
      title: 'Đã phân loại, chờ thụ lý',
      hint: 'Cần phân công, thụ lý, hướng dẫn hoặc chuyển đơn',
      icon: <FileTextOutlined />,
      color: '#1f3a68',
      filter: { status: 'classified' },
      showDueSoon: true,
    },
    parts.mine && {
      key: 'mineClassified',
      title: 'Được giao, chờ thụ lý',
      hint: 'Đơn được giao cho tôi, chưa thụ lý',
      icon: <UserOutlined />,
      color: '#6a1b9a',
      filter: { handlerId: user.id, status: 'classified' },
      showDueSoon: true,
    },
    parts.mine && {
      key: 'mineAccepted',
      title: 'Được giao, đang giải quyết',
      hint: 'Đơn tôi đã thụ lý, chưa có kết quả',
      icon: <ScheduleOutlined />,
      color: '#2e7d32',
      filter: { handlerId: user.id, status: 'accepted' },
      showDueSoon: true,
    },
  ];
  return tiles.filter((t): t is Tile => t !== false);
}

// The test ids predate the shared endpoint; the browser tests address the tiles by them.
const testId: Record<QueuePart, string> = {
  overdue: 'overdue',
  received: 'received',
  classified: 'classified',
  mineClassified: 'mine-classified',
  mineAccepted: 'mine-accepted',
};

function QueueTile({ tile, data, failed }: { tile: Tile; data: QueueCount | undefined; failed: boolean }) {
  return (
    <Card size="small" style={{ flex: '1 1 200px', minWidth: 0 }} data-testid={`queue-${testId[tile.key]}`}>
      {/* The figure comes first, so that the figures of a row stay level when a title wraps. */}
      <Link to={petitionListHref(tile.filter)} style={{ display: 'block', color: 'inherit' }}>
        {failed && <Typography.Text type="danger">Không tải được số liệu</Typography.Text>}
        {!failed && !data && <Skeleton active paragraph={{ rows: 1 }} title={false} />}
        {data && (
          <Flex align="center" gap={8} style={{ color: data.count > 0 ? tile.color : 'rgba(0, 0, 0, 0.45)' }}>
            <span style={{ color: tile.color, fontSize: 22 }}>{tile.icon}</span>
            <span style={{ fontSize: 28, fontWeight: 600, lineHeight: 1.3 }} data-testid="queue-count">
              {formatNumber(data.count)}
            </span>
          </Flex>
        )}
        <Typography.Text strong style={{ display: 'block', marginTop: 2 }}>
          {tile.title}
        </Typography.Text>
      </Link>
      <Flex wrap gap={4} align="center" style={{ marginTop: 4 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {tile.hint}
        </Typography.Text>
        {tile.showDueSoon && data && data.dueSoon > 0 && (
          <Tooltip title={`Hạn xử lý hoặc hạn giải quyết trong ${DUE_SOON_DAYS} ngày tới`}>
            <Tag
              color="orange"
              style={{ marginInlineEnd: 0 }}
              data-testid={`queue-${testId[tile.key]}-due-soon`}
            >
              {formatNumber(data.dueSoon)} đơn sắp đến hạn
            </Tag>
          </Tooltip>
        )}
      </Flex>
    </Card>
  );
}

/** Việc cần làm: what waits for the user this morning, each count opening the petition list so filtered. */
export function WorkQueueCard({ user }: { user: Me }) {
  const tiles = tilesFor(user);
  const queue = useWorkQueue(tiles.length > 0);
  if (tiles.length === 0) return null;
  return (
    <Card title="Việc cần làm" extra={<Link to="/don-thu">Mở sổ đơn thư</Link>} data-testid="work-queue">
      <Flex wrap gap={16}>
        {tiles.map((t) => (
          <QueueTile key={t.key} tile={t} data={queue.data?.[t.key]} failed={queue.isError} />
        ))}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
        Số liệu trong phạm vi được giao.
      </Typography.Paragraph>
    </Card>
  );
}
