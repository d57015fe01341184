import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useDebounced } from '../lib/useDebounced';

export interface Found {
  id: string;
  name: string;
  /** A second, smaller line: where the thing belongs (its province, its unit). */
  detail: string;
}

interface Props<T extends Found> {
  /** Runs the server search for the typed text (debounced); idle under two characters. */
  useSearch: (text: string) => { data?: T[]; isFetching: boolean };
  value?: string;
  onChange?: (id: string | undefined, picked: T | null) => void;
  /** The item behind an initial value, so its name shows before any search. */
  initial?: T | null;
  /** Items known without a search (offered elsewhere on the page), so a value set from them shows its name. */
  known?: T[];
  placeholder: string;
  noun: string;
  id?: string;
  'data-testid'?: string;
}

/**
 * A select that searches the server as one types (names without accents work): for things of the
 * whole system, outside the user's subtree, that no list could hold (units, public bodies).
 */
export function SearchSelect<T extends Found>(props: Props<T>) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<T | null>(props.initial ?? null);
  const search = props.useSearch(useDebounced(text));
  const { known } = props;
  const options = useMemo(() => {
    const all = [...(chosen ? [chosen] : []), ...(known ?? []), ...(search.data ?? [])];
    const unique = [...new Map(all.map((item) => [item.id, item])).values()];
    return unique.map((item) => ({ value: item.id, label: item.name, item }));
  }, [search.data, chosen, known]);
  const notFound =
    text.trim().length < 2
      ? `Nhập ít nhất 2 ký tự tên ${props.noun}`
      : search.isFetching
        ? 'Đang tìm…'
        : `Không tìm thấy ${props.noun}`;
  return (
    <Select
      id={props.id}
      value={props.value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={props.placeholder}
      notFoundContent={notFound}
      loading={search.isFetching}
      options={options}
      optionRender={(o) => (
        <div>
          <div style={{ whiteSpace: 'normal' }}>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.item.detail}
          </Typography.Text>
        </div>
      )}
      onChange={(next: string | undefined, option) => {
        const picked = Array.isArray(option) ? null : (option?.item ?? null);
        setChosen(picked);
        setText('');
        props.onChange?.(next, picked);
      }}
      style={{ width: '100%' }}
      data-testid={props['data-testid']}
    />
  );
}
