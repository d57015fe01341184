import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { type Found, SearchSelect } from '../../../components/SearchSelect';
import { formatDate, formatNumber } from '../../../lib/format';
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

const asFound = (m: Matter): Found => ({ id: m.id, name: m.title, detail: `${m.unitName} — ${describe(m)}` });

/**
 * Vụ việc: a returning citizen's visit joins the matter he came about before, so that the statistics
 * count matters, not visits ("75 đoàn đông người về 37 vụ việc"). Left empty, the visit opens a new one.
 */
export function MatterField({ unitId, idNumbers, value, onChange, id }: Props) {
  const idNumber = idNumbers.find((n) => CCCD.test(n));
  const known = useMatters({ unitId, idNumber });
  const useSearch = (text: string) => {
    const found = useMatters({ unitId, q: text });
    return { data: found.data?.map(asFound), isFetching: found.isFetching };
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
                  <Button size="small" onClick={() => onChange?.(m.id)}>
                    Gộp vào vụ việc này
                  </Button>
                </Flex>
              ))}
            </Flex>
          }
        />
      )}
      <SearchSelect
        id={id}
        value={value ?? undefined}
        onChange={(next) => onChange?.(next ?? null)}
        known={known.data?.map(asFound)}
        useSearch={useSearch}
        placeholder="Vụ việc mới (gõ để tìm vụ việc đã có)"
        noun="vụ việc"
        data-testid="visit-matter"
      />
    </Flex>
  );
}
