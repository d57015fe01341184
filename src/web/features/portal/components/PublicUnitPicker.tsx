import { Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useDebounced } from '../../../lib/useDebounced';
import { usePublicUnits } from '../api';
import type { PublicUnit } from '../types';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  /** A unit code from the address (?donVi=06652), chosen as soon as the search finds it. */
  presetCode?: string;
  id?: string;
}

/** Picks the commune or ward by typing its name (accents optional), without signing in. */
export function PublicUnitPicker({ value, onChange, presetCode, id }: Props) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PublicUnit | null>(null);
  const search = usePublicUnits(useDebounced(text) || (value ? '' : (presetCode ?? '')));

  // The link of a commune's own page may name it: pick it once the exact code comes back.
  useEffect(() => {
    if (value || !presetCode) return;
    const hit = search.data?.find((u) => u.code === presetCode);
    if (hit) {
      setChosen(hit);
      onChange?.(hit.id);
    }
  }, [search.data, presetCode, value, onChange]);

  const options = useMemo(() => {
    const found = (search.data ?? []).map((u) => ({ value: u.id, label: u.name, unit: u }));
    if (chosen && !found.some((o) => o.value === chosen.id))
      return [{ value: chosen.id, label: chosen.name, unit: chosen }, ...found];
    return found;
  }, [search.data, chosen]);

  const notFound =
    text.trim().length < 2
      ? 'Nhập ít nhất 2 ký tự tên xã, phường'
      : search.isFetching
        ? 'Đang tìm…'
        : 'Không tìm thấy xã, phường';

  return (
    <Select
      id={id}
      value={value}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder="Gõ tên xã, phường, đặc khu (ví dụ: Hà Tu)"
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
        const picked = Array.isArray(option) ? undefined : option?.unit;
        setChosen(picked ?? null);
        setText('');
        onChange?.(next);
      }}
      style={{ width: '100%' }}
      data-testid="portal-unit"
    />
  );
}
