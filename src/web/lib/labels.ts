import { isRole, type Permission, roleNames, roles } from '../../domain/roles';

/** Role names come from the domain so that server messages and screens use the same words. */
export function roleLabel(role: string): string {
  return isRole(role) ? roleNames[role] : role;
}

export const roleOptions = roles.map((role) => ({ value: role, label: roleNames[role] }));

/**
 * Partial on purpose: server modules add permissions as they land, and a missing label should not
 * break the build of the whole project; permissionLabel() falls back to the code.
 */
export const permissionLabels: Partial<Record<Permission, string>> = {
  'org.read': 'Xem đơn vị hành chính',
  'org.write': 'Quản lý đơn vị hành chính',
  'user.read': 'Xem người dùng',
  'user.write': 'Quản lý người dùng và phân quyền',
  'audit.read': 'Xem nhật ký hệ thống',
  'calendar.write': 'Quản lý lịch ngày làm việc, ngày nghỉ',
  'reception.read': 'Xem sổ tiếp công dân',
  'reception.write': 'Ghi sổ tiếp công dân',
};

export function permissionLabel(permission: Permission): string {
  return permissionLabels[permission] ?? permission;
}

export const userKindLabels: Record<'staff' | 'citizen', string> = {
  staff: 'Cán bộ',
  citizen: 'Công dân',
};

/** Audit codes are free strings on the server; the known ones get a Vietnamese name. */
export const auditActionLabels: Record<string, string> = {
  seed: 'Nạp dữ liệu mẫu',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  password_change: 'Đổi mật khẩu',
  password_reset: 'Đặt lại mật khẩu',
  totp_enable: 'Bật xác thực hai bước',
  totp_disable: 'Tắt xác thực hai bước',
  create: 'Thêm mới',
  update: 'Cập nhật',
  delete: 'Xóa',
  move: 'Chuyển đơn vị cấp trên',
  import: 'Nhập từ tệp',
  disable: 'Khóa tài khoản',
  enable: 'Mở khóa tài khoản',
  grant: 'Cấp quyền',
  grant_add: 'Cấp quyền',
  grant_remove: 'Thu hồi quyền',
  revoke: 'Thu hồi quyền',
};

export const auditEntityLabels: Record<string, string> = {
  user: 'Người dùng',
  admin_unit: 'Đơn vị hành chính',
  unit: 'Đơn vị hành chính',
  organization: 'Tổ chức',
  user_grant: 'Phân quyền',
  grant: 'Phân quyền',
  session: 'Phiên đăng nhập',
};

export function auditActionLabel(code: string): string {
  return auditActionLabels[code] ?? code;
}

export function auditEntityLabel(code: string): string {
  return auditEntityLabels[code] ?? code;
}
