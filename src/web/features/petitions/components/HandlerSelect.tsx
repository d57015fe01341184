import { Select } from 'antd';
import { roleLabel } from '../../../lib/labels';
import { useHandlerCandidates } from '../api';

interface Props {
  unitId: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

/** A case handler or leader of the petition's unit (GET /api/users, which needs user.read). */
export function HandlerSelect({ unitId, value, onChange, id }: Props) {
  const candidates = useHandlerCandidates(unitId, true);
  const options = (candidates.data ?? []).map((u) => ({
    value: u.id,
    label: u.fullName,
    roles: [...new Set(u.grants.map((g) => roleLabel(g.role)))].join(', '),
  }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      loading={candidates.isPending}
      placeholder="Chọn cán bộ thụ lý"
      notFoundContent={candidates.isError ? 'Không tải được danh sách cán bộ' : 'Không có cán bộ phù hợp'}
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{o.data.roles}</div>
        </div>
      )}
      data-testid="handler-select"
    />
  );
}
