import { DatePicker, Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { SearchOutlined } from '../../../components/icons';
import { toIsoDate } from '../../../lib/format';
import { auditActionLabels, auditEntityLabels } from '../../../lib/labels';
import { useDebounced } from '../../../lib/useDebounced';
import type { AuditFilter } from '../api';

// Only the codes the server writes today; the label maps also know a few synonyms.
const entityCodes = ['user', 'admin_unit', 'organization'];
const actionCodes = [
  'seed',
  'login',
  'password_change',
  'totp_enable',
  'totp_disable',
  'create',
  'update',
  'move',
  'import',
  'disable',
  'enable',
  'password_reset',
  'grant',
  'revoke',
];

const toOptions = (codes: string[], labels: Record<string, string>) =>
  codes.map((c) => ({ value: c, label: labels[c] ?? c }));

export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const [entity, setEntity] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());

  useEffect(() => {
    onChange({ entity, action, from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]), q: q || undefined });
  }, [entity, action, range, q, onChange]);

  return (
    <Flex wrap gap={12} data-testid="audit-filters">
      <Select
        allowClear
        placeholder="Đối tượng"
        value={entity}
        onChange={setEntity}
        style={{ width: 200 }}
        options={toOptions(entityCodes, auditEntityLabels)}
      />
      <Select
        allowClear
        placeholder="Hành động"
        value={action}
        onChange={setAction}
        style={{ width: 220 }}
        options={toOptions(actionCodes, auditActionLabels)}
      />
      <DatePicker.RangePicker
        format="DD/MM/YYYY"
        value={range}
        onChange={(v) => setRange(v)}
        placeholder={['Từ ngày', 'Đến ngày']}
      />
      <Input
        prefix={<SearchOutlined />}
        allowClear
        placeholder="Tìm trong tóm tắt, người thực hiện"
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 300 }}
      />
    </Flex>
  );
}
