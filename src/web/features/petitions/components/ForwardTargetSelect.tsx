import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useDebounced } from '../../../lib/useDebounced';
import { type ForwardTarget, useForwardTargets } from '../api';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
}

/**
 * The unit of the system a petition goes to: the province or any commune, ward or special zone, also
 * outside the officer's own subtree. Left empty when the competent body is outside the system.
 */
export function ForwardTargetSelect({ value, onChange, id }: Props) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ForwardTarget | null>(null);
  const search = useForwardTargets(useDebounced(text));
  const options = useMemo(() => {
    const found = (search.data ?? []).map((u) => ({ value: u.id, label: u.name, unit: u }));
    if (chosen && !found.some((o) => o.value === chosen.id))
      return [{ value: chosen.id, label: chosen.name, unit: chosen }, ...found];
    return found;
  }, [search.data, chosen]);
  const notFound =
    text.trim().length < 2
      ? 'Nhập ít nhất 2 ký tự tên đơn vị'
      : search.isFetching
        ? 'Đang tìm…'
        : 'Không tìm thấy đơn vị';
  return (
    <Select
      id={id}
      value={value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder="Gõ tên tỉnh, xã, phường (ví dụ: Bãi Cháy)"
      notFoundContent={notFound}
      loading={search.isFetching}
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.unit.provinceName}
          </Typography.Text>
        </div>
      )}
      onChange={(next: string | undefined, option) => {
        setChosen(Array.isArray(option) ? null : (option?.unit ?? null));
        setText('');
        onChange?.(next);
      }}
      style={{ width: '100%' }}
      data-testid="forward-target"
    />
  );
}
