import { Alert, Button, Card, Table } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { PlusOutlined } from '../../../components/icons';
import { useRules } from '../api';
import { frequencyLabel } from '../labels';
import type { ReceptionRule } from '../types';
import { RuleFormModal } from './RuleFormModal';

/** The leaders' periodic reception duties in the chosen unit's subtree. */
export function RulesCard({ unitId, unitName }: { unitId?: string; unitName?: string }) {
  const rules = useRules(unitId);
  const canWrite = useCan('org.write');
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title="Quy định lịch tiếp định kỳ của lãnh đạo"
      extra={
        canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm quy định
          </Button>
        )
      }
    >
      {rules.isError && <Alert type="error" showIcon title={problemMessage(rules.error)} />}
      <Table<ReceptionRule>
        rowKey="id"
        size="small"
        loading={rules.isFetching}
        dataSource={rules.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        data-testid="rule-table"
        locale={{ emptyText: 'Chưa có quy định lịch tiếp' }}
        columns={[
          { title: 'Lãnh đạo', dataIndex: 'leaderTitle', width: 260 },
          { title: 'Đơn vị', dataIndex: 'unitName', width: 160 },
          { title: 'Tần suất', key: 'frequency', width: 170, render: (_, r) => frequencyLabel(r) },
          { title: 'Căn cứ', dataIndex: 'basis' },
        ]}
      />
      {canWrite && (
        <RuleFormModal open={adding} onClose={() => setAdding(false)} unitId={unitId} unitName={unitName} />
      )}
    </Card>
  );
}
