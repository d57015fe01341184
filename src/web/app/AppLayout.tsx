import { Avatar, Dropdown, Grid, Layout, Menu, type MenuProps, Space, Spin, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../components/Brand';
import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '../components/icons';
import { useLogout } from '../features/auth/api';
import { ChangePasswordModal } from '../features/auth/components/ChangePasswordModal';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { appModules, isAllowed, moduleOfLocation } from './modules';
import { useCurrentUser } from './session';

const { Header, Sider, Content } = Layout;

function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const wide = Grid.useBreakpoint().md ?? true;
  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu', onClick: onChangePassword },
    // Two-step login is for staff; the server refuses to set it up for a citizen.
    user.kind === 'staff'
      ? {
          key: 'totp',
          icon: <SafetyCertificateOutlined />,
          label: 'Xác thực hai bước',
          onClick: () => navigate('/tai-khoan/xac-thuc-hai-buoc'),
        }
      : null,
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: 'Đăng xuất',
      danger: true,
      onClick: () => logout.mutate(),
    },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <button
        type="button"
        data-testid="user-menu"
        style={{
          background: 'none',
          border: 0,
          color: '#fff',
          cursor: 'pointer',
          font: 'inherit',
          padding: 0,
        }}
      >
        <Space>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#ffd54f', color: '#8e1212' }} />
          {/* On a phone the name would push the header out of shape: the avatar alone opens the menu. */}
          {wide && <span>{user.fullName}</span>}
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </button>
    </Dropdown>
  );
}

function SideMenu() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = moduleOfLocation(location.pathname);
  const items: MenuProps['items'] = appModules
    .filter((m) => !m.hidden && isAllowed(m, user.permissions))
    .map((m) => ({ key: m.path, icon: m.icon, label: m.label }));
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      onClick={({ key }) => navigate(`/${key}`)}
      style={{ borderInlineEnd: 0, paddingTop: 8 }}
    />
  );
}

export function AppLayout() {
  const [passwordOpen, setPasswordOpen] = useState(false);
  const user = useCurrentUser();
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <Space size="middle">
          <BrandMark size={34} />
          <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
            Dân Vận Số
          </Typography.Title>
        </Space>
        <Space size="middle">
          {/* Deadline reminders go to staff only; a citizen follows his petition on the portal. */}
          {user.kind === 'staff' && <NotificationBell />}
          <UserMenu onChangePassword={() => setPasswordOpen(true)} />
        </Space>
      </Header>
      <Layout>
        <Sider
          width={272}
          breakpoint="lg"
          collapsedWidth={0}
          theme="light"
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <SideMenu />
        </Sider>
        <Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}
