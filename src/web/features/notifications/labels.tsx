import type { ReactNode } from 'react';
import { ClockCircleOutlined, ExclamationCircleOutlined, InboxOutlined, RiseOutlined } from './icons';
import type { NotificationKind } from './types';

export interface KindLook {
  label: string;
  /** Ant Design tag colour. */
  tag: string;
  /** The icon's own colour. */
  color: string;
  icon: ReactNode;
}

export const kindLooks: Record<NotificationKind, KindLook> = {
  due_soon: { label: 'Sắp đến hạn', tag: 'gold', color: '#d48806', icon: <ClockCircleOutlined /> },
  overdue: { label: 'Quá hạn', tag: 'red', color: '#cf1322', icon: <ExclamationCircleOutlined /> },
  // An overdue petition reported up to the unit's leaders.
  escalated: { label: 'Báo cáo lãnh đạo', tag: 'purple', color: '#531dab', icon: <RiseOutlined /> },
  // A petition another unit forwarded here: it waits to be handled.
  forwarded: { label: 'Đơn chuyển đến', tag: 'blue', color: '#0958d9', icon: <InboxOutlined /> },
};
