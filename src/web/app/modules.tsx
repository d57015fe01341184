import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Permission } from '../../domain/roles';
import {
  ApartmentOutlined,
  AuditOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '../components/icons';
import { CalendarOutlined } from '../features/calendar/icons';
import { FileTextOutlined } from '../features/petitions/icons';
import { SolutionOutlined } from '../features/reception/icons';

/**
 * One entry per screen of the app: it makes both the route and, unless hidden, the sidebar item.
 * A new module (Tiếp công dân, Đơn thư, Dân vận khéo…) adds one entry here and nothing else.
 */
export interface AppModule {
  /** Path under the site root; '' is the home page. */
  path: string;
  label: string;
  icon: ReactNode;
  /** Who may see it; none means every signed-in user. */
  permission?: Permission;
  /** Reachable by its address and the user menu, but not listed in the sidebar. */
  hidden?: boolean;
  Page: LazyExoticComponent<ComponentType>;
}

export const appModules: AppModule[] = [
  {
    path: '',
    label: 'Trang chủ',
    icon: <HomeOutlined />,
    Page: lazy(() => import('../features/home/pages/HomePage').then((m) => ({ default: m.HomePage }))),
  },
  {
    path: 'tiep-cong-dan',
    label: 'Tiếp công dân',
    icon: <SolutionOutlined />,
    permission: 'reception.read',
    Page: lazy(() =>
      import('../features/reception/pages/ReceptionPage').then((m) => ({ default: m.ReceptionPage })),
    ),
  },
  {
    path: 'tiep-cong-dan/ghi-luot-tiep',
    label: 'Ghi lượt tiếp công dân',
    icon: <SolutionOutlined />,
    permission: 'reception.write',
    hidden: true,
    Page: lazy(() =>
      import('../features/reception/pages/VisitCreatePage').then((m) => ({ default: m.VisitCreatePage })),
    ),
  },
  {
    path: 'tiep-cong-dan/luot/:id',
    label: 'Phiếu tiếp công dân',
    icon: <SolutionOutlined />,
    permission: 'reception.read',
    hidden: true,
    Page: lazy(() =>
      import('../features/reception/pages/VisitReceiptPage').then((m) => ({ default: m.VisitReceiptPage })),
    ),
  },
  {
    path: 'don-thu',
    label: 'Đơn thư',
    icon: <FileTextOutlined />,
    permission: 'petition.read',
    Page: lazy(() =>
      import('../features/petitions/pages/PetitionListPage').then((m) => ({ default: m.PetitionListPage })),
    ),
  },
  {
    path: 'don-thu/tiep-nhan',
    label: 'Tiếp nhận đơn',
    icon: <FileTextOutlined />,
    permission: 'petition.write',
    hidden: true,
    Page: lazy(() =>
      import('../features/petitions/pages/PetitionCreatePage').then((m) => ({
        default: m.PetitionCreatePage,
      })),
    ),
  },
  {
    path: 'don-thu/:id',
    label: 'Chi tiết đơn',
    icon: <FileTextOutlined />,
    permission: 'petition.read',
    hidden: true,
    Page: lazy(() =>
      import('../features/petitions/pages/PetitionDetailPage').then((m) => ({
        default: m.PetitionDetailPage,
      })),
    ),
  },
  {
    path: 'lich-lam-viec',
    label: 'Lịch làm việc',
    icon: <CalendarOutlined />,
    permission: 'org.read',
    Page: lazy(() =>
      import('../features/calendar/pages/CalendarPage').then((m) => ({ default: m.CalendarPage })),
    ),
  },
  {
    path: 'don-vi',
    label: 'Đơn vị hành chính',
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    Page: lazy(() => import('../features/org/pages/OrgPage').then((m) => ({ default: m.OrgPage }))),
  },
  {
    path: 'nguoi-dung',
    label: 'Người dùng và phân quyền',
    icon: <TeamOutlined />,
    permission: 'user.read',
    Page: lazy(() => import('../features/users/pages/UsersPage').then((m) => ({ default: m.UsersPage }))),
  },
  {
    path: 'nhat-ky',
    label: 'Nhật ký hệ thống',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    Page: lazy(() => import('../features/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage }))),
  },
  {
    path: 'tai-khoan/xac-thuc-hai-buoc',
    label: 'Xác thực hai bước',
    icon: <SafetyCertificateOutlined />,
    hidden: true,
    Page: lazy(() => import('../features/auth/pages/TotpPage').then((m) => ({ default: m.TotpPage }))),
  },
];

export function isAllowed(module: AppModule, permissions: readonly string[]): boolean {
  return !module.permission || permissions.includes(module.permission);
}

/** The module whose path is the longest prefix of the current location (for the selected menu item). */
export function moduleOfLocation(pathname: string): AppModule | undefined {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return appModules
    .filter((m) => m.path === path || (m.path !== '' && path.startsWith(`${m.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
