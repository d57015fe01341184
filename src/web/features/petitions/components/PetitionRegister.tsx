import { Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { PetitionKind } from '../../../../domain/petition-workflow';
import { problemMessage } from '../../../api/client';
import { formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { usePetitions } from '../api';
import { isStatus, kindOptions } from '../labels';
import { type FilterState, PetitionFilters } from './PetitionFilters';
import { PetitionTable } from './PetitionTable';

// A link from elsewhere (the home page's work queue) opens the register already filtered:
// /don-thu?status=received, ?overdue=true, ?handlerId=<user id>, with the names of GET /api/petitions.
function filterFromAddress(params: URLSearchParams): FilterState {
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  return {
    text: params.get('q') ?? '',
    unitId: params.get('unitId') ?? undefined,
    status: isStatus(status) ? status : undefined,
    kind: kindOptions.some((o) => o.value === kind) ? (kind as PetitionKind) : undefined,
    overdue: params.get('overdue') === 'true',
  };
}

/** Sổ đơn thư: every petition of the user's scope, newest first, with the overdue ones easy to find. */
export function PetitionRegister() {
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<FilterState>(() => filterFromAddress(params));
  const handlerId = params.get('handlerId') ?? undefined;
  const q = useDebounced(filter.text.trim()) || undefined;
  const list = usePetitions({
    q,
    unitId: filter.unitId,
    kind: filter.kind,
    status: filter.status,
    overdue: filter.overdue || undefined,
    handlerId,
  });
  const petitions = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PetitionFilters value={filter} onChange={setFilter} />
      {handlerId && (
        <Tag
          closable
          onClose={() => {
            params.delete('handlerId');
            setParams(params, { replace: true });
          }}
          data-testid="petition-handler-filter"
        >
          Chỉ đơn được giao cho tôi
        </Tag>
      )}
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
