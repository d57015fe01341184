import { Card, Checkbox, Flex, Input, Select } from 'antd';
import type { PetitionKind, PetitionStatus } from '../../../../domain/petition-workflow';
import { SearchOutlined } from '../../../components/icons';
import { UnitPicker } from '../../../components/UnitPicker';
import { kindOptions, statusOptions } from '../labels';

export interface FilterState {
  text: string;
  unitId?: string;
  kind?: PetitionKind;
  status?: PetitionStatus;
  overdue: boolean;
}

export function PetitionFilters({
  value,
  onChange,
}: {
  value: FilterState;
  onChange: (next: FilterState) => void;
}) {
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  return (
    <Card size="small">
      <Flex wrap gap={12} align="center">
        <Input
          prefix={<SearchOutlined />}
          allowClear
          placeholder="Tìm theo mã đơn, tên, CCCD, nội dung"
          value={value.text}
          onChange={(e) => set({ text: e.target.value })}
          style={{ width: 330 }}
          data-testid="petition-search"
        />
        <div style={{ width: 220 }}>
          <UnitPicker
            value={value.unitId}
            onChange={(unitId) => set({ unitId })}
            placeholder="Lọc theo đơn vị"
            data-testid="petition-unit-filter"
          />
        </div>
        <Select
          allowClear
          placeholder="Loại đơn"
          options={kindOptions}
          value={value.kind}
          onChange={(kind?: PetitionKind) => set({ kind })}
          style={{ width: 140 }}
          data-testid="petition-kind-filter"
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          options={statusOptions}
          value={value.status}
          onChange={(status?: PetitionStatus) => set({ status })}
          style={{ width: 170 }}
          data-testid="petition-status-filter"
        />
        <Checkbox
          checked={value.overdue}
          onChange={(e) => set({ overdue: e.target.checked })}
          data-testid="petition-overdue-filter"
        >
          Chỉ đơn quá hạn
        </Checkbox>
      </Flex>
    </Card>
  );
}
