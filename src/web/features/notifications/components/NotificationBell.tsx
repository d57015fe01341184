import { Badge, Button, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api';
import { BellOutlined } from '../icons';
import type { Notification } from '../types';
import { NotificationList } from './NotificationList';

// On a phone the panel is wider than the room left of the bell: it may slide back on screen
// (antd's own bottomRight only shifts by the arrow's width).
const placements = {
  bottomRight: { points: ['tr', 'br'], offset: [0, 8], overflow: { shiftX: true, adjustY: true } },
};

/** The header bell: deadline reminders of the signed-in staff member, a click opens the petition. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.filter((n) => !n.read).length ?? 0;
  // The server sends at most 100 reminders, unread first: a full page of unread ones may hide more.
  const unreadText = unread >= 100 ? 'Trên 99' : formatNumber(unread);

  const openItem = (item: Notification) => {
    setOpen(false);
    if (!item.read) markRead.mutate(item.id);
    navigate(`/don-thu/${encodeURIComponent(item.petitionId)}`);
  };

  const title = (
    <Flex justify="space-between" align="baseline" gap={16}>
      <span>Nhắc việc</span>
      <Flex align="baseline" gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
          {unread ? `${unreadText} chưa đọc` : 'Đã đọc hết'}
        </Typography.Text>
        {unread > 0 && (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, fontSize: 12 }}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="notification-read-all"
          >
            Đánh dấu đã đọc tất cả
          </Button>
        )}
      </Flex>
    </Flex>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      builtinPlacements={placements}
      open={open}
      onOpenChange={setOpen}
      title={title}
      styles={{ container: { width: 'min(400px, calc(100vw - 24px))' } }}
      content={
        <NotificationList items={list.data} isPending={list.isPending} error={list.error} onOpen={openItem} />
      }
    >
      <button
        type="button"
        aria-label={unread ? `Nhắc việc, ${unreadText} chưa đọc` : 'Nhắc việc'}
        data-testid="notification-bell"
        style={{
          background: 'none',
          border: 0,
          cursor: 'pointer',
          padding: '4px 6px',
          display: 'flex',
          alignItems: 'center',
        }}
      >
        {/* Yellow on the red header: the default red badge would vanish into it. */}
        <Badge
          count={unread}
          overflowCount={99}
          size="small"
          styles={{ indicator: { background: '#ffd54f', color: '#8e1212', boxShadow: 'none' } }}
        >
          <BellOutlined style={{ color: '#fff', fontSize: 20 }} />
        </Badge>
      </button>
    </Popover>
  );
}
