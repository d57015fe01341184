import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { PlusOutlined } from '../../../components/icons';
import { formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/useDebounced';
import { usePetitions } from '../api';
import { type FilterState, PetitionFilters } from '../components/PetitionFilters';
import { PetitionTable } from '../components/PetitionTable';

/** Sổ đơn thư: every petition of the user's scope, newest first, with the overdue ones easy to find. */
export function PetitionListPage() {
  const canWrite = useCan('petition.write');
  const navigate = useNavigate();
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
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Đơn thư
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/don-thu/tiep-nhan')}>
            Tiếp nhận đơn
          </Button>
        )}
      </Flex>
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
