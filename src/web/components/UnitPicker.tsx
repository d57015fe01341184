import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { UnitWithAncestors } from '../api/types';
import { useUnitSearch } from '../features/org/api';
import { useDebounced } from '../lib/useDebounced';

export interface UnitPickerProps {
  value?: string | null;
  onChange?: (id: string | undefined, unit?: UnitWithAncestors) => void;
  /** Name to show for the initial value, which is not among the search results yet. */
  initialLabel?: string | null;
  placeholder?: string;
  /** Units that may not be chosen (e.g. a unit and its own subtree when moving it). */
  isDisabled?: (unit: UnitWithAncestors) => boolean;
  allowClear?: boolean;
  id?: string;
  'data-testid'?: string;
}

interface PickerOption {
  value: string;
  label: string;
  disabled: boolean;
  unit?: UnitWithAncestors;
}

function toOption(unit: UnitWithAncestors, disabled: boolean): PickerOption {
  return { value: unit.id, label: unit.name, disabled, unit };
}

function ancestorsLine(unit: UnitWithAncestors): string {
  return unit.ancestors.map((a) => a.name).join(' › ');
}

/** Picks an administrative unit by typing part of its name or code (accents optional). */
export function UnitPicker(props: UnitPickerProps) {
  const { value, onChange, initialLabel, placeholder, isDisabled, allowClear = true, id } = props;
  const [text, setText] = useState('');
  const search = useUnitSearch(useDebounced(text));
  const [chosen, setChosen] = useState<UnitWithAncestors | null>(null);

  const options = useMemo(() => {
    const found: PickerOption[] = (search.data?.items ?? []).map((u) =>
      toOption(u, isDisabled?.(u) ?? false),
    );
    if (!value || found.some((o) => o.value === value)) return found;
    // Keep the current value displayable when the latest search no longer contains it.
    if (chosen?.id === value) return [toOption(chosen, false), ...found];
    return initialLabel ? [{ value, label: initialLabel, disabled: false }, ...found] : found;
  }, [search.data, value, chosen, initialLabel, isDisabled]);

  const notFound =
    text.trim().length < 2
      ? 'Nhập ít nhất 2 ký tự để tìm'
      : search.isFetching
        ? 'Đang tìm…'
        : 'Không tìm thấy đơn vị';

  return (
    <Select
      id={id}
      data-testid={props['data-testid']}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear={allowClear}
      value={value}
      placeholder={placeholder ?? 'Tìm theo tên hoặc mã đơn vị'}
      notFoundContent={notFound}
      loading={search.isFetching}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.unit && option.data.unit.ancestors.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {ancestorsLine(option.data.unit)}
            </Typography.Text>
          )}
        </div>
      )}
      onChange={(next: string | undefined, option) => {
        const picked = Array.isArray(option) ? undefined : option?.unit;
        setChosen(picked ?? null);
        setText('');
        onChange?.(next, picked);
      }}
      style={{ width: '100%' }}
    />
  );
}
