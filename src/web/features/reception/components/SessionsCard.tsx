import { Alert, Button, Card, DatePicker, Flex, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { problemMessage } from '../../../api/client';
import { useCan } from '../../../app/session';
import { PlusOutlined } from '../../../components/icons';
import { formatDate, formatNumber } from '../../../lib/format';
import { todayInVietnam, weekdayOf } from '../../calendar/dates';
import { useSessions } from '../api';
import { CheckOutlined } from '../icons';
import { channelLabels, sessionStatusLabels } from '../labels';
import type { ReceptionSession, SessionStatus } from '../types';
import { HoldSessionModal } from './HoldSessionModal';
import { SessionPlanModal } from './SessionPlanModal';

/** The periodic sessions of a period (by default the last month and the next two), planned or held. */
export function SessionsCard({ unitId, unitName }: { unitId?: string; unitName?: string }) {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const today = todayInVietnam();
    return [today.subtract(1, 'month'), today.add(2, 'month')];
  });
  const sessions = useSessions({
    unitId,
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
  });
  const canWrite = useCan('reception.write');
  const [planning, setPlanning] = useState(false);
  const [holding, setHolding] = useState<ReceptionSession | null>(null);

  return (
    <Card
      size="small"
      title="Các buổi tiếp định kỳ"
      extra={
        <Flex gap={8} wrap>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            value={range}
            allowClear={false}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0], v[1]]);
            }}
          />
          {canWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
              Lên lịch buổi tiếp
            </Button>
          )}
        </Flex>
      }
    >
      {sessions.isError && <Alert type="error" showIcon title={problemMessage(sessions.error)} />}
      <Table<ReceptionSession>
        rowKey="id"
        size="small"
        loading={sessions.isFetching}
        dataSource={sessions.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 900 }}
        data-testid="session-table"
        locale={{ emptyText: 'Không có buổi tiếp trong kỳ' }}
        columns={[
          {
            title: 'Ngày tiếp',
            dataIndex: 'plannedOn',
            width: 170,
            render: (v: string) => `${weekdayOf(v)}, ${formatDate(v)}`,
          },
          { title: 'Lãnh đạo', dataIndex: 'leaderName', width: 170 },
          { title: 'Đơn vị', dataIndex: 'unitName', width: 150 },
          {
            title: 'Kênh',
            dataIndex: 'channel',
            width: 100,
            render: (v: ReceptionSession['channel']) => channelLabels[v],
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 110,
            render: (v: SessionStatus) => (
              <Tag color={sessionStatusLabels[v].color}>{sessionStatusLabels[v].label}</Tag>
            ),
          },
          {
            title: 'Người trực tiếp tiếp',
            key: 'heldBy',
            width: 200,
            render: (_, s) =>
              s.heldByName && (
                <Space size={4} wrap>
                  <span>{s.heldByName}</span>
                  {s.delegated && <Tag color="orange">Ủy quyền</Tag>}
                </Space>
              ),
          },
          {
            title: 'Lượt tiếp',
            dataIndex: 'visitCount',
            width: 90,
            align: 'right',
            render: (v: number) => formatNumber(v),
          },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, s: ReceptionSession) =>
                    s.status === 'planned' && (
                      <Button size="small" icon={<CheckOutlined />} onClick={() => setHolding(s)}>
                        Ghi nhận đã tiếp
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && (
        <>
          <SessionPlanModal
            open={planning}
            onClose={() => setPlanning(false)}
            unitId={unitId}
            unitName={unitName}
          />
          <HoldSessionModal session={holding} onClose={() => setHolding(null)} />
        </>
      )}
    </Card>
  );
}
