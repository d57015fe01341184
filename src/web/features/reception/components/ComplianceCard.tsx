import { Alert, Card, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { formatNumber } from '../../../lib/format';
import { useCompliance, useRules } from '../api';
import { frequencyLabel } from '../labels';
import { quickPeriod } from '../period';
import type { ComplianceItem } from '../types';
import { PeriodPicker } from './PeriodPicker';

/** Whether each leader received in person as often as his duty requires, over a period. */
export function ComplianceCard({ unitId }: { unitId?: string }) {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => quickPeriod('year'));
  const compliance = useCompliance({
    unitId,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  });
  // The compliance answer names the frequency only: the rule itself has the fixed days and the minimum.
  const rules = useRules(unitId);
  const ruleById = new Map((rules.data ?? []).map((r) => [r.id, r]));
  const items = compliance.data?.items ?? [];
  const failing = items.filter((i) => !i.compliant).length;

  return (
    <Card size="small" title="Kết quả thực hiện lịch tiếp định kỳ">
      <div style={{ marginBottom: 12 }}>
        <PeriodPicker value={range} onChange={setRange} />
      </div>
      {compliance.isError && <Alert type="error" showIcon title={problemMessage(compliance.error)} />}
      <Table<ComplianceItem>
        rowKey="ruleId"
        size="small"
        loading={compliance.isFetching}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        data-testid="compliance-table"
        locale={{ emptyText: 'Chưa có quy định lịch tiếp' }}
        columns={[
          {
            title: 'Lãnh đạo',
            key: 'leader',
            render: (_, r) => (
              <>
                <div>{r.leaderTitle}</div>
                {r.leaderName && <Typography.Text type="secondary">{r.leaderName}</Typography.Text>}
              </>
            ),
          },
          { title: 'Đơn vị', dataIndex: 'unitName', width: 150 },
          {
            title: 'Quy định',
            key: 'rule',
            width: 240,
            render: (_, r) => (
              <>
                <div>
                  {frequencyLabel(ruleById.get(r.ruleId) ?? { ...r, minPerPeriod: 1, fixedDays: [] })}
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.basis}
                </Typography.Text>
              </>
            ),
          },
          { title: 'Phải tiếp', dataIndex: 'required', width: 90, align: 'right', render: formatCount },
          { title: 'Đã trực tiếp tiếp', dataIndex: 'held', width: 130, align: 'right', render: formatCount },
          {
            title: 'Ủy quyền (không tính từ 01/7/2026)',
            dataIndex: 'delegated',
            width: 160,
            align: 'right',
            render: formatCount,
          },
          {
            title: 'Đánh giá',
            dataIndex: 'compliant',
            width: 110,
            render: (v: boolean) => (v ? <Tag color="green">Đạt</Tag> : <Tag color="red">Chưa đạt</Tag>),
          },
        ]}
      />
      {items.length > 0 && (
        <Typography.Text type={failing ? 'danger' : 'secondary'}>
          {failing
            ? `${formatNumber(failing)}/${formatNumber(items.length)} lãnh đạo chưa tiếp đủ số buổi tối thiểu trong kỳ.`
            : 'Tất cả lãnh đạo đã tiếp đủ số buổi tối thiểu trong kỳ.'}
        </Typography.Text>
      )}
    </Card>
  );
}

const formatCount = (v: number) => formatNumber(v);
