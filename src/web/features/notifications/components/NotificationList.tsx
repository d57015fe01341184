import { Alert, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { problemMessage } from '../../../api/client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { kindLooks } from '../labels';
import type { Notification } from '../types';
import './notifications.css';

function Item({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const look = kindLooks[item.kind];
  return (
    <button
      type="button"
      className={`dvs-notice${item.read ? '' : ' dvs-notice-unread'}`}
      onClick={() => onOpen(item)}
      data-testid="notification-item"
    >
      <span className="dvs-notice-icon" style={{ color: look.color }}>
        {look.icon}
      </span>
      <span className="dvs-notice-body">
        <Flex align="center" gap={6} wrap>
          <Tag color={look.tag} style={{ marginInlineEnd: 0 }}>
            {look.label}
          </Tag>
          {!item.read && <span className="dvs-notice-dot" title="Chưa đọc" />}
        </Flex>
        <span className="dvs-notice-message">{item.message}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          Hạn {formatDate(item.dueOn)} · nhắc lúc {formatDateTime(item.createdAt).slice(0, 16)}
        </Typography.Text>
      </span>
    </button>
  );
}

export interface NotificationListProps {
  items: Notification[] | undefined;
  isPending: boolean;
  error: unknown;
  onOpen: (item: Notification) => void;
}

/** The reminders in the bell's panel, unread first as the server orders them. */
export function NotificationList({ items, isPending, error, onOpen }: NotificationListProps) {
  if (error) return <Alert type="error" showIcon title={problemMessage(error)} />;
  if (isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (!items?.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có nhắc việc nào" />;
  return (
    <div className="dvs-notice-list" data-testid="notification-list">
      {items.map((n) => (
        <Item key={n.id} item={n} onOpen={onOpen} />
      ))}
    </div>
  );
}
