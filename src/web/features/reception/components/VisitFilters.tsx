import { Checkbox, DatePicker, Flex, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { SearchOutlined } from '../../../components/icons';
import { UnitPicker } from '../../../components/UnitPicker';
import { toIsoDate } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { kindLabels } from '../labels';
import type { VisitFilter, VisitKind } from '../types';

const kindOptions = (Object.keys(kindLabels) as VisitKind[]).map((k) => ({
  value: k,
  label: kindLabels[k].label,
}));

export function VisitFilters({ onChange }: { onChange: (filter: VisitFilter) => void }) {
  const [unitId, setUnitId] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [kind, setKind] = useState<VisitKind | undefined>();
  const [groupsOnly, setGroupsOnly] = useState(false);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());

  useEffect(() => {
    onChange({
      unitId,
      from: toIsoDate(range?.[0]),
      to: toIsoDate(range?.[1]),
      kind,
      groupsOnly: groupsOnly || undefined,
      q: q || undefined,
    });
  }, [unitId, range, kind, groupsOnly, q, onChange]);

  return (
    <Flex wrap gap={12} align="center" data-testid="visit-filters">
      <div style={{ width: 260 }}>
        <UnitPicker value={unitId} onChange={(id) => setUnitId(id)} placeholder="Đơn vị (tất cả)" />
      </div>
      <DatePicker.RangePicker
        format="DD/MM/YYYY"
        value={range}
        onChange={(v) => setRange(v)}
        placeholder={['Từ ngày', 'Đến ngày']}
      />
      <Select
        allowClear
        placeholder="Hình thức tiếp"
        value={kind}
        onChange={setKind}
        options={kindOptions}
        style={{ width: 190 }}
      />
      <Checkbox checked={groupsOnly} onChange={(e) => setGroupsOnly(e.target.checked)}>
        Chỉ đoàn đông người (5+)
      </Checkbox>
      <Input
        prefix={<SearchOutlined />}
        allowClear
        placeholder="Tìm theo tên, số CCCD, nội dung, số phiếu"
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 380 }}
        data-testid="visit-search"
      />
    </Flex>
  );
}
