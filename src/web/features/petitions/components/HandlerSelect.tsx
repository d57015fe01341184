import { Select } from 'antd';
import { useHandlerCandidates } from '../api';

interface Props {
  petitionId: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

/** A case handler or leader who may take the petition (GET /api/petitions/:id/handlers). */
export function HandlerSelect({ petitionId, value, onChange, id }: Props) {
  const candidates = useHandlerCandidates(petitionId, true);
  // One person may hold several grants: keep one option per person, with every role and unit.
  const byId = new Map<string, { value: string; label: string; detail: string[] }>();
  for (const u of candidates.data ?? []) {
    const entry = byId.get(u.id) ?? { value: u.id, label: u.fullName, detail: [] };
    entry.detail.push(`${u.roleName}, ${u.unitName}`);
    byId.set(u.id, entry);
  }
  const options = [...byId.values()].map((o) => ({
    value: o.value,
    label: `${o.label} — ${o.detail.join('; ')}`,
    name: o.label,
    detail: o.detail.join('; '),
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
        <span>
          <span>{o.data.name}</span>
          <span style={{ color: 'rgba(0,0,0,0.55)' }}> — {o.data.detail}</span>
        </span>
      )}
      data-testid="handler-select"
    />
  );
}
