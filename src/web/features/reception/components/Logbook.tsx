import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { problemMessage } from '../../../api/client';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { useVisits } from '../api';
import { citizenSummary, kindLabels, outcomeLabels } from '../labels';
import type { Visit, VisitFilter, VisitKind, VisitOutcome } from '../types';
import { VisitFilters } from './VisitFilters';

function CitizenCell({ visit }: { visit: Visit }) {
  const { name, extra } = citizenSummary(visit);
  return (
    <>
      <div>{name}</div>
      {visit.groupSize >= 5 ? (
        <Tag color="volcano">{extra}</Tag>
      ) : (
        extra && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {extra}
          </Typography.Text>
        )
      )}
    </>
  );
}

/** Sổ tiếp công dân: every visit of the user's scope, newest first; a row opens its receipt. */
export function Logbook() {
  const [filter, setFilter] = useState<VisitFilter>({});
  const visits = useVisits(filter);
  const navigate = useNavigate();
  const rows = visits.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <VisitFilters onChange={setFilter} />
      </Card>
      {visits.isError && <Alert type="error" showIcon title={problemMessage(visits.error)} />}
      <Card size="small">
        <Table<Visit>
          rowKey="id"
          size="small"
          loading={visits.isFetching && !visits.isFetchingNextPage}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1080 }}
          data-testid="visit-table"
          locale={{ emptyText: 'Không có lượt tiếp phù hợp' }}
          onRow={(v) => ({
            onClick: () => navigate(`/tiep-cong-dan/luot/${v.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: 'Ngày tiếp',
              dataIndex: 'receivedOn',
              width: 105,
              render: (v: string, r) => (
                <span title={formatDateTime(r.receivedAt)} style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(v)}
                </span>
              ),
            },
            {
              title: 'Số phiếu',
              dataIndex: 'receiptNo',
              width: 182,
              render: (v: string, r) => (
                <>
                  <div style={{ whiteSpace: 'nowrap' }}>{v}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.unitName}
                  </Typography.Text>
                </>
              ),
            },
            { title: 'Công dân', key: 'citizens', width: 180, render: (_, v) => <CitizenCell visit={v} /> },
            { title: 'Nội dung', dataIndex: 'content', ellipsis: { showTitle: true } },
            {
              title: 'Hình thức',
              dataIndex: 'kind',
              width: 148,
              render: (v: VisitKind) => <Tag color={kindLabels[v].color}>{kindLabels[v].label}</Tag>,
            },
            {
              title: 'Người tiếp',
              dataIndex: 'receiverName',
              width: 140,
              render: (v: string, r) => (
                <>
                  <div>{v}</div>
                  {r.receiverIsLeader && <Tag color="gold">Lãnh đạo</Tag>}
                </>
              ),
            },
            {
              title: 'Kết quả',
              dataIndex: 'outcome',
              width: 132,
              render: (v: VisitOutcome) => <Tag color={outcomeLabels[v].color}>{outcomeLabels[v].label}</Tag>,
            },
          ]}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            Đang hiển thị {formatNumber(rows.length)} lượt tiếp
          </Typography.Text>
          {visits.hasNextPage && (
            <Button onClick={() => visits.fetchNextPage()} loading={visits.isFetchingNextPage}>
              Tải thêm
            </Button>
          )}
        </Flex>
      </Card>
    </Space>
  );
}
