import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Permission } from '../../domain/roles';
import {
  ApartmentOutlined,
  AuditOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '../components/icons';

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
