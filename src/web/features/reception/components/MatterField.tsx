import { Alert, Button, Flex, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatDate, formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { useMatters } from '../api';
import type { Matter } from '../types';

interface Props {
  unitId?: string;
  /** The ID numbers typed for the citizens: a returning one brings his earlier matters up. */
  idNumbers: string[];
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}

const CCCD = /^(\d{9}|\d{12})$/;

function describe(m: Matter): string {
  const last = m.lastVisitOn ? `, lần gần nhất ${formatDate(m.lastVisitOn)}` : '';
  return `${formatNumber(m.visits)} lượt tiếp${last}${m.petitions ? `, ${formatNumber(m.petitions)} đơn` : ''}`;
}

/**
 * Vụ việc: a returning citizen's visit joins the matter he came about before, so that the statistics
 * count matters, not visits ("75 đoàn đông người về 37 vụ việc"). Left empty, the visit opens a new one.
 */
export function MatterField({ unitId, idNumbers, value, onChange, id }: Props) {
  const idNumber = idNumbers.find((n) => CCCD.test(n));
  const known = useMatters({ unitId, idNumber });
  const [text, setText] = useState('');
  const search = useMatters({ unitId, q: useDebounced(text) });
  const [chosen, setChosen] = useState<Matter | null>(null);

  const options = useMemo(() => {
    const all = [...(known.data ?? []), ...(search.data ?? []), ...(chosen ? [chosen] : [])];
    const unique = [...new Map(all.map((m) => [m.id, m])).values()];
    return unique.map((m) => ({ value: m.id, label: m.title, matter: m }));
  }, [known.data, search.data, chosen]);

  const pick = (m: Matter | null) => {
    setChosen(m);
    setText('');
    onChange?.(m?.id ?? null);
  };
  const suggestions = idNumber ? (known.data ?? []).filter((m) => m.id !== value) : [];

  return (
    <Flex vertical gap={8}>
      {suggestions.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="matter-suggestions"
          title={`Công dân có số CCCD ${idNumber} đã đến trình bày ${formatNumber(suggestions.length)} vụ việc`}
          description={
            <Flex vertical gap={6}>
              {suggestions.slice(0, 3).map((m) => (
                <Flex key={m.id} gap={8} align="center" wrap>
                  <Typography.Text strong>{m.title}</Typography.Text>
                  <Typography.Text type="secondary">({describe(m)})</Typography.Text>
                  {m.largestGroup >= 5 && <Tag color="orange">Đoàn {formatNumber(m.largestGroup)} người</Tag>}
                  <Button size="small" onClick={() => pick(m)}>
                    Gộp vào vụ việc này
                  </Button>
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      <Select
        id={id}
        allowClear
        value={value ?? undefined}
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        placeholder="Vụ việc mới (gõ để tìm vụ việc đã có)"
        notFoundContent={
          text.trim().length < 2 ? 'Gõ ít nhất 2 ký tự nội dung vụ việc' : 'Không tìm thấy vụ việc'
        }
        loading={search.isFetching}
        options={options}
        optionRender={(o) => (
          <div>
            <div style={{ whiteSpace: 'normal' }}>{o.data.label}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.matter.unitName} — {describe(o.data.matter)}
            </Typography.Text>
          </div>
        )}
        onChange={(next: string | undefined, option) => {
          pick(next && !Array.isArray(option) ? (option?.matter ?? null) : null);
        }}
        style={{ width: '100%' }}
        data-testid="visit-matter"
      />
    </Flex>
  );
}
