import { Flex, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { BrandMark } from '../../../components/Brand';
import { useCitizenSession } from '../api';

const navLink = ({ isActive }: { isActive: boolean }) => ({
  color: '#fff',
  fontWeight: isActive ? 600 : 400,
  borderBottom: isActive ? '2px solid #ffd54f' : '2px solid transparent',
  paddingBottom: 2,
  whiteSpace: 'nowrap' as const,
});

/** The citizens' pages: no menu, no account needed; a signed-in citizen finds his way back to his page. */
export function PortalLayout({ children }: { children: ReactNode }) {
  const citizen = useCitizenSession().data ?? null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ height: 'auto', lineHeight: 'normal', padding: '12px 20px' }}>
        <Flex
          justify="space-between"
          align="center"
          wrap
          gap={12}
          style={{ maxWidth: 960, margin: '0 auto' }}
        >
          <Link to="/cong-dan/gui-don" style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <BrandMark size={36} />
            <span>
              <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
                Dân Vận Số
              </Typography.Title>
              <Typography.Text style={{ color: '#ffe0b2', fontSize: 12 }}>
                Cổng tiếp nhận kiến nghị, phản ánh của công dân
              </Typography.Text>
            </span>
          </Link>
          <Flex gap={20} wrap>
            <NavLink to="/cong-dan/gui-don" style={navLink}>
              Gửi kiến nghị, phản ánh
            </NavLink>
            <NavLink to="/cong-dan/tra-cuu" style={navLink}>
              Tra cứu đơn
            </NavLink>
            <NavLink to="/cong-dan/don-cua-toi" style={navLink}>
              Đơn của tôi
            </NavLink>
            {citizen && (
              <Link to="/" style={navLink({ isActive: false })} data-testid="portal-home">
                {citizen.user.fullName}
              </Link>
            )}
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 12px' }}>
        <div style={{ maxWidth: 960, margin: '0 auto' }}>{children}</div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,0.55)', fontSize: 13 }}>
        Thông tin cá nhân của bạn chỉ dùng để giải quyết đơn và được bảo vệ theo quy định của pháp luật. Cán
        bộ, công chức: <Link to="/">đăng nhập hệ thống</Link>.
      </Layout.Footer>
    </Layout>
  );
}
