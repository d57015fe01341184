import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { usePetitions } from '../api';
import { type FilterState, PetitionFilters } from './PetitionFilters';
import { PetitionTable } from './PetitionTable';

/** Sổ đơn thư: every petition of the user's scope, newest first, with the overdue ones easy to find. */
export function PetitionRegister() {
  const [filter, setFilter] = useState<FilterState>({ text: '', overdue: false });
  const q = useDebounced(filter.text.trim()) || undefined;
  const list = usePetitions({
    q,
    unitId: filter.unitId,
    kind: filter.kind,
    status: filter.status,
    overdue: filter.overdue || undefined,
  });
  const petitions = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PetitionFilters value={filter} onChange={setFilter} />
      {list.isError && <Alert type="error" showIcon title={problemMessage(list.error)} />}
      <Card size="small">
        <PetitionTable petitions={petitions} loading={list.isPending} />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            Đang hiển thị {formatNumber(petitions.length)} đơn
          </Typography.Text>
          {list.hasNextPage && (
            <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              Tải thêm
            </Button>
          )}
        </Flex>
      </Card>
    </Space>
  );
}
