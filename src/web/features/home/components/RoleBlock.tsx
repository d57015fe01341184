import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Role } from '../../../../domain/roles';
import type { Me } from '../../../api/types';
import {
  ApartmentOutlined,
  AuditOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '../../../components/icons';
import { userKindLabels } from '../../../lib/labels';

function hasRole(user: Me, ...roles: Role[]): boolean {
  return user.grants.some((g) => roles.includes(g.role));
}

function CitizenBlock({ user }: { user: Me }) {
  return (
    <Card title="Cổng thông tin công dân">
      <Typography.Paragraph>
        Cổng dành cho công dân (gửi kiến nghị, phản ánh, theo dõi kết quả giải quyết, xem thông tin công khai
        của xã, phường) đang được xây dựng và sẽ sớm đưa vào sử dụng.
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: 'Họ và tên', children: user.fullName },
          { key: 'username', label: 'Tên đăng nhập', children: user.username },
          { key: 'kind', label: 'Loại tài khoản', children: userKindLabels[user.kind] },
        ]}
      />
    </Card>
  );
}

/** A few shortcuts that fit what the user's roles do most. */
export function RoleBlock({ user }: { user: Me }) {
  const navigate = useNavigate();
  if (user.kind === 'citizen' || hasRole(user, 'citizen')) return <CitizenBlock user={user} />;
  const can = (p: string) => user.permissions.some((x) => x === p);
  const admin = hasRole(user, 'system_admin', 'unit_admin');
  const inspector = hasRole(user, 'inspector');
  return (
    <Card title="Lối tắt">
      <Typography.Paragraph type="secondary">
        {admin && 'Quản lý cơ cấu đơn vị, tổ chức và tài khoản người dùng trong phạm vi được giao.'}
        {!admin && inspector && 'Theo dõi, kiểm tra hoạt động trên hệ thống trong phạm vi được giao.'}
        {!admin &&
          !inspector &&
          'Các chức năng nghiệp vụ (tiếp công dân, đơn thư, Dân vận khéo…) sẽ lần lượt được bổ sung.'}
      </Typography.Paragraph>
      <Space wrap>
        {can('org.read') && (
          <Button icon={<ApartmentOutlined />} onClick={() => navigate('/don-vi')}>
            Đơn vị hành chính
          </Button>
        )}
        {can('user.read') && (
          <Button icon={<TeamOutlined />} onClick={() => navigate('/nguoi-dung')}>
            Người dùng và phân quyền
          </Button>
        )}
        {can('audit.read') && (
          <Button icon={<AuditOutlined />} onClick={() => navigate('/nhat-ky')}>
            Nhật ký hệ thống
          </Button>
        )}
        {!user.totpEnabled && (
          <Button
            icon={<SafetyCertificateOutlined />}
            onClick={() => navigate('/tai-khoan/xac-thuc-hai-buoc')}
          >
            Bật xác thực hai bước
          </Button>
        )}
      </Space>
    </Card>
  );
}
