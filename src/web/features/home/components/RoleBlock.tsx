import { Button, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Permission, Role } from '../../../../domain/roles';
import type { Me } from '../../../api/types';
import {
  ApartmentOutlined,
  AuditOutlined,
  PlusOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '../../../components/icons';
import { CalendarOutlined } from '../../calendar/icons';
import { WarningOutlined } from '../../petitions/icons';
import { FileAddOutlined } from '../../reception/icons';
import { BarChartOutlined, ProfileOutlined } from '../icons';
import { petitionListHref } from '../workQueue';
import { CitizenBlock } from './CitizenBlock';

interface Shortcut {
  label: string;
  to: (user: Me) => string;
  icon: ReactNode;
  /** The permission its page asks for (src/web/app/modules.tsx). */
  permission: Permission;
  /** Whose daily work it is; the sidebar still lists every page the user may open. */
  roles: Role[];
}

const admins: Role[] = ['system_admin', 'unit_admin'];

const shortcuts: Shortcut[] = [
  {
    label: 'Ghi lượt tiếp',
    to: () => '/tiep-cong-dan/ghi-luot-tiep',
    icon: <FileAddOutlined />,
    permission: 'reception.write',
    roles: ['reception_officer'],
  },
  {
    label: 'Tiếp nhận đơn',
    to: () => '/don-thu/tiep-nhan',
    icon: <PlusOutlined />,
    permission: 'petition.write',
    roles: ['reception_officer'],
  },
  {
    label: 'Đơn được giao cho tôi',
    to: (user) => petitionListHref({ handlerId: user.id }),
    icon: <ProfileOutlined />,
    permission: 'petition.read',
    roles: ['case_handler'],
  },
  {
    label: 'Đơn quá hạn',
    to: () => petitionListHref({ overdue: true }),
    icon: <WarningOutlined />,
    permission: 'petition.read',
    roles: ['leader'],
  },
  {
    label: 'Thống kê đơn thư',
    to: () => '/don-thu?tab=thong-ke',
    icon: <BarChartOutlined />,
    permission: 'petition.read',
    roles: ['leader', 'inspector'],
  },
  {
    label: 'Thống kê tiếp công dân',
    to: () => '/tiep-cong-dan?tab=thong-ke',
    icon: <BarChartOutlined />,
    permission: 'reception.read',
    roles: ['leader', 'inspector'],
  },
  {
    label: 'Lịch tiếp của lãnh đạo',
    to: () => '/tiep-cong-dan?tab=lich-tiep',
    icon: <CalendarOutlined />,
    permission: 'reception.read',
    roles: ['leader'],
  },
  {
    label: 'Lịch làm việc',
    to: () => '/lich-lam-viec',
    icon: <CalendarOutlined />,
    permission: 'org.read',
    roles: ['reception_officer', 'mobilization_officer'],
  },
  {
    label: 'Đơn vị hành chính',
    to: () => '/don-vi',
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    roles: [...admins, 'mobilization_officer'],
  },
  {
    label: 'Người dùng và phân quyền',
    to: () => '/nguoi-dung',
    icon: <TeamOutlined />,
    permission: 'user.read',
    roles: admins,
  },
  {
    label: 'Nhật ký hệ thống',
    to: () => '/nhat-ky',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    roles: [...admins, 'inspector'],
  },
];

function shortcutsFor(user: Me): Shortcut[] {
  return shortcuts.filter(
    (s) => user.permissions.includes(s.permission) && user.grants.some((g) => s.roles.includes(g.role)),
  );
}

/** Shortcuts to what the user's roles do most; a citizen gets the portal instead. */
export function RoleBlock({ user }: { user: Me }) {
  const navigate = useNavigate();
  if (user.kind === 'citizen' || user.grants.some((g) => g.role === 'citizen'))
    return <CitizenBlock user={user} />;
  const mine = shortcutsFor(user);
  if (mine.length === 0 && user.totpEnabled) return null;
  return (
    <Card title="Lối tắt" data-testid="home-shortcuts">
      <Space wrap>
        {mine.map((s) => (
          <Button key={s.label} icon={s.icon} onClick={() => navigate(s.to(user))}>
            {s.label}
          </Button>
        ))}
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
