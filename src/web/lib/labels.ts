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
  'petition.read': 'Xem đơn thư',
  'petition.write': 'Tiếp nhận và xử lý đơn thư',
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
  hold: 'Ghi nhận đã tiếp',
};

/**
 * The same code means different things on different records: "disable" locks an account but switches
 * off a calendar setting. auditActionLabel(code, entity) looks here first.
 */
export const auditActionLabelsByEntity: Record<string, Record<string, string>> = {
  calendar_setting: { enable: 'Áp dụng ngày nghỉ', disable: 'Bỏ áp dụng ngày nghỉ' },
  reception_session: { create: 'Lên lịch buổi tiếp', hold: 'Ghi nhận đã tiếp' },
  petition: {
    create: 'Tiếp nhận đơn',
    classify: 'Phân loại đơn',
    assign: 'Giao cán bộ thụ lý',
    accept: 'Thụ lý',
    guide: 'Hướng dẫn',
    forward: 'Chuyển đơn',
    file: 'Lưu đơn',
    extend: 'Gia hạn giải quyết',
    resolve: 'Giải quyết',
    withdraw: 'Rút đơn',
    reveal: 'Xem thông tin người tố cáo',
  },
};

export const auditEntityLabels: Record<string, string> = {
  user: 'Người dùng',
  admin_unit: 'Đơn vị hành chính',
  unit: 'Đơn vị hành chính',
  organization: 'Tổ chức',
  user_grant: 'Phân quyền',
  grant: 'Phân quyền',
  session: 'Phiên đăng nhập',
  petition: 'Đơn thư',
  reception_visit: 'Lượt tiếp công dân',
  reception_session: 'Buổi tiếp định kỳ',
  reception_rule: 'Lịch tiếp định kỳ của lãnh đạo',
  calendar_year: 'Lịch nghỉ lễ, Tết của năm',
  calendar_setting: 'Cài đặt lịch làm việc',
};

export function auditActionLabel(code: string, entity?: string): string {
  return (entity ? auditActionLabelsByEntity[entity]?.[code] : undefined) ?? auditActionLabels[code] ?? code;
}

export function auditEntityLabel(code: string): string {
  return auditEntityLabels[code] ?? code;
}
