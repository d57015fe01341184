import { Typography } from 'antd';
import { roleLabel, userKindLabels } from '../../../lib/labels';
import type { AuditEntry } from '../api';

/** Vietnamese names of the fields the server writes into before/after. */
const fieldLabels: Record<string, string> = {
  id: 'Mã định danh',
  username: 'Tên đăng nhập',
  fullName: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  kind: 'Loại',
  kindName: 'Tên loại',
  homeUnitId: 'Đơn vị (mã định danh)',
  homeUnitName: 'Đơn vị',
  disabled: 'Đã khóa',
  totpEnabled: 'Xác thực hai bước',
  createdAt: 'Ngày tạo',
  grants: 'Vai trò',
  role: 'Vai trò',
  unitId: 'Đơn vị (mã định danh)',
  unitName: 'Đơn vị',
  parentId: 'Cấp trên (mã định danh)',
  parentCode: 'Mã đơn vị cấp trên',
  provinceId: 'Tỉnh (mã định danh)',
  code: 'Mã',
  name: 'Tên',
  isRemote: 'Vùng khó khăn',
  validFrom: 'Hiệu lực từ ngày',
  validTo: 'Hết hiệu lực từ ngày',
  level: 'Cấp',
  childCount: 'Số đơn vị trực thuộc',
  path: 'Đường dẫn cây',
};

type Row = { key: string; before?: unknown; after?: unknown; kind: 'changed' | 'added' | 'removed' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (key === 'role' && typeof value === 'string') return roleLabel(value);
  if (key === 'kind' && (value === 'staff' || value === 'citizen')) return userKindLabels[value];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** An update records the whole record before and only the patch after: list what the patch changed. */
export function diffRows(before: unknown, after: unknown): Row[] {
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  if (b && a) {
    return Object.keys(a)
      .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
      .map((k) => ({ key: k, before: b[k], after: a[k], kind: 'changed' }));
  }
  if (a) return Object.keys(a).map((k) => ({ key: k, after: a[k], kind: 'added' }));
  if (b) return Object.keys(b).map((k) => ({ key: k, before: b[k], kind: 'removed' }));
  return [];
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const rows = diffRows(entry.before, entry.after);
  return (
    <div data-testid="audit-diff" style={{ paddingInlineStart: 8 }}>
      {rows.length === 0 && (
        <Typography.Paragraph type="secondary">Không có dữ liệu thay đổi.</Typography.Paragraph>
      )}
      {rows.map((r) => (
        <div key={r.key} style={{ marginBottom: 4 }}>
          <Typography.Text strong>{fieldLabels[r.key] ?? r.key}: </Typography.Text>
          {r.kind !== 'added' && (
            <Typography.Text delete={r.kind === 'removed'} type="secondary">
              {show(r.key, r.before)}
            </Typography.Text>
          )}
          {r.kind === 'changed' && <Typography.Text> → </Typography.Text>}
          {r.kind !== 'removed' && (
            <Typography.Text style={{ color: '#1b5e20' }}>{show(r.key, r.after)}</Typography.Text>
          )}
        </div>
      ))}
      {entry.ip && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
          Địa chỉ IP: {entry.ip}
        </Typography.Text>
      )}
    </div>
  );
}
