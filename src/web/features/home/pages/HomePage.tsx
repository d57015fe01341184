import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useCurrentUser } from '../../../app/session';
import { roleLabel } from '../../../lib/labels';
import { RoleBlock } from '../components/RoleBlock';
import { StatCards } from '../components/StatCards';
import { WorkQueueCard } from '../components/WorkQueueCard';

function greeting(): string {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    ),
  );
  if (hour < 11) return 'Chào buổi sáng';
  if (hour < 13) return 'Chào buổi trưa';
  if (hour < 18) return 'Chào buổi chiều';
  return 'Chào buổi tối';
}

export function HomePage() {
  const user = useCurrentUser();
  // Citizens have no staff figures to see; the stats endpoint is for staff scopes.
  const isStaff = user.kind === 'staff' && user.permissions.length > 0;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {greeting()}, {user.fullName}!
        </Typography.Title>
        <Typography.Text type="secondary">Vai trò của bạn trên hệ thống:</Typography.Text>
        <div style={{ marginTop: 8 }} data-testid="home-grants">
          {user.grants.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Tài khoản chưa được phân quyền" />
          ) : (
            user.grants.map((g) => (
              <Tag key={g.id} color="red" style={{ marginBottom: 6, whiteSpace: 'normal' }}>
                {roleLabel(g.role)} – {g.unitName}
              </Tag>
            ))
          )}
        </div>
      </Card>
      <WorkQueueCard user={user} />
      <RoleBlock user={user} />
      <StatCards enabled={isStaff} />
    </Space>
  );
}
